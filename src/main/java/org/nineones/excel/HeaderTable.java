package org.nineones.excel;

import java.nio.file.Path;
import java.util.List;

/**
 * A table found in a spreadsheet by its header row: every sheet name, the chosen sheet, its header row (Excel's
 * 1-based number) and header texts, and the non-blank rows below the header. A header written over two rows (a
 * merged 所在单位 above 部门/车间/班组) has {@code firstHeaderRowNumber} below {@code headerRowNumber}, the last one.
 */
public record HeaderTable(Path file, List<String> sheetNames, String sheetName, int firstHeaderRowNumber,
                          int headerRowNumber, List<String> headers, List<SheetRow> rows) {

    public HeaderTable {
        sheetNames = List.copyOf(sheetNames);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** A header in one row. */
    public HeaderTable(Path file, List<String> sheetNames, String sheetName, int headerRowNumber,
                       List<String> headers, List<SheetRow> rows) {
        this(file, sheetNames, sheetName, headerRowNumber, headerRowNumber, headers, rows);
    }
}
