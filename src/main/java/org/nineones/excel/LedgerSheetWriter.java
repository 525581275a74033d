package org.nineones.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nineones.model.SafeFiles;

/**
 * Writes one ledger sheet of people's records, streaming (SXSSF): an optional title row, a bold frozen header row,
 * the columns' widths, then the rows. A cell is a Number (written as a number), a LocalDate (a date cell), any other
 * value as text (ID numbers come masked, so text they stay), or null (a blank cell). Written beside the
 * target, then moved into place.
 */
public final class LedgerSheetWriter {

    /**
     * Writes the sheet; returns the number of data rows.
     *
     * @param title   a title row above the header, or null for none
     * @param headers the header texts, in column order
     * @param columns the columns (for their widths), in the same order
     */
    public int write(Path out, String sheetName, String title, List<String> headers, List<LedgerColumn> columns,
                     Iterable<? extends List<?>> rows) throws IOException {
        return writeAll(out, List.of(new SheetContent(sheetName, title, headers,
                columns.stream().map(LedgerColumn::width).toList(), rows))).get(0);
    }

    /** One sheet to write: its name, a title or null, the header texts, each column's width in characters, the rows. */
    public record SheetContent(String sheetName, String title, List<String> headers, List<Integer> widths,
                               Iterable<? extends List<?>> rows) {
    }

    /** Writes several sheets into one workbook, in order; returns each sheet's number of data rows. */
    public List<Integer> writeAll(Path out, List<SheetContent> sheets) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = SafeFiles.tempBeside(target);
        List<Integer> counts = new java.util.ArrayList<>();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            CellStyle header = SheetStyles.header(workbook, IndexedColors.GREY_25_PERCENT);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(big);
            for (SheetContent content : sheets) {
                counts.add(writeSheet(workbook.createSheet(content.sheetName()), content, header, text, date,
                        titleStyle));
            }
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            workbook.dispose();
            SafeFiles.moveIntoPlace(temp, target);
            return counts;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static int writeSheet(Sheet sheet, SheetContent content, CellStyle header, CellStyle text, CellStyle date,
                                  CellStyle titleStyle) {
        int count = 0;
        int r = 0;
        if (content.title() != null) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(content.title());
            cell.setCellStyle(titleStyle);
        }
        Row head = sheet.createRow(r++);
        List<String> headers = content.headers();
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(255, content.widths().get(c) + 2) * 256);
        }
        sheet.createFreezePane(0, r);
        for (List<?> values : content.rows()) {
            Row row = sheet.createRow(r++);
            count++;
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v != null) {
                    cell.setCellValue(v.toString());
                    cell.setCellStyle(text);
                }
            }
        }
        return count;
    }
}
