package org.nineones.excel.rewards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nineones.excel.SheetStyles;
import org.nineones.model.SafeFiles;

/**
 * Writes the ledger sheet: a title row, the header row (the import finds it by itself), one row per entry. Dates
 * are written as yyyy-MM-dd text, amounts and points as numbers. Written to a temporary file, then moved into place.
 */
public final class RewardsWorkbookWriter {

    /** One data row: values in {@link RewardColumn} order; Double for numbers, String otherwise. */
    public record SheetLine(List<Object> values) {
    }

    public void write(Path out, String sheetName, String title, List<String> headers, List<SheetLine> lines)
            throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".rewards-", ".xlsx.part");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle header = SheetStyles.header(workbook, IndexedColors.GREY_25_PERCENT);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(big);
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(titleStyle);
            Row head = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 2);
            int r = 2;
            for (SheetLine line : lines) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < line.values().size(); c++) {
                    Object value = line.values().get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Double d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(number);
                    } else {
                        cell.setCellValue(value.toString());
                        cell.setCellStyle(text);
                    }
                }
            }
            RewardColumn[] columns = RewardColumn.values();
            for (int c = 0; c < Math.min(columns.length, headers.size()); c++) {
                sheet.setColumnWidth(c, columns[c].width() * 256 + 512);
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
