package org.nineones.service.problems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.excel.CellValues;
import org.nineones.excel.ExcelDates;
import org.nineones.excel.LedgerColumn;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.RecordTime;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.MeasureVersion;
import org.nineones.model.problems.Problem;
import org.nineones.model.problems.ProblemSource;
import org.nineones.service.Progress;
import org.nineones.service.ledger.ImportPreview;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerTable;
import org.nineones.service.ledger.PersonMatcher;
import org.nineones.service.ledger.SheetLedger;
import org.nineones.store.ProblemRepository.NewProblem;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The problem list as a spreadsheet ({@code problems}, 问题清单及整改措施), one row per measure (a problem without
 * measures has one row), the problem's columns on every row. Export: every problem and measure as it stands, whether
 * overdue today, its evidence and its history. Import, through the ledger kit: a row with a problem number adds to
 * or updates that problem; a row without one and with a description is a new problem entered by hand (rows below
 * with the same description, or none — merged cells —, belong to it); a row without a measure number and with a
 * measure's text is a new measure (owner by {@link PersonMatcher}, deadline required, 未开始 or 进行中); a row with a
 * measure number may change its status by the rules of {@link MeasureRules}. The export read back changes nothing.
 */
public final class ProblemsLedger extends SheetLedger<ProblemsLedger.Step> {

    public static final String KEY = "problems";
    public static final int MAX_DATA_ROWS = 20_000;

    /** The enterprise's own problem list: not in the acceptance package (see {@link org.nineones.service.ledger.Ledger#packaged()}). */
    @Override
    public boolean packaged() {
        return false;
    }

    static final LedgerColumn PROBLEM_ID = LedgerColumn.of("problemId", 8, "问题编号", "问题序号", "problem no");
    static final LedgerColumn SOURCE = LedgerColumn.of("source", 10, "来源", "问题来源", "source");
    static final LedgerColumn LINE = LedgerColumn.of("line", 8, "检查项", "检查项编号", "条款", "line");
    static final LedgerColumn SEEN = LedgerColumn.of("seen", 40, "问题描述", "存在问题", "发现的问题", "问题", "problem");
    static final LedgerColumn REQUIREMENT = LedgerColumn.of("requirement", 30, "整改要求", "requirement");
    static final LedgerColumn PROBLEM_DEADLINE = LedgerColumn.of("problemDeadline", 12, "问题整改期限", "要求完成日期",
            "problem deadline");
    static final LedgerColumn RESPONSIBLE = LedgerColumn.of("responsible", 10, "企业责任人", "问题责任人",
            "responsible");
    static final LedgerColumn MEASURE_ID = LedgerColumn.of("measureId", 8, "措施编号", "措施序号", "measure no");
    static final LedgerColumn MEASURE = LedgerColumn.of("measure", 40, "整改措施", "措施", "measure");
    static final LedgerColumn NAME = LedgerColumn.of("name", 10, "责任人", "整改责任人", "措施责任人", "姓名", "owner");
    static final LedgerColumn ID_NUMBER = LedgerColumn.of("idNumber", 21, "身份证号", "身份证号码", "公民身份号码",
            "id number");
    static final LedgerColumn EMPLOYEE_NUMBER = LedgerColumn.of("employeeNumber", 10, "工号", "员工编号", "职工号",
            "employee number");
    static final LedgerColumn DEADLINE = LedgerColumn.of("deadline", 12, "整改期限", "完成时限", "完成期限", "期限",
            "deadline");
    static final LedgerColumn STATUS = LedgerColumn.of("status", 10, "状态", "整改状态", "完成情况", "status");
    /** For the reader; ignored on import. */
    static final LedgerColumn OVERDUE = LedgerColumn.of("overdue", 8, "是否逾期", "逾期", "overdue");
    static final LedgerColumn EVIDENCE = LedgerColumn.of("evidence", 36, "整改证据", "证据", "evidence");
    static final LedgerColumn HISTORY = LedgerColumn.of("history", 40, "变更记录", "备注", "history");
    static final List<LedgerColumn> COLUMNS = List.of(PROBLEM_ID, SOURCE, LINE, SEEN, REQUIREMENT, PROBLEM_DEADLINE,
            RESPONSIBLE, MEASURE_ID, MEASURE, NAME, ID_NUMBER, EMPLOYEE_NUMBER, DEADLINE, STATUS, OVERDUE, EVIDENCE,
            HISTORY);
    /** What the export writes: no ID number (people are named by name and employee number). */
    static final List<LedgerColumn> EXPORTED = COLUMNS.stream().filter(c -> c != ID_NUMBER).toList();

