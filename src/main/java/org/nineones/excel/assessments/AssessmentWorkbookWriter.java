package org.nineones.excel.assessments;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nineones.model.SafeFiles;

/**
 * Writes the assessments ledger: one sheet, a header row (texts given by the caller, from the bundle), one row per
 * item. Values are text or numbers (a Double); periods and dates are written as text so Excel does not turn
 * {@code 2026-11} into a date. Written beside the target and moved into place.
 */
public final class AssessmentWorkbookWriter {

    /** Writes {@code rows} (each a map of column to value: String, Double or null); returns the number written. */
    public int write(Path out, String sheetName, Function<AssessmentColumn, String> header,
                     List<Map<AssessmentColumn, Object>> rows) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".assessments-", ".xlsx.part");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            AssessmentColumn[] columns = AssessmentColumn.values();
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.apply(columns[c]));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, columns[c].width() * 256 + 512);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Map<AssessmentColumn, Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.length; c++) {
                    Object value = values.get(columns[c]);
                    Cell cell = row.createCell(c);
                    if (value instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                        cell.setCellStyle(text);
                    }
                }
            }
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            workbook.dispose();
            SafeFiles.moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return rows.size();
    }
}
