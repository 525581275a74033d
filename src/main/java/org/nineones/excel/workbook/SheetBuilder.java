package org.nineones.excel.workbook;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.nineones.model.Messages;

/**
 * One register sheet: a styled, frozen header row that is repeated on every printed page, fixed column widths
 * (autoSizeColumn costs seconds on large sheets), A4 fitted to the page width, and a page header and footer.
 * Every text goes through {@link IdMasker}, so no cell can carry an unmasked ID number.
 */
final class SheetBuilder {

    /** A column: its header text and its width in Chinese characters. */
    record Column(String header, int widthInChineseChars) {
    }

    private final Sheet sheet;
    private final Styles styles;
    private final int columns;
    private int nextRow;

    SheetBuilder(Workbook workbook, Styles styles, Messages messages, String enterpriseName, String sheetName,
                 List<Column> columns, boolean landscape) {
        this.sheet = workbook.createSheet(sheetName);
        this.styles = styles;
        this.columns = columns.size();
        Row header = sheet.createRow(nextRow++);
        header.setHeightInPoints(24);
        for (int i = 0; i < columns.size(); i++) {
            // a Chinese character is about two Latin ones wide; one width unit is 1/256 of a Latin character
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).widthInChineseChars() * 2 + 2) * 256);
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        printSetup(messages, enterpriseName, sheetName, landscape);
    }

    private void printSetup(Messages messages, String enterpriseName, String sheetName, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        // &P and &N are Excel's codes for page number and page count, so a literal '&' is doubled
        sheet.getHeader().setCenter(messages.get("pack.print.header", IdMasker.mask(enterpriseName).replace("&", "&&"),
                sheetName));
        sheet.getFooter().setCenter(messages.get("pack.print.footer", "&P", "&N"));
    }

    Row row(float heightInPoints) {
        Row row = sheet.createRow(nextRow++);
        if (heightInPoints > 0) {
            row.setHeightInPoints(heightInPoints);
        }
        return row;
    }

    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(IdMasker.mask(value));
        }
        cell.setCellStyle(style);
    }

    void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(styles.date);
    }

    /** Adds Excel's filter buttons to the header row, over every row written so far. */
    void autoFilter() {
        if (nextRow > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, columns - 1));
        }
    }
}
