package org.nineones.excel.training;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nineones.excel.SheetStyles;
import org.nineones.model.SafeFiles;

/**
 * Writes one ledger sheet, streaming (SXSSF): a bold, frozen header row, fixed column widths, then the rows, each
 * cell a String, a Number (written as a number) or null. Written beside the target, then moved into place.
 */
public final class LedgerSheetWriter {

    /** Writes the sheet; returns the number of data rows. */
    public int write(Path out, String sheetName, List<String> headers, List<Integer> widths, Iterable<Object[]> rows)
            throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".export-", ".xlsx.part");
        int count = 0;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            CellStyle header = SheetStyles.header(workbook, IndexedColors.GREY_25_PERCENT);
            Sheet sheet = workbook.createSheet(sheetName);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(255, widths.get(c) + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            for (Object[] values : rows) {
                Row row = sheet.createRow(++count);
                for (int c = 0; c < values.length; c++) {
                    Object v = values[c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            SafeFiles.moveIntoPlace(temp, target);
            return count;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
