package org.nineones.excel;

import java.util.List;

/** Every sheet's name in workbook order, and the sheets that were read. */
public record SpreadsheetContent(List<String> sheetNames, List<SheetData> sheets) {
}
