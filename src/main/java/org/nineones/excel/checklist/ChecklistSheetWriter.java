package org.nineones.excel.checklist;

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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nineones.excel.SheetStyles;
import org.nineones.model.SafeFiles;

/**
 * Writes a checklist workbook a county official can fill in: a title, the header block (label and value a row), a
 * note, the header row of every {@link ChecklistColumn}, the lines (drop-downs on the columns with fixed values), and
 * a second sheet listing the kinds of finding. Numbers are written as numbers, everything else as text.
 */
public final class ChecklistSheetWriter {

    /** The workbook's texts and rows, prepared by the caller (the service, which has the bundles). */
    public record Content(String sheetName, String title, List<List<Object>> block, String note,
                          List<List<Object>> lines, List<Choice> choices, String kindsSheetName,
                          List<String> kindsHeaders, List<List<Object>> kinds) {
    }

    /** The values a column's drop-down offers. */
    public record Choice(ChecklistColumn column, List<String> options) {
    }

    /** Blank rows with drop-downs below the lines, for a county to add its own. */
    static final int SPARE_ROWS = 40;

    public void write(Path out, Content content) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = SafeFiles.tempBeside(target);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = SheetStyles.header(workbook, IndexedColors.GREY_25_PERCENT);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text.setWrapText(true);
            CellStyle label = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            label.setFont(bold);
            Sheet sheet = workbook.createSheet(content.sheetName());
            int r = 0;
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(big);
            set(sheet.createRow(r++).createCell(0), content.title(), titleStyle);
            for (List<Object> entry : content.block()) {
                Row row = sheet.createRow(r++);
                set(row.createCell(0), entry.get(0), label);
                set(row.createCell(1), entry.get(1), text);
            }
            set(sheet.createRow(r++).createCell(0), content.note(), null);
            Row head = sheet.createRow(r++);
            ChecklistColumn[] columns = ChecklistColumn.values();
            for (int c = 0; c < columns.length; c++) {
                set(head.createCell(c), columns[c].header(), header);
                sheet.setColumnWidth(c, (columns[c].width() + 2) * 256);
            }
            sheet.createFreezePane(0, r);
            int first = r;
            for (List<Object> values : content.lines()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null) {
                        set(row.createCell(c), values.get(c), text);
                    }
                }
            }
            for (Choice choice : content.choices()) {
                SheetStyles.dropDown(sheet, first, r + SPARE_ROWS, choice.column().ordinal(), choice.options());
            }
            Sheet kinds = workbook.createSheet(content.kindsSheetName());
            Row kindsHead = kinds.createRow(0);
            for (int c = 0; c < content.kindsHeaders().size(); c++) {
                set(kindsHead.createCell(c), content.kindsHeaders().get(c), header);
                kinds.setColumnWidth(c, 34 * 256);
            }
            int k = 1;
            for (List<Object> values : content.kinds()) {
                Row row = kinds.createRow(k++);
                for (int c = 0; c < values.size(); c++) {
                    set(row.createCell(c), values.get(c), text);
                }
            }
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            SafeFiles.moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void set(Cell cell, Object value, CellStyle style) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value == null ? "" : value.toString());
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
