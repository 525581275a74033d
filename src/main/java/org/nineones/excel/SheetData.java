package org.nineones.excel;

import java.util.List;

/**
 * The non-blank rows of one sheet. {@code truncated} means reading stopped at the row limit, so the sheet has
 * more rows than are held here.
 */
public record SheetData(String name, boolean hidden, List<SheetRow> rows, boolean truncated) {
}
