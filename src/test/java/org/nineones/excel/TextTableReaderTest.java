package org.nineones.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.excel.TestWorkbooks.id;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTableReaderTest {

    @TempDir
    Path tempDir;

    private static final String TABLE = "员工花名册\n姓名,身份证号,部门,岗位\n张三," + id(1) + ",生产部,电工\n李四," + id(2)
            + ",\"生产部/合成车间\",操作工\n";

    private RosterSheet read(Path file) throws SpreadsheetException {
        return new RosterReader(new SpreadsheetReader(), 1000).read(file, null);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path folder = Files.createDirectories(tempDir.resolve("张三的文件"));
        return Files.write(folder.resolve(name), bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GBK", "GB18030", "UTF-8-BOM", "UTF-16LE-BOM"})
    void readsTheSameRosterInEveryEncodingHrSystemsWrite(String encoding) throws Exception {
        byte[] bytes = switch (encoding) {
            case "UTF-8-BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    TABLE.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE-BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TABLE.getBytes(StandardCharsets.UTF_16LE));
            default -> TABLE.getBytes(Charset.forName(encoding));
        };
        RosterSheet sheet = read(write("花名册.csv", bytes));
        assertEquals(List.of("姓名", "身份证号", "部门", "岗位"), sheet.headers());
        assertEquals(2, sheet.headerRowNumber());
        assertEquals(List.of("李四", id(2), "生产部/合成车间", "操作工"), sheet.rows().get(1).cells());
        assertEquals(4, sheet.rows().get(1).rowNumber());
        assertEquals("花名册", sheet.sheetName());
    }

    @Test
    void readsTabSeparatedTextWithQuotesLineBreaksAndNumbersKeptAsText() throws Exception {
        String text = "工号\t姓名\t身份证号\t备注\r\n'0012\t王五\t=\"" + id(3) + "\"\t\"第一行\n第二行，含\"\"引号\"\"\"\r\n\r\n"
                + "\t\t\t\r\n0013\t赵六\t" + id(4) + "\t\r\n";
        RosterSheet sheet = read(write("人员.tsv", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("工号", "姓名", "身份证号", "备注"), sheet.headers());
        assertEquals(2, sheet.rows().size(), "blank lines are dropped");
        assertEquals(List.of("0012", "王五", id(3), "第一行\n第二行，含\"引号\""), sheet.rows().get(0).cells());
        assertEquals(Arrays.asList("0013", "赵六", id(4), null), sheet.rows().get(1).cells());
        assertEquals(5, sheet.rows().get(1).rowNumber());
    }

    @Test
    void aTxtFileIsReadAsTabSeparatedWhenItHasTabs() throws Exception {
        RosterSheet sheet = read(write("导出.txt", "姓名\t身份证号\t部门,科室\n张三\t1\t生产部,一科\n"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("姓名", "身份证号", "部门,科室"), sheet.headers());
    }

    @Test
    void refusesATextFileNamedXlsxAndBinaryContentNamedCsv() throws Exception {
        Path named = write("花名册.xlsx", "姓名,身份证号\n张三,1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(SpreadsheetException.Reason.NOT_A_SPREADSHEET,
                assertThrows(SpreadsheetException.class, () -> read(named)).reason());
        Path binary = write("花名册.csv", new byte[] {'P', 'K', 0, 0, 1, 2, 3});
        assertEquals(SpreadsheetException.Reason.NOT_A_SPREADSHEET,
                assertThrows(SpreadsheetException.class, () -> read(binary)).reason());
    }

    @Test
    void aWorkbookNamedCsvIsReadAsTheWorkbookItIs() throws Exception {
        Path file = TestWorkbooks.xlsx(tempDir.resolve("其实是表格.csv"), wb -> TestWorkbooks.rows(wb.createSheet("人员"), 0,
                new Object[] {"姓名", "身份证号"}, new Object[] {"张三", id(1)}));
        assertEquals("人员", read(file).sheetName());
    }

    @Test
    void stopsAtTheRowLimit() throws Exception {
        StringBuilder text = new StringBuilder("姓名,身份证号\n");
        for (int i = 0; i < 50; i++) {
            text.append("某人,").append(id(i)).append('\n');
        }
        Path file = write("大.csv", text.toString().getBytes(StandardCharsets.UTF_8));
        SpreadsheetException e = assertThrows(SpreadsheetException.class,
                () -> new RosterReader(new SpreadsheetReader(), 10).read(file, null));
        assertEquals(SpreadsheetException.Reason.TOO_MANY_ROWS, e.reason());
    }

    @Test
    void takesTheNamesOfWorkbooksAndTextFiles() {
        for (String name : List.of("a.xlsx", "a.XLS", "a.csv", "a.tsv", "a.TXT")) {
            assertTrue(SpreadsheetReader.isReadableName(Path.of(name)), name);
        }
        for (String name : List.of("a.pdf", "a.docx", "a")) {
            assertTrue(!SpreadsheetReader.isReadableName(Path.of(name)), name);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
