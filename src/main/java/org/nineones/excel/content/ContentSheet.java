package org.nineones.excel.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nineones.excel.CellValues;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.SheetRow;

/**
 * A content sheet as read: the table found by its header and which column holds which of the kind's fields
 * (0-based; the first column naming a field wins, columns naming none are ignored).
 */
public record ContentSheet(ExchangeKind kind, HeaderTable table, Map<ContentColumn, Integer> columns) {

    public ContentSheet {
        columns = Map.copyOf(columns);
    }

    /** The kind's required columns that the sheet lacks. */
    public List<ContentColumn> missingColumns() {
        List<ContentColumn> missing = new ArrayList<>();
        for (ContentColumn column : kind.requiredColumns()) {
            if (!columns.containsKey(column)) {
                missing.add(column);
            }
        }
        return missing;
    }

    /** The 0-based column of a field, or -1. */
    public int indexOf(ContentColumn column) {
        return columns.getOrDefault(column, -1);
    }

    /** The header text of a field's column as the file writes it; empty when the sheet has none. */
    public String headerOf(ContentColumn column) {
        int index = indexOf(column);
        return index < 0 ? "" : table.headers().get(index);
    }

    Object cell(SheetRow row, ContentColumn column) {
        return row.cell(indexOf(column));
    }

    String text(SheetRow row, ContentColumn column) {
        return CellValues.text(cell(row, column));
    }
}
