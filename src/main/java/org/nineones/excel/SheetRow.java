package org.nineones.excel;

import java.util.List;

/**
 * One non-blank row of a sheet. {@code rowNumber} is the number Excel shows (1-based). Cells are {@code null},
 * {@link String}, {@link Double}, {@link java.time.LocalDateTime} or {@link Boolean}; a formula gives its cached value.
 */
public record SheetRow(int rowNumber, List<Object> cells) {

    public SheetRow {
        cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    /** The cell at a 0-based column, or null past the end. */
    public Object cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    public int width() {
        return cells.size();
    }
}
