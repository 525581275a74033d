package org.nineones.excel.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nineones.model.IdNumber;

/** Test helper: finds every valid, unmasked 18-character ID number in a text, a workbook's cells or headers. */
public final class UnmaskedIds {

    private UnmaskedIds() {
    }

    /** Every 18-character window of the text that is a valid ID number. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i + 18 <= text.length(); i++) {
            String window = text.substring(i, i + 18);
            if (IdNumber.check(window).valid()) {
                found.add(window);
            }
        }
        return found;
    }

    /** All text of a workbook read back with POI: every cell as Excel shows it, and the print headers. */
    public static String workbookText(InputStream xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx)) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                text.append(sheet.getHeader().getCenter()).append('\n').append(sheet.getFooter().getCenter()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(formatter.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
