package org.nineones.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nineones.model.IdNumber;

/** Builds real .xlsx and .xls files for tests. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    public static Path xlsx(Path file, Consumer<Workbook> content) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            return save(file, wb, content);
        }
    }

    public static Path xls(Path file, Consumer<Workbook> content) throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            return save(file, wb, content);
        }
    }

    private static Path save(Path file, Workbook wb, Consumer<Workbook> content) throws IOException {
        content.accept(wb);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    /** Writes rows from a 0-based row index; values: String, Number, LocalDate, Boolean, null. */
    public static void rows(Sheet sheet, int firstRow, Object[]... rows) {
        CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
        dateStyle.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(firstRow + r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                }
            }
        }
    }

    /** A valid ID number, different for each n (0 ≤ n < 3,650,000). */
    public static String id(int n) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n % 10_000);
        String first17 = "370102" + birth.toString().replace("-", "") + String.format("%03d", n / 10_000 % 1000);
        return first17 + IdNumber.checkCharFor(first17);
    }

    /** A text of varied Chinese characters (so the zip does not look like a bomb). */
    public static String longText(int length) {
        StringBuilder b = new StringBuilder(length);
        java.util.Random random = new java.util.Random(7);
        while (b.length() < length) {
            b.append((char) ('一' + random.nextInt(2000)));
        }
        return b.toString();
    }
}
