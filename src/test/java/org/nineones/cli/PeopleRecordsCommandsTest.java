package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.report.PdfFiles;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;
import org.nineones.service.sample.SampleCopy;

/**
 * Every ledger and printout of people's records through {@code export}, {@code import} and {@code print --kind}
 * on the sample enterprise, which has records of every kind.
 */
class PeopleRecordsCommandsTest {

    static final List<String> LEDGERS = List.of("letters", "training", "attendance", "exams", "rewards",
            "assessments");
    static final List<String> PRINTS = List.of("letters", "training-file", "exam", "rewards-notice");

    @TempDir
    static Path tempDir;
    private static Services services;
    private static Path workspace;

    @BeforeAll
    static void sample() throws Exception {
        services = new Services(new Settings(tempDir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        // a copy of the sample built once per run: openSample opens it
        SampleCopy.into(tempDir.resolve("示例 文件"));
        try (Workspace ws = services.sample().openSample(Files.createDirectories(tempDir.resolve("示例 文件")),
                Progress.NONE)) {
            workspace = ws.file();
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    static Stream<String> ledgers() {
        return LEDGERS.stream();
    }

    static Stream<String> prints() {
        return PRINTS.stream();
    }

    @Test
    void everyLedgerAndPrintoutOfTheIssueIsListed() {
        // then the problem list's ledger, which the sample leaves empty (ProblemsCommandTest exports and imports it)
        assertEquals(Stream.concat(LEDGERS.stream(), Stream.of("problems")).toList(),
                services.ledgers().all().stream().map(l -> l.key()).toList());
        for (String key : PRINTS) {
            assertTrue(services.recordPrints().byKey(key).isPresent(), key);
        }
    }

    @ParameterizedTest
    @MethodSource("ledgers")
    void exportsTheSampleLedgerWithItsRows(String key) throws Exception {
        Path out = tempDir.resolve("导出").resolve(key + ".xlsx");
        Files.createDirectories(out.getParent());
        CliRun run = run("export", "--workspace", workspace.toString(), "--kind", key, "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        Matcher rows = Pattern.compile("(\\d+) 行").matcher(run.out());
        assertTrue(rows.find(), run.out());
        int written = Integer.parseInt(rows.group(1));
        assertTrue(written > 0, "the sample has " + key + " records: " + run.out());
        try (InputStream in = Files.newInputStream(out); Workbook book = WorkbookFactory.create(in)) {
            int dataRows = 0;
            for (Sheet sheet : book) {
                dataRows += sheet.getPhysicalNumberOfRows();
            }
            assertTrue(dataRows > written, "header and " + written + " rows in " + out);
        }
    }

    @ParameterizedTest
    @MethodSource("ledgers")
    void aFileThatIsNotASpreadsheetIsRefusedAndNothingIsWritten(String key) throws Exception {
        Path bad = tempDir.resolve("坏文件-" + key + ".xlsx");
        Files.writeString(bad, "这不是表格");
        int before = auditEntries();
        CliRun run = run("import", "--workspace", workspace.toString(), "--kind", key, "--file", bad.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().startsWith("import: "), run.err());
        assertTrue(run.err().length() > "import: ".length() + 5, run.err());
        assertEquals(before, auditEntries());
    }

    @ParameterizedTest
    @MethodSource("ledgers")
    void theErrorReportIsNotWrittenOverTheFileImported(String key) throws Exception {
        Path file = tempDir.resolve("报告即输入").resolve(key + ".xlsx");
        Files.createDirectories(file.getParent());
        assertEquals(0, run("export", "--workspace", workspace.toString(), "--kind", key, "--out", file.toString())
                .code());
        byte[] before = Files.readAllBytes(file);
        CliRun run = run("import", "--workspace", workspace.toString(), "--kind", key, "--file", file.toString(),
                "--report", file.toString(), "--dry-run");
        assertEquals(1, run.code(), run.out() + run.err());
        // the command refuses before reading (the ledgers' own refusal is LedgerKitTest's)
        assertEquals("import: " + services.messages().get("files.refused.INPUT", file.toAbsolutePath().normalize()),
                run.err().strip());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), key + ": the input is untouched");
    }

    @ParameterizedTest
    @MethodSource("prints")
    void printsTheSampleRecordsWithTheFontEmbedded(String key) throws Exception {
        Path out = tempDir.resolve("打印").resolve(key + ".pdf");
        Files.createDirectories(out.getParent());
        CliRun run = key.equals("exam")
                ? run("print", "--workspace", workspace.toString(), "--kind", key, "--exam", "1", "--out", out.toString())
                : run("print", "--workspace", workspace.toString(), "--kind", key, "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(PdfFiles.pages(out) >= 1);
        assertTrue(PdfFiles.text(out).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), key);
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(out));
    }

    @Test
    void anExamIsPrintedWithItsAnswerKeyApartAndNeedsToBeNamed() throws Exception {
        Path paper = tempDir.resolve("试卷.pdf");
        Path key = tempDir.resolve("答案.pdf");
        assertEquals(0, run("print", "--workspace", workspace.toString(), "--kind", "exam", "--exam", "1",
                "--out", paper.toString()).code());
        CliRun run = run("print", "--workspace", workspace.toString(), "--kind", "exam", "--exam", "1", "--answer-key",
                "--out", key.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(PdfFiles.text(key).contains("参考答案"), "the key is headed as such");
        assertFalse(PdfFiles.text(paper).contains("参考答案"), "the paper has no answers");
        CliRun unnamed = run("print", "--workspace", workspace.toString(), "--kind", "exam", "--out",
                tempDir.resolve("无.pdf").toString());
        assertEquals(1, unnamed.code());
        assertTrue(unnamed.err().contains("考试"), unnamed.err());
    }

    @Test
    void anUnknownKindNamesTheLedgersToo() {
        CliRun run = run("export", "--workspace", workspace.toString(), "--kind", "salaries", "--out",
                tempDir.resolve("x.xlsx").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("attendance") && run.err().contains("duties"), run.err());
        CliRun print = run("print", "--workspace", workspace.toString(), "--kind", "salaries", "--out",
                tempDir.resolve("x.pdf").toString());
        assertEquals(1, print.code());
        assertTrue(print.err().contains("training-file") && print.err().contains("cards"), print.err());
        assertFalse(Files.exists(tempDir.resolve("x.pdf")));
    }

    private static int auditEntries() throws Exception {
        try (Workspace ws = Workspace.open(workspace)) {
            return ws.read(s -> s.audit().latest(Integer.MAX_VALUE).size());
        }
    }
}
