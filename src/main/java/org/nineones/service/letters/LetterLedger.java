package org.nineones.service.letters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nineones.excel.CellValues;
import org.nineones.excel.LedgerColumn;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Employee;
import org.nineones.model.TextNormaliser;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.ImportPreview;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.PersonMatcher;
import org.nineones.service.ledger.SheetLedger;
import org.nineones.store.LetterRepository.Signature;
import org.nineones.store.Workspace;

/**
 * The responsibility letters ledger (责任书签订台账) as a spreadsheet. Export: every year with a recorded signature
 * and the current year, one row per person of that year's round (masked ID number, org unit path, post, level,
 * counterpart, signed on, duty-list version, 已签/未签/需重签, the corrections as text). Import: records signatures
 * in bulk; the person is found by {@link PersonMatcher}; a row without a signing date is left out (not signed yet); a
 * row whose signature is already recorded with that date is left out too, so an exported ledger reads back without
 * change. All rows are written in one transaction, or none.
 */
public final class LetterLedger extends SheetLedger<LetterService.Planned> {

    public static final String KEY = "letters";
    static final int MAX_DATA_ROWS = 100_000;

    static final LedgerColumn YEAR = LedgerColumn.of("year", 6, "年度", "签订年度", "责任书年度");
    static final LedgerColumn NAME = LedgerColumn.of("name", 8, "姓名", "责任人", "乙方");
    static final LedgerColumn ID_NUMBER = LedgerColumn.of("id number", 20, "身份证号", "身份证号码", "公民身份号码",
            "身份证");
    static final LedgerColumn EMPLOYEE_NUMBER = LedgerColumn.of("employee number", 10, "工号", "员工编号", "职工编号",
            "人员编号");
    static final LedgerColumn ORG_UNIT = LedgerColumn.of("org unit", 26, "部门", "所在部门", "部门/车间/班组");
    static final LedgerColumn POST = LedgerColumn.of("post", 14, "岗位", "岗位名称");
    static final LedgerColumn LEVEL = LedgerColumn.of("level", 10, "层级", "签订层级");
    static final LedgerColumn COUNTERPART = LedgerColumn.of("counterpart", 16, "签订对象", "甲方", "对方");
    static final LedgerColumn SIGNED_ON = LedgerColumn.of("signed on", 12, "签订日期", "签字日期", "签订时间");
    static final LedgerColumn VERSION = LedgerColumn.of("duty list version", 12, "责任清单版本", "清单版本", "版本");
    static final LedgerColumn STATUS = LedgerColumn.of("status", 8, "状态", "签订状态");
    static final LedgerColumn CORRECTIONS = LedgerColumn.of("corrections", 38, "更正记录", "更正");
    static final List<LedgerColumn> COLUMNS = List.of(YEAR, NAME, ID_NUMBER, EMPLOYEE_NUMBER, ORG_UNIT, POST, LEVEL,
            COUNTERPART, SIGNED_ON, VERSION, STATUS, CORRECTIONS);

    private final LetterService letters;

    public LetterLedger(LetterService letters) {
        super(letters.messages(), KEY, "letters.ledger.title", COLUMNS, MAX_DATA_ROWS, null);
        this.letters = letters;
    }

