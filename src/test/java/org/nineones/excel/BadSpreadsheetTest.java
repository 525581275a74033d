package org.nineones.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nineones.excel.TestWorkbooks.id;
import static org.nineones.excel.TestWorkbooks.rows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are no roster at all get one reason each, and nothing else happens. */
class BadSpreadsheetTest {

    @TempDir
    Path tempDir;

    private final RosterReader reader = new RosterReader(new SpreadsheetReader(), 100_000);

    private Path file(String name) throws IOException {
        Path folder = tempDir.resolve("张三的文件");
        Files.createDirectories(folder);
        return folder.resolve(name);
    }

    private SpreadsheetException.Reason refused(Path file) {
        return assertThrows(SpreadsheetException.class, () -> reader.read(file, null)).reason();
    }

    @Test
    void refusesATextFileNamedXlsx() throws IOException {
        Path file = Files.writeString(file("花名册.xlsx"), "姓名,身份证号\n张三,370102\n", StandardCharsets.UTF_8);
        assertEquals(SpreadsheetException.Reason.NOT_A_SPREADSHEET, refused(file));
    }

    @Test
    void refusesAWordDocumentNamedXlsx() throws IOException {
        Path file = file("其实是文档.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("花名册");
            doc.write(out);
        }
        assertEquals(SpreadsheetException.Reason.NOT_A_SPREADSHEET, refused(file));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.write(file("空.xlsx"), new byte[0]);
        assertEquals(SpreadsheetException.Reason.EMPTY, refused(file));
    }

    @Test
    void refusesAMissingFile() throws IOException {
        assertEquals(SpreadsheetException.Reason.NOT_FOUND, refused(file("没有.xlsx")));
    }

    @Test
    void refusesAPasswordProtectedXlsx() throws IOException, GeneralSecurityException {
        Path file = file("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("123456");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream data = encryptor.getDataStream(fs)) {
                rows(wb.createSheet("人员"), 0, new Object[] {"姓名", "身份证号"}, new Object[] {"张三", id(1)});
                wb.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals(SpreadsheetException.Reason.ENCRYPTED, refused(file));
    }

    @Test
    void refusesATruncatedXlsx() throws IOException {
        Path whole = TestWorkbooks.xlsx(file("完整.xlsx"), wb -> rows(wb.createSheet("人员"), 0,
                new Object[] {"姓名", "身份证号"}, new Object[] {"张三", id(1)}));
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(file("截断.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(SpreadsheetException.Reason.CORRUPT, refused(file));
    }

    @Test
    void refusesAnXlsxWithGarbageInsideTheZip() throws IOException {
        Path whole = TestWorkbooks.xlsx(file("完整.xlsx"), wb -> rows(wb.createSheet("人员"), 0,
                new Object[] {"姓名", "身份证号"}, new Object[] {"张三", id(1)}));
        byte[] bytes = Files.readAllBytes(whole);
        for (int i = 200; i < bytes.length - 200; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Path file = Files.write(file("损坏.xlsx"), bytes);
        assertEquals(SpreadsheetException.Reason.CORRUPT, refused(file));
    }

    @Test
    void refusesMoreThanTheRowLimit() throws IOException {
        Path file = file("十万人.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = wb.createSheet("花名册");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份证号");
            for (int r = 1; r <= 100_001; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("员工");
                row.createCell(1).setCellValue(r);
            }
            wb.write(out);
        }
        assertEquals(SpreadsheetException.Reason.TOO_MANY_ROWS, refused(file));
    }

    @Test
    void acceptsExactlyTheRowLimit() throws IOException, SpreadsheetException {
        Path file = file("十人.xlsx");
        TestWorkbooks.xlsx(file, wb -> {
            var sheet = wb.createSheet("花名册");
            rows(sheet, 0, new Object[] {"标题"}, new Object[] {"姓名", "身份证号"});
            for (int r = 2; r < 12; r++) {
                rows(sheet, r, new Object[] {"员工" + r, id(r)});
            }
        });
        assertEquals(10, new RosterReader(new SpreadsheetReader(), 10).read(file, null).rows().size());
        assertEquals(SpreadsheetException.Reason.TOO_MANY_ROWS, assertThrows(SpreadsheetException.class,
                () -> new RosterReader(new SpreadsheetReader(), 9).read(file, null)).reason());
    }
}
