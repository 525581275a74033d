package org.nineones.excel.exams;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nineones.excel.SheetStyles;

/**
 * Writes the exam results ledger: one header row of {@link ExamResultField#exported()} and one row per result in
 * force, the values in column order (String, Number or LocalDate). Written beside the target, then moved into place.
 */
public final class ExamResultsWriter {

    public void write(Path target, String sheetName, List<List<Object>> rows) throws IOException {
        Path out = target.toAbsolutePath();
        Path temp = Files.createTempFile(out.getParent(), ".exams-", ".xlsx.part");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle header = SheetStyles.header(workbook, IndexedColors.GREY_25_PERCENT);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            List<ExamResultField> fields = ExamResultField.exported();
            Row head = sheet.createRow(0);
            for (int c = 0; c < fields.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(fields.get(c).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, (c == 1 || c == fields.size() - 1 ? 30 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v == null ? "" : v.toString());
                        cell.setCellStyle(text);
                    }
                }
            }
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            org.nineones.model.SafeFiles.moveIntoPlace(temp, out);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