    @Override
    public ImportPreview<LetterService.Planned> preview(Workspace workspace, Path file, Progress progress)
            throws LedgerException {
        var t = read(file, progress);
        require(file, t, List.of(YEAR, SIGNED_ON), List.of(List.of(NAME, ID_NUMBER, EMPLOYEE_NUMBER)));
        Map<Long, Employee> people = byId(workspace.read(store -> store.employees().all()), Employee::id);
        PersonMatcher matcher = PersonMatcher.of(messages, people.values());
        Map<Integer, Map<Long, LetterRow>> rounds = new HashMap<>();
        List<RowProblem> errors = new ArrayList<>();
        List<LetterService.Planned> planned = new ArrayList<>();
        List<String> willWrite = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int leftOut = 0;
        for (SheetRow row : t.table().rows()) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            List<RowProblem> problems = new ArrayList<>();
            int n = row.rowNumber();
            PersonMatcher.Match person = person(t, row, matcher, ID_NUMBER, EMPLOYEE_NUMBER, NAME, problems);
            Integer year = year(t.cell(row, YEAR));
            if (year == null) {
                problems.add(t.problem(n, YEAR, messages.get("letters.import.badYear", t.text(row, YEAR))));
            }
            if (t.blank(row, SIGNED_ON)) {
                leftOut += problems.isEmpty() ? 1 : 0;
                errors.addAll(problems);
                continue;
            }
            LocalDate signedOn = date(t, row, SIGNED_ON, letters.today(), "letters.import.badDate", problems)
                    .orElse(null);
            if (signedOn != null && year != null) {
                try {
                    letters.checkDate(year, signedOn);
                } catch (LetterRuleException e) {
                    problems.add(t.problem(n, SIGNED_ON, e.getMessage()));
                }
            }
            if (!problems.isEmpty()) {
                errors.addAll(problems);
                continue;
            }
            Employee e = people.get(person.person().id());
            int y = year;
            LetterRow current = rounds.computeIfAbsent(y, k -> {
                Map<Long, LetterRow> m = new HashMap<>();
                letters.round(workspace, k).rows().forEach(r -> m.put(r.employeeId(), r));
                return m;
            }).get(e.id());
            Signature signed = current == null ? null : current.signature();
            if (current == null) {
                errors.add(t.problem(n, NAME, messages.get("letters.import.notInRound", e.name())));
            } else if (!seen.add(e.id() + "/" + y)) {
                errors.add(t.problem(n, NAME, messages.get("letters.import.duplicate", e.name(), String.valueOf(y))));
            } else if (signed != null && signed.signedOn().equals(signedOn)) {
                leftOut++;
            } else if (current.status() == LetterStatus.SIGNED) {
                errors.add(t.problem(n, SIGNED_ON, messages.get("letters.import.alreadySigned", e.name(),
                        String.valueOf(y), signed.signedOn().toString())));
            } else {
                try {
                    letters.checkResignDate(current, signedOn);
                    planned.add(new LetterService.Planned(e.id(), y, signedOn));
                    willWrite.add(messages.get("letters.import.willWrite", e.name(), current.post().name(),
                            String.valueOf(y), signedOn.toString()));
                } catch (LetterRuleException ex) {
                    errors.add(t.problem(n, SIGNED_ON, ex.getMessage()));
                }
            }
        }
        return new ImportPreview<>(KEY, t.table(), errors, planned, willWrite, leftOut);
    }

    private static Integer year(Object cell) {
        String text = TextNormaliser.trim(CellValues.text(cell)).replace("年度", "").replace("年", "");
        text = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        try {
            int year = Integer.parseInt(text);
            return year >= 2000 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected LedgerImportResult write(Workspace workspace, ImportPreview<LetterService.Planned> p, boolean skipInvalid,
                                       Progress progress) {
        progress.update(0, 1, messages.get("letters.progress.writing"));
        int written = workspace.write(store -> {
            int n = letters.signAll(store, p.items());
            store.audit().record("import", "letter_signature", null, messages.get("letters.audit.import",
                    name(p.table().file()), n));
            return n;
        });
        progress.update(1, 1, messages.get("letters.progress.writing"));
        return new LedgerImportResult(written, p.invalidRows());
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 1, messages.get("letters.progress.reading"));
        Set<Integer> years = new TreeSet<>();
        workspace.read(store -> {
            store.letters().all().forEach(s -> years.add(s.year()));
            return null;
        });
        years.add(letters.currentYear());
        List<List<String>> rows = new ArrayList<>();
        for (int year : years) {
            for (LetterRow r : letters.round(workspace, year).rows()) {
                rows.add(row(workspace, r, year));
            }
            progress.checkCancelled();
        }
        String enterprise = workspace.read(store -> store.enterprise().get().name());
        writeSheet(target, messages.get("letters.ledger.sheet"), messages.get("letters.ledger.sheetTitle", enterprise),
                COLUMNS, rows);
        progress.update(1, 1, messages.get("letters.progress.reading"));
        return rows.size();
    }

    private List<String> row(Workspace workspace, LetterRow r, int year) {
        Employee e = r.employee();
        Signature s = r.signature();
        List<String> notes = new ArrayList<>();
        if (r.corrections() > 0) {
            for (HistoryEntry h : letters.history(workspace, e.id())) {
                if (h.signature().year() == year && h.signature().isCorrection()) {
                    notes.add(letters.describe(h));
                }
            }
        }
        String counterpart = r.counterpart().isSuperior() ? r.counterpart().name()
                : r.counterpart().name() + "（" + r.counterpart().postName() + "）";
        String version = s == null ? "" : r.signedVersion() == 0 ? messages.get("letters.version.none")
                : messages.get("letters.version.short", r.signedVersion());
        return Arrays.asList(String.valueOf(year), e.name(), e.idNumber().masked(),
                e.employeeNumber() == null ? "" : e.employeeNumber(), r.unitPath(), r.post().name(),
                messages.get("letters.level." + r.level()), counterpart, s == null ? "" : s.signedOn().toString(),
                version, messages.of(r.status()), String.join("；", notes));
    }
}
