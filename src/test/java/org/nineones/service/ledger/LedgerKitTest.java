package org.nineones.service.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.service.sample.SampleCopy;

/**
 * Every importable ledger of the sample enterprise gets the same bad rows — a person not in the roster, an employee
 * number two people share, a masked ID number as our exports write it, a date still to come where the ledger has a
 * date — and must say the same sentence for the same fault; and every ledger refuses to write its error report over
 * the file it reports on. Each sheet is the ledger's own export (its header and first row), with the rows changed.
 */
class LedgerKitTest {

    static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    static final String SHARED_NUMBER = "KIT-001";
    static final String UNKNOWN = "查无此人";
    static final LocalDate FUTURE = LocalDate.now().plusDays(40);
    /** The column each ledger has a date in that cannot be in the future. */
    static final Map<String, String> DATE_COLUMNS = Map.of("letters", "签订日期", "training", "培训日期",
            "attendance", "培训日期", "rewards", "日期", "assessments", "考核人签字日期");

    @TempDir
    static Path dir;
    static Services services;
    static Workspace ws;
    static Employee masked;
    static List<Employee> sharing = new ArrayList<>();
    /** The sentence each ledger said for each fault: fault → ledger key → message. */
    static final Map<String, Map<String, String>> said = new LinkedHashMap<>();

