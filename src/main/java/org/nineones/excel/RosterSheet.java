package org.nineones.excel;

import java.nio.file.Path;
import java.util.List;

/**
 * A roster as read from a spreadsheet: every sheet name, the chosen sheet, its header row (Excel's 1-based number)
 * and headers, the data rows below the header (blank rows dropped) and the automatic column mapping.
 * {@code firstHeaderRowNumber} is below {@code headerRowNumber} when the header is written over two rows.
 */
public record RosterSheet(Path file, List<String> sheetNames, String sheetName, int headerRowNumber,
                          List<String> headers, List<SheetRow> rows, ColumnMapping automaticMapping,
                          int firstHeaderRowNumber) {

    public RosterSheet {
        sheetNames = List.copyOf(sheetNames);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
