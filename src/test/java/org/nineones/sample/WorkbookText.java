package org.nineones.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook read back as text: every sheet's name, merged regions and cells (type, format and shown value). */
final class WorkbookText {

    private WorkbookText() {
    }

    static List<String> dump(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return dump(in);
        }
    }

    static List<String> dump(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                lines.add("sheet " + sheet.getSheetName() + " merged " + sheet.getMergedRegions());
                for (Row row : sheet) {
                    StringBuilder b = new StringBuilder().append(row.getRowNum()).append(':');
                    for (Cell cell : row) {
                        b.append(" [").append(cell.getColumnIndex()).append(' ').append(cell.getCellType()).append(' ')
                                .append(cell.getCellStyle().getDataFormatString()).append(' ')
                                .append(formatter.formatCellValue(cell)).append(']');
                    }
                    lines.add(b.toString());
                }
            }
        }
        return lines;
    }

    /** The roster sheet's rows as shown values, from the header row down (the header first). */
    static List<List<String>> rosterTable(Path file) throws IOException {
        List<List<String>> table = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(Roster.SHEET);
            for (int r = Roster.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Roster.HEADERS.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    values.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                table.add(values);
            }
        }
        return table;
    }
}