    @BeforeAll
    static void openTheSample() {
        services = new Services(new Settings(dir.resolve("home")), ZH);
        // a copy of the sample built once per run: openSample opens it
        SampleCopy.into(dir.resolve("示例"));
        ws = services.sample().openSample(dir.resolve("示例"), Progress.NONE);
        masked = ws.read(s -> s.employees().all()).stream().filter(e -> e.status() == EmployeeStatus.ACTIVE
                && e.postId() != null).findFirst().orElseThrow();
        for (String first17 : List.of("11010119800101001", "11010119810202002")) {
            Employee e = new Employee(null, first17.endsWith("1") ? "甲同号" : "乙同号", Gender.MALE,
                    IdNumber.of(TestData.id(first17)), SHARED_NUMBER, "", masked.orgUnitId(), masked.postId(),
                    LocalDate.of(2020, 1, 1), EmployeeStatus.ACTIVE, "", null);
            sharing.add(ws.write(s -> s.employees().insert(e)));
        }
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    /** The ledgers the sample's records fill (the problem list's own rules: ProblemsLedgerTest). */
    static Stream<Ledger> importable() {
        return services.ledgers().packaged().stream().filter(Ledger::importable);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importable")
    void theSameFaultGetsTheSameSentenceInEveryLedger(Ledger ledger) throws Exception {
        Path file = badRows(ledger);
        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        Map<Integer, List<String>> byRow = new LinkedHashMap<>();
        for (RowProblem p : preview.errors()) {
            byRow.computeIfAbsent(p.row(), k -> new ArrayList<>()).add(p.message());
        }
        if (hasPersonColumns(ledger)) {
            String unknown = ZH.get("ledger.person.unknownName", UNKNOWN);
            assertTrue(byRow.getOrDefault(2, List.of()).contains(unknown), ledger.key() + " " + byRow);
            String ambiguous = byRow.getOrDefault(3, List.of()).stream()
                    .filter(m -> m.startsWith("工号“" + SHARED_NUMBER + "”对应 2 人：")).findFirst()
                    .orElseThrow(() -> new AssertionError(ledger.key() + " " + byRow));
            for (Employee e : sharing) {
                assertTrue(ambiguous.contains(e.name() + "（工号 " + SHARED_NUMBER + "，身份证号 "
                        + e.idNumber().masked() + "）"), ambiguous);
            }
            said.computeIfAbsent("ambiguous", k -> new LinkedHashMap<>()).put(ledger.key(), ambiguous);
            said.computeIfAbsent("unknown", k -> new LinkedHashMap<>()).put(ledger.key(), unknown);
            // a masked ID number with the name finds the person: no row problem about who it is
            assertTrue(byRow.getOrDefault(4, List.of()).stream().noneMatch(m -> m.contains("花名册")
                    || m.contains("身份证号") || m.contains(masked.idNumber().masked())), ledger.key() + " " + byRow);
        }
        if (DATE_COLUMNS.containsKey(ledger.key())) {
            String future = ZH.get("ledger.row.futureDate", FUTURE.toString());
            assertTrue(byRow.getOrDefault(5, List.of()).contains(future), ledger.key() + " " + byRow);
        }
        // the same fault, the same sentence, whichever ledgers have said it so far
        for (Map<String, String> texts : said.values()) {
            assertEquals(1, new HashSet<>(texts.values()).size(), texts.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importable")
    void theErrorReportIsNeverWrittenOverItsInput(Ledger ledger) throws Exception {
        Path file = badRows(ledger);
        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        assertTrue(preview.hasErrors(), ledger.key());
        byte[] before = Files.readAllBytes(file);
        for (Path same : List.of(file, file.getParent().resolve(".").resolve(file.getFileName()))) {
            LedgerException refused = assertThrows(LedgerException.class, () -> ledger.writeErrorReport(preview, same),
                    ledger.key());
            assertEquals(LedgerException.Reason.CANNOT_WRITE, refused.reason(), ledger.key());
            assertEquals(ZH.get("ledger.report.overInput", file.getFileName().toString()), refused.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file), ledger.key() + ": the input is untouched");

        Path report = file.resolveSibling(ledger.key() + "-错误报告.xlsx");
        ledger.writeErrorReport(preview, report);
        List<List<String>> rows = LedgerSheets.read(report);
        List<String> header = rows.get(0);
        assertEquals("错误说明", header.get(header.size() - 1), ledger.key());
        assertEquals(preview.invalidRows() + 1, rows.size(), ledger.key());
        int first = preview.errors().stream().mapToInt(RowProblem::row).min().orElseThrow();
        assertTrue(rows.get(1).get(rows.get(1).size() - 1).startsWith("第 " + first + " 行："),
                ledger.key() + " " + rows.get(1));
    }

    @Test
    void everyLedgerOfTheSampleIsCovered() {
        assertEquals(List.of("letters", "training", "attendance", "exams", "rewards", "assessments"),
                importable().map(Ledger::key).toList());
    }

    private static boolean hasPersonColumns(Ledger ledger) {
        return !ledger.key().equals("training");
    }

    /**
     * The ledger's export with its rows replaced by: 2 a person nobody is, 3 the shared employee number, 4 a masked ID
     * number with the name, 5 a date to come; every other cell as the export's first row has it.
     */
    private static Path badRows(Ledger ledger) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("台账 " + ledger.key()));
        Path export = folder.resolve("导出.xlsx");
        ledger.export(ws, export, Progress.NONE);
        List<List<String>> exported = LedgerSheets.read(export);
        int headerAt = 0;
        while (exported.get(headerAt).stream().filter(c -> !c.isEmpty()).count() < 3) {
            headerAt++;
        }
        List<String> header = exported.get(headerAt);
        List<String> template = new ArrayList<>(exported.size() > headerAt + 1 ? exported.get(headerAt + 1)
                : List.of());
        while (template.size() < header.size()) {
            template.add("");
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        rows.add(with(header, template, Map.of("姓名", UNKNOWN, "身份证号", "", "工号", "")));
        rows.add(with(header, template, Map.of("姓名", "", "身份证号", "", "工号", SHARED_NUMBER)));
        rows.add(with(header, template, Map.of("姓名", masked.name(), "身份证号", masked.idNumber().masked(),
                "工号", "")));
        rows.add(with(header, template, Map.of(DATE_COLUMNS.getOrDefault(ledger.key(), "-"), FUTURE.toString())));
        return LedgerSheets.write(folder.resolve("有误的" + ledger.key() + ".xlsx"), rows);
    }

    private static List<String> with(List<String> header, List<String> template, Map<String, String> changes) {
        List<String> row = new ArrayList<>(template);
        changes.forEach((column, value) -> {
            int i = header.indexOf(column);
            if (i >= 0) {
                row.set(i, value);
            }
        });
        return row;
    }
}
