package org.nineones.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook dated by the package's day: every zip entry bears its 00:00 (local), the document properties its start
 * (in UTC), the cells are untouched, and two workbooks written at different times become the same bytes.
 */
class ReproducibleXlsxTest {

    private static final OffsetDateTime DAY = OffsetDateTime.parse("2026-12-06T00:00:00+08:00");

    @TempDir
    Path dir;

    @Test
    void datesEveryEntryAndTheDocumentByTheDay() throws Exception {
        Path first = write(dir.resolve("first.xlsx"));
        Thread.sleep(2100); // zip times count in two seconds
        Path second = write(dir.resolve("second.xlsx"));
        ReproducibleXlsx.normalise(first, DAY);
        ReproducibleXlsx.normalise(second, DAY);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(first.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName());
                assertEquals(LocalDateTime.parse("2026-12-06T00:00:00"), entry.getTimeLocal(), entry.getName());
            }
            String core;
            try (InputStream in = zip.getInputStream(zip.getEntry(ReproducibleXlsx.CORE))) {
                core = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(core.contains(">2026-12-05T16:00:00Z</dcterms:created>"), core);
        }
        assertTrue(names.contains("xl/worksheets/sheet1.xml"), names.toString());
        try (XSSFWorkbook read = new XSSFWorkbook(first.toFile())) {
            assertEquals("岗位责任清单", read.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals(12.5, read.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue());
            assertEquals(DAY.toInstant(), read.getProperties().getCoreProperties().getCreated().toInstant());
        }
    }

    /** As the package's writers do: a streaming workbook with text and numbers. */
    private static Path write(Path file) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("清单");
            sheet.createRow(0).createCell(0).setCellValue("岗位责任清单");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("电工");
            row.createCell(1).setCellValue(12.5);
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }
}
