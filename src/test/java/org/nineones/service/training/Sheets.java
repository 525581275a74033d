package org.nineones.service.training;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes and reads the small spreadsheets of the training tests. */
final class Sheets {

    private Sheets() {
    }

    /** Writes rows (the first is the header); a Number cell is written as a number. */
    static Path write(Path file, List<Object[]> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("签到");
            int r = 0;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c].toString());
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    /** Every row of the first sheet as text. */
    static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                        default -> cell.toString();
                    });
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