    /**
     * One thing the import writes, in the sheet's order: a new problem ({@code newProblem}, known to later steps by
     * {@code key}), a new measure of a problem (by id, or by the key of a new problem), or a status change.
     */
    public record Step(int row, Problem newProblem, int key, Long problemId, Integer problemKey, MeasureDraft measure,
                       MeasureStatus status, Long measureId, String line) {
    }

    private final ProblemService service;

    ProblemsLedger(ProblemService service) {
        super(service.messages(), KEY, "problems.ledger.title", COLUMNS, MAX_DATA_ROWS, "problems.column.");
        this.service = service;
    }

    @Override
    public ImportPreview<Step> preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        LedgerTable t = read(file, progress);
        require(file, t, List.of(), List.of(List.of(SEEN, PROBLEM_ID)));
        progress.checkCancelled();
        ImportPreview<Step> preview = workspace.read(store -> new Check(store, t).run());
        progress.update(2, 2, messages.get("problems.progress.checked", preview.rows(), preview.invalidRows()));
        return preview;
    }

    /** The checks of one sheet against the workspace, row after row. */
    private final class Check {
        private final Store store;
        private final LedgerTable t;
        private final PersonMatcher people;
        private final Map<Long, Employee> employees = new HashMap<>();
        private final Map<Long, Problem> problems = new HashMap<>();
        private final Map<Long, Measure> measures = new HashMap<>();
        private final List<RowProblem> errors = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();
        private int unchanged;
        private int keys;
        /** The problem the row above belongs to: an id, a new problem's key, or -1 when that row was in error. */
        private Long currentId;
        private Integer currentKey;
        private String currentSeen = "";
        private boolean currentBad;

        Check(Store store, LedgerTable t) {
            this.store = store;
            this.t = t;
            List<Employee> all = store.employees().all();
            all.forEach(e -> employees.put(e.id(), e));
            people = PersonMatcher.of(messages, all);
            for (ListedProblem p : ProblemService.list(store)) {
                problems.put(p.problem().id(), p.problem());
                p.measures().forEach(m -> measures.put(m.id(), m));
            }
        }

        ImportPreview<Step> run() {
            for (SheetRow row : t.table().rows()) {
                List<RowProblem> found = new ArrayList<>();
                int before = steps.size();
                row(row, found);
                if (!found.isEmpty()) {
                    while (steps.size() > before) {
                        steps.remove(steps.size() - 1);
                    }
                    errors.addAll(found);
                }
            }
            return new ImportPreview<>(KEY, t.table(), errors, steps, Step::line, unchanged);
        }

        private void row(SheetRow row, List<RowProblem> found) {
            boolean changes = problemOf(row, found);
            if (!found.isEmpty()) {
                return;
            }
            String text = t.text(row, MEASURE);
            if (!t.blank(row, MEASURE_ID)) {
                changes |= existingMeasure(row, found);
            } else if (!text.isEmpty()) {
                changes |= newMeasure(row, text, found);
            }
            if (!changes && found.isEmpty()) {
                unchanged++;
            }
        }

        /** Sets the row's problem; true when the row adds one. */
        private boolean problemOf(SheetRow row, List<RowProblem> found) {
            String seen = t.text(row, SEEN);
            if (!t.blank(row, PROBLEM_ID)) {
                Long id = number(t.text(row, PROBLEM_ID));
                if (id == null || !problems.containsKey(id)) {
                    found.add(t.problem(row, PROBLEM_ID, messages.get("problems.import.unknownProblem",
                            t.text(row, PROBLEM_ID))));
                    currentBad = true;
                    return false;
                }
                currentId = id;
                currentKey = null;
                currentSeen = problems.get(id).seen();
                currentBad = false;
                return false;
            }
            if (seen.isEmpty() || (currentKey != null && seen.equals(currentSeen))) {
                if (currentBad) {
                    found.add(t.problem(row, SEEN, messages.get("problems.import.problemRowBad")));
                } else if (currentId == null && currentKey == null) {
                    found.add(t.problem(row, SEEN, messages.get("problems.import.noProblem")));
                }
                return false;
            }
            LocalDate deadline = deadline(row, PROBLEM_DEADLINE, found);
            currentBad = !found.isEmpty();
            if (currentBad) {
                return false;
            }
            currentId = null;
            currentKey = ++keys;
            currentSeen = seen;
            Problem draft = new Problem(0, ProblemSource.MANUAL, null, null, null, null, null, t.text(row, LINE), seen,
                    t.text(row, REQUIREMENT), deadline, t.text(row, RESPONSIBLE), null, null);
            steps.add(new Step(row.rowNumber(), draft, currentKey, null, null, null, null, null,
                    messages.get("problems.import.lineProblem", row.rowNumber(), ProblemService.shortly(seen))));
            return true;
        }

        private boolean newMeasure(SheetRow row, String text, List<RowProblem> found) {
            PersonMatcher.Match owner = null;
            if (t.blank(row, NAME) && t.blank(row, ID_NUMBER) && t.blank(row, EMPLOYEE_NUMBER)) {
                found.add(t.problem(row, NAME, messages.get("problems.error.noOwner", ProblemService.shortly(text))));
            } else {
                owner = person(t, row, people, ID_NUMBER, EMPLOYEE_NUMBER, NAME, found);
                Employee e = owner.found() ? employees.get(owner.person().id()) : null;
                if (e != null && e.status() == EmployeeStatus.LEFT) {
                    found.add(t.problem(row, NAME, messages.get("problems.error.ownerLeft", e.name(),
                            e.employeeNumber() == null ? "" : e.employeeNumber())));
                }
            }
            LocalDate deadline = deadline(row, DEADLINE, found);
            if (deadline == null && t.blank(row, DEADLINE)) {
                found.add(t.problem(row, DEADLINE, messages.get("problems.error.noDeadline",
                        ProblemService.shortly(text))));
            }
            MeasureStatus status = status(row, found);
            if (status != null && status.ordinal() > MeasureStatus.IN_PROGRESS.ordinal()) {
                found.add(t.problem(row, STATUS, messages.get("problems.import.newMeasureStatus",
                        messages.of(status))));
            }
            if (!found.isEmpty()) {
                return false;
            }
            MeasureDraft draft = new MeasureDraft(text, owner.person().id(), deadline);
            steps.add(new Step(row.rowNumber(), null, 0, currentId, currentKey, draft,
                    status == null ? MeasureStatus.OPEN : status, null, messages.get("problems.import.lineMeasure",
                    row.rowNumber(), ProblemService.shortly(text), owner.person().name(), deadline.toString())));
            return true;
        }

        private boolean existingMeasure(SheetRow row, List<RowProblem> found) {
            Long id = number(t.text(row, MEASURE_ID));
            Measure m = id == null ? null : measures.get(id);
            if (m == null || currentId == null || m.problemId() != currentId) {
                found.add(t.problem(row, MEASURE_ID, messages.get("problems.import.unknownMeasure",
                        t.text(row, MEASURE_ID))));
                return false;
            }
            String text = t.text(row, MEASURE);
            LocalDate deadline = deadline(row, DEADLINE, found);
            String owner = t.text(row, NAME);
            if ((!text.isEmpty() && !text.equals(m.text())) || (deadline != null && !deadline.equals(m.deadline()))
                    || (!owner.isEmpty() && !owner.equals(m.current().ownerName()))) {
                found.add(t.problem(row, MEASURE, messages.get("problems.import.corrected", String.valueOf(m.id()))));
            }
            MeasureStatus status = status(row, found);
            if (!found.isEmpty() || status == null || status == m.status()) {
                return false;
            }
            if (m.isFinal()) {
                found.add(t.problem(row, STATUS, messages.get("problems.error.verified", String.valueOf(m.id()))));
            } else if (status == MeasureStatus.VERIFIED && m.status() != MeasureStatus.DONE) {
                found.add(t.problem(row, STATUS, messages.get("problems.error.notDone", String.valueOf(m.id()),
                        messages.of(m.status()))));
            } else if (status == MeasureStatus.DONE && !m.hasEvidence()) {
                found.add(t.problem(row, STATUS, messages.get("problems.error.noEvidence", String.valueOf(m.id()))));
            } else if (status.ordinal() < m.status().ordinal()) {
                found.add(t.problem(row, STATUS, messages.get("problems.import.statusBack", String.valueOf(m.id()))));
            }
            if (!found.isEmpty()) {
                return false;
            }
            steps.add(new Step(row.rowNumber(), null, 0, null, null, null, status, m.id(), messages.get(
                    "problems.import.lineStatus", row.rowNumber(), String.valueOf(m.id()), messages.of(m.status()),
                    messages.of(status))));
            return true;
        }

        private LocalDate deadline(SheetRow row, LedgerColumn column, List<RowProblem> found) {
            Object cell = t.cell(row, column);
            if (CellValues.isBlank(cell)) {
                return null;
            }
            Optional<LocalDate> d = ExcelDates.parse(cell);
            if (d.isEmpty()) {
                found.add(t.problem(row, column, messages.get("problems.import.badDate", CellValues.text(cell))));
            }
            return d.orElse(null);
        }

        private MeasureStatus status(SheetRow row, List<RowProblem> found) {
            String text = t.text(row, STATUS);
            if (text.isEmpty()) {
                return null;
            }
            for (MeasureStatus s : MeasureStatus.values()) {
                if (messages.of(s).equals(text)) {
                    return s;
                }
            }
            MeasureStatus s = MeasureStatus.ofCode(text);
            if (s == null) {
                found.add(t.problem(row, STATUS, messages.get("problems.import.badStatus", text, String.join("、",
                        Arrays.stream(MeasureStatus.values()).map(messages::of).toList()))));
            }
            return s;
        }
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text.replaceAll("\\.0+$", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected LedgerImportResult write(Workspace workspace, ImportPreview<Step> p, boolean skipInvalid,
                                       Progress progress) {
        if (p.items().isEmpty()) {
            return new LedgerImportResult(0, p.invalidRows());
        }
        progress.update(0, 1, messages.get("problems.progress.saving"));
        int written = workspace.write(store -> {
            Map<Integer, Long> keys = new HashMap<>();
            for (Step s : p.items()) {
                if (s.newProblem() != null) {
                    Problem d = s.newProblem();
                    keys.put(s.key(), store.problems().insertProblem(new NewProblem(ProblemSource.MANUAL, null, null,
                            null, null, null, d.lineId(), d.seen(), d.requirement(), d.deadline(), d.responsible())));
                } else if (s.measure() != null) {
                    long problem = s.problemId() != null ? s.problemId() : keys.get(s.problemKey());
                    Measure m = service.rules().add(store, problem, s.measure());
                    if (s.status() != MeasureStatus.OPEN) {
                        service.rules().change(store, m.id(), s.status(), "", List.of(), List.of());
                    }
                } else {
                    service.rules().change(store, s.measureId(), s.status(), "", List.of(), List.of());
                }
            }
            store.audit().record("import", ProblemService.PROBLEM, null, messages.get("problems.audit.import",
                    name(p.table().file()), String.valueOf(p.items().size()), String.valueOf(p.invalidRows())));
            return p.items().size();
        });
        return new LedgerImportResult(written, p.invalidRows());
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("problems.progress.collecting"));
        LocalDate today = LocalDate.now();
        record Export(List<List<Object>> rows, String enterprise) {
        }
        Export data = workspace.read(store -> {
            List<List<Object>> rows = new ArrayList<>();
            for (ListedProblem lp : ProblemService.list(store)) {
                Problem pr = lp.problem();
                List<Object> problem = Arrays.asList(pr.id(), messages.of(pr.source()), pr.lineId(), pr.seen(),
                        pr.requirement(), pr.deadline(), pr.responsible());
                if (lp.measures().isEmpty()) {
                    List<Object> row = new ArrayList<>(problem);
                    row.addAll(Arrays.asList(null, null, null, null, null, null, null, null, null));
                    rows.add(row);
                }
                for (Measure m : lp.measures()) {
                    MeasureVersion v = m.current();
                    List<Object> row = new ArrayList<>(problem);
                    row.addAll(Arrays.asList(m.id(), v.text(), v.ownerName(), v.ownerNumber(), v.deadline(),
                            messages.of(v.status()), messages.get(m.overdue(today) ? "problems.export.overdue"
                                    : "problems.export.notOverdue"), evidence(m), history(m)));
                    rows.add(row);
                }
            }
            return new Export(rows, store.enterprise().get().name());
        });
        progress.checkCancelled();
        progress.update(1, 2, messages.get("problems.progress.writing", name(target)));
        int written = writeSheet(target, messages.get("problems.ledger.sheet"),
                messages.get("problems.ledger.sheetTitle", data.enterprise()), EXPORTED, data.rows());
        progress.update(2, 2, messages.get("problems.progress.written", name(target)));
        return written;
    }

    /** "2026-11-05 11月安全例会纪要；整改照片.jpg" */
    private static String evidence(Measure m) {
        List<String> parts = new ArrayList<>();
        m.records().forEach(r -> parts.add(r.date() + " " + r.title()));
        m.attachments().forEach(a -> parts.add(a.fileName()));
        return String.join("；", parts);
    }

    /** Every version after the first: "2026-12-07 10:15 改为“已完成”（张三）：…", one per line. */
    private String history(Measure m) {
        List<String> lines = new ArrayList<>();
        for (MeasureVersion v : m.history().subList(1, m.history().size())) {
            lines.add(messages.get("problems.export.history." + v.change().name(),
                    RecordTime.local(v.recordedAt()), messages.of(v.status()), v.recordedBy())
                    + (v.note().isEmpty() ? "" : messages.get("problems.export.history.note", v.note())));
        }
        return String.join("\n", lines);
    }
}
