package org.nineones.excel;

import org.nineones.model.SafeFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a blank roster import template: an instructions sheet, then the roster sheet with its header row,
 * text-formatted and date-formatted columns, drop-down lists and one example row.
 */
public final class TemplateWriter {

    /** Rows of the roster sheet that get the column formats and drop-down lists. */
    public static final int PREPARED_ROWS = 2000;

    /** What goes into the template; column indexes are 0-based. */
    public record Template(String instructionsSheet, List<String> instructions, String rosterSheet,
                           List<String> headers, List<Integer> textColumns, List<Integer> dateColumns,
                           Map<Integer, List<String>> choices, List<String> example) {
    }

    public void write(Path out, Template template) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = SafeFiles.tempBeside(target);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            writeInstructions(workbook, template);
            writeRoster(workbook, template);
            workbook.setActiveSheet(1);
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            SafeFiles.moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeInstructions(XSSFWorkbook workbook, Template template) {
        Sheet sheet = workbook.createSheet(template.instructionsSheet());
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        for (int i = 0; i < template.instructions().size(); i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(template.instructions().get(i));
            row.getCell(0).setCellStyle(wrap);
        }
        sheet.setColumnWidth(0, 100 * 256);
    }

    private static void writeRoster(XSSFWorkbook workbook, Template template) {
        Sheet sheet = workbook.createSheet(template.rosterSheet());
        short textFormat = workbook.createDataFormat().getFormat("@");
        short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
        CellStyle header = SheetStyles.header(workbook, IndexedColors.LIGHT_TURQUOISE);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(textFormat);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(dateFormat);

        Row headerRow = sheet.createRow(0);
        for (int c = 0; c < template.headers().size(); c++) {
            headerRow.createCell(c).setCellValue(template.headers().get(c));
            headerRow.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, 14 * 256);
        }
        for (int c : template.textColumns()) {
            sheet.setDefaultColumnStyle(c, text);
            sheet.setColumnWidth(c, 22 * 256);
        }
        for (int c : template.dateColumns()) {
            sheet.setDefaultColumnStyle(c, date);
        }
        Row example = sheet.createRow(1);
        for (int c = 0; c < template.example().size(); c++) {
            String value = template.example().get(c);
            if (!value.isEmpty()) {
                example.createCell(c).setCellValue(value);
                example.getCell(c).setCellStyle(template.dateColumns().contains(c) ? text
                        : sheet.getColumnStyle(c) == null ? workbook.getCellStyleAt(0) : sheet.getColumnStyle(c));
            }
        }
        template.choices().forEach((column, options) -> SheetStyles.dropDown(sheet, 1, PREPARED_ROWS, column, options));
        sheet.createFreezePane(0, 1);
    }
}
