package org.nineones.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

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
 * Writes the rows that could not be imported, as they were, with the offending cells filled red and a message
 * column at the end, so the user can correct the roster. Written to a temporary file, then moved into place.
 */
public final class ErrorReportWriter {

    /** One original row, the 0-based columns to highlight, and what is wrong with it. */
    public record ReportRow(SheetRow row, Set<Integer> badColumns, String message) {
    }

    /**
     * The rows that have errors, in sheet order, each with its offending columns and its errors' texts joined after
     * {@code prefix} (e.g. "第 5 行："); errors are read through the given functions, so every import can use this.
     */
    public static <E> List<ReportRow> rowsWithErrors(List<SheetRow> rows, List<E> errors, ToIntFunction<E> rowOf,
                                                     ToIntFunction<E> columnOf, Function<E, String> textOf,
                                                     IntFunction<String> prefix) {
        Map<Integer, Set<Integer>> columns = new TreeMap<>();
        Map<Integer, List<String>> texts = new LinkedHashMap<>();
        for (E error : errors) {
            int row = rowOf.applyAsInt(error);
            Set<Integer> bad = columns.computeIfAbsent(row, k -> new TreeSet<>());
            if (columnOf.applyAsInt(error) >= 0) {
                bad.add(columnOf.applyAsInt(error));
            }
            texts.computeIfAbsent(row, k -> new ArrayList<>()).add(textOf.apply(error));
        }
        List<ReportRow> result = new ArrayList<>();
        for (SheetRow row : rows) {
            Set<Integer> bad = columns.get(row.rowNumber());
            if (bad != null) {
                result.add(new ReportRow(row, bad, prefix.apply(row.rowNumber())
                        + String.join("；", texts.get(row.rowNumber()))));
            }
        }
        return result;
    }

    public void write(Path out, String sheetName, List<String> headers, String messageHeader, List<ReportRow> rows)
            throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = SafeFiles.tempBeside(target);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                set(header.createCell(c), headers.get(c), styles.header);
            }
            set(header.createCell(headers.size()), messageHeader, styles.header);
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ReportRow reportRow : rows) {
                Row row = sheet.createRow(r++);
                int width = Math.max(headers.size(), reportRow.row().width());
                for (int c = 0; c < width; c++) {
                    boolean bad = reportRow.badColumns().contains(c);
                    Object value = reportRow.row().cell(c);
                    if (value != null || bad) {
                        writeValue(row.createCell(c), value, styles, bad);
                    }
                }
                set(row.createCell(width), reportRow.message(), styles.message);
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            sheet.setColumnWidth(headers.size(), 60 * 256);
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            SafeFiles.moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeValue(Cell cell, Object value, Styles styles, boolean bad) {
        if (value instanceof Double d) {
            cell.setCellValue(d);
            cell.setCellStyle(bad ? styles.badNumber : styles.number);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(bad ? styles.badDate : styles.date);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
            cell.setCellStyle(bad ? styles.bad : styles.text);
        } else {
            set(cell, value == null ? "" : value.toString(), bad ? styles.bad : styles.text);
        }
    }

    private static void set(Cell cell, String text, CellStyle style) {
        // Excel's limit; longer texts were reported as too long and are cut here only to be writable
        cell.setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text);
        cell.setCellStyle(style);
    }

    /** The few styles of the report, made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;
        final CellStyle bad;
        final CellStyle badNumber;
        final CellStyle badDate;
        final CellStyle message;

        Styles(SXSSFWorkbook workbook) {
            short textFormat = workbook.createDataFormat().getFormat("@");
            short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
            header = SheetStyles.header(workbook, IndexedColors.GREY_25_PERCENT);
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            number = workbook.createCellStyle();
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
            bad = highlighted(workbook, textFormat);
            badNumber = highlighted(workbook, (short) 0);
            badDate = highlighted(workbook, dateFormat);
            Font red = workbook.createFont();
            red.setColor(IndexedColors.DARK_RED.getIndex());
            message = workbook.createCellStyle();
            message.setFont(red);
            message.setWrapText(true);
        }

        private static CellStyle highlighted(SXSSFWorkbook workbook, short format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format);
            style.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }
}
