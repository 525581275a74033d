package org.nineones.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells written as inline strings (as the app's own exports are) read back as one text, whoever edited them. */
class InlineStringTest {

    @TempDir
    Path dir;

    @Test
    void readsAnInlineStringFromItsOwnTextAndNotAStrayValueBesideIt() throws Exception {
        Path file = dir.resolve("导出.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("清单").createRow(0).createCell(0).setCellValue("每班检查线路和接地。");
            wb.write(out);
            wb.dispose();
        }
        // POI's XSSF writes the new text as <v> beside the old <is> text of an inline string cell
        Workbook edited;
        try (InputStream in = Files.newInputStream(file)) {
            edited = WorkbookFactory.create(in);
        }
        edited.getSheetAt(0).getRow(0).getCell(0).setCellValue("改过的文字");
        try (OutputStream out = Files.newOutputStream(file)) {
            edited.write(out);
        }
        edited.close();
        String xml = sheetXml(file);
        assertEquals(true, xml.contains("<v>改过的文字</v>") && xml.contains("每班检查线路和接地。"), xml);

        SpreadsheetContent content = new SpreadsheetReader().read(file, (name, hidden) -> true, 10);

        assertEquals("每班检查线路和接地。", content.sheets().get(0).rows().get(0).cells().get(0));
    }

    @Test
    void readsAPlainInlineString() throws Exception {
        Path file = dir.resolve("导出.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("清单").createRow(0).createCell(0).setCellValue("持证上岗");
            wb.write(out);
            wb.dispose();
        }
        SpreadsheetContent content = new SpreadsheetReader().read(file, (name, hidden) -> true, 10);
        assertEquals("持证上岗", content.sheets().get(0).rows().get(0).cells().get(0));
    }

    private static String sheetXml(Path file) throws Exception {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
