package org.nineones.excel.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nineones.model.SafeFiles;

/**
 * Writes the letters ledger: a title row, the header row (the first variant of each {@link LetterColumn}) and one
 * text row per person and year. Dates are written as yyyy-MM-dd text so they read back the same everywhere.
 * Written to a temporary file, then moved into place.
 */
public final class LetterSheetWriter {

    public void write(Path out, String sheetName, String title, List<List<String>> rows) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".letters-", ".xlsx.part");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle titleStyle = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
            Sheet sheet = workbook.createSheet(sheetName);
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(titleStyle);
            List<LetterColumn> columns = LetterColumn.exported();
            Row head = sheet.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 2);
            int r = 2;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (v != null && !v.isEmpty()) {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            int[] widths = {8, 10, 22, 12, 28, 16, 12, 18, 14, 14, 10, 40};
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, widths[Math.min(c, widths.length - 1)] * 256);
            }
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            SafeFiles.moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
