package org.nineones.service.exams;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.excel.CellValues;
import org.nineones.excel.LedgerColumn;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.RecordTime;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamResult;
import org.nineones.service.Progress;
import org.nineones.service.ledger.ImportPreview;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerTable;
import org.nineones.service.ledger.PersonMatcher;
import org.nineones.service.ledger.SheetLedger;
import org.nineones.store.ExamRepository;
import org.nineones.store.Workspace;

/**
 * {@code exams}: the exam results ledger (考试成绩台账). The export writes every result in force (exam, person with
 * the ID number masked, score, maximum, pass mark, 合格/不合格, and the corrections a result went through). The import
 * records first results: per row the exam (by its number), the person (by {@link PersonMatcher}) and the score.
 *
 * <p>Row errors: unknown exam or person; a person not on the exam's post (an exam tests a post's duties, so a
 * result for someone of another post is refused: move the person in the roster first, or make an exam for their
 * post); a score missing, not a number, negative or above the exam's maximum; the exam's date still to come; the
 * same person twice for an exam in the sheet; a result already recorded (mend it with a correction in the app).
 */
public final class ExamResultsLedger extends SheetLedger<ExamResultsLedger.Planned> {

    static final int MAX_DATA_ROWS = 100_000;

    static final LedgerColumn EXAM_ID = LedgerColumn.of("exam_id", 12, "考试编号", "考试ID", "试卷编号", "examId");
    static final LedgerColumn TITLE = LedgerColumn.of("title", 28, "考试名称", "考试标题", "试卷名称");
    static final LedgerColumn POST = LedgerColumn.of("post", 12, "岗位", "考试岗位", "岗位名称");
    static final LedgerColumn HELD_ON = LedgerColumn.of("held_on", 12, "考试日期", "日期");
    static final LedgerColumn NAME = LedgerColumn.of("name", 12, "姓名", "员工姓名", "职工姓名", "人员姓名");
    static final LedgerColumn ID_NUMBER = LedgerColumn.of("id_number", 12, "身份证号", "身份证号码", "公民身份号码",
            "证件号码");
    static final LedgerColumn EMPLOYEE_NUMBER = LedgerColumn.of("employee_number", 12, "工号", "员工编号", "职工编号");
    static final LedgerColumn SCORE = LedgerColumn.of("score", 12, "成绩", "得分", "分数", "考试成绩");
    static final LedgerColumn MAX_SCORE = LedgerColumn.of("max_score", 12, "满分", "总分");
    static final LedgerColumn PASS_MARK = LedgerColumn.of("pass_mark", 12, "及格分", "及格线", "合格分");
    static final LedgerColumn PASSED = LedgerColumn.of("passed", 12, "是否合格", "合格", "结果");
    static final LedgerColumn NOTE = LedgerColumn.of("note", 28, "更正说明", "备注", "说明");
    static final List<LedgerColumn> COLUMNS = List.of(EXAM_ID, TITLE, POST, HELD_ON, NAME, ID_NUMBER, EMPLOYEE_NUMBER,
            SCORE, MAX_SCORE, PASS_MARK, PASSED, NOTE);

    private final ExamService exams;

    public ExamResultsLedger(Messages messages, ExamService exams) {
        super(messages, "exams", "exams.ledger.title", COLUMNS, MAX_DATA_ROWS, null);
        this.exams = exams;
    }

    /** One result a row without errors would record. */
    record Planned(int row, long examId, long employeeId, double score) {
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 1, messages.get("exams.ledger.exporting"));
        List<List<Object>> rows = workspace.read(store -> {
            Map<Long, Exam> examsById = byId(store.exams().allExams(), Exam::id);
            Map<Long, Post> posts = byId(store.posts().all(), Post::id);
            Map<Long, Employee> people = byId(store.employees().all(), Employee::id);
            List<ExamResult> all = store.exams().allResultRows();
            Map<Long, ExamResult> results = byId(all, ExamResult::id);
            List<List<Object>> out = new ArrayList<>();
            for (ExamResult r : ExamRepository.inForce(all)) {
                Exam exam = examsById.get(r.examId());
                Employee e = people.get(r.employeeId());
                Post post = posts.get(exam.postId());
                out.add(Arrays.asList(exam.id(), exam.title(), post == null ? "" : post.name(), exam.heldOn(), e.name(),
                        e.idNumber() == null ? "" : e.idNumber().masked(),
                        e.employeeNumber() == null ? "" : e.employeeNumber(), r.score(), exam.maxScore(),
                        exam.passMark(), messages.get(r.passed() ? "exams.passed" : "exams.failed"),
                        corrections(r, results)));
            }
            return out;
        });
        progress.checkCancelled();
        return writeSheet(target, messages.get("exams.ledger.sheet"), null, COLUMNS, rows);
    }

    /** The corrections a result in force went through, newest first: "更正：原 80 分（原因）". */
    private String corrections(ExamResult r, Map<Long, ExamResult> byId) {
        List<String> notes = new ArrayList<>();
        ExamResult current = r;
        while (current.correctsId() != null) {
            ExamResult before = byId.get(current.correctsId());
            notes.add(before.voided()
                    ? messages.get("exams.ledger.correctionNoteVoided", current.correctionReason(),
                    RecordTime.local(current.recordedAt()))
                    : messages.get("exams.ledger.correctionNote", ExamService.fmt(before.score()),
                    current.correctionReason(), RecordTime.local(current.recordedAt())));
            current = before;
        }
        return String.join("；", notes);
    }

    @Override
    public ImportPreview<ExamResultsLedger.Planned> preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        LedgerTable t = read(file, progress);
        require(file, t, List.of(EXAM_ID, SCORE), List.of(List.of(NAME, ID_NUMBER, EMPLOYEE_NUMBER)));
        return workspace.read(store -> {
            Map<Long, Exam> examsById = byId(store.exams().allExams(), Exam::id);
            Map<Long, Employee> people = byId(store.employees().all(), Employee::id);
            PersonMatcher matcher = PersonMatcher.of(messages, people.values());
            Map<Long, Set<Long>> recorded = new HashMap<>();
            for (ExamResult r : store.exams().allResultRows()) {
                recorded.computeIfAbsent(r.examId(), k -> new HashSet<>()).add(r.employeeId());
            }
            Map<String, Integer> seen = new HashMap<>();
            List<RowProblem> errors = new ArrayList<>();
            List<Planned> planned = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            LedgerColumn personColumn = t.personColumn(PersonMatcher.Field.ID_NUMBER, ID_NUMBER, EMPLOYEE_NUMBER,
                    NAME);
            for (SheetRow row : t.table().rows()) {
                int n = row.rowNumber();
                List<RowProblem> problems = new ArrayList<>();
                Exam exam = null;
                String examText = t.text(row, EXAM_ID);
                Long examId = examText.matches("\\d{1,9}") ? Long.valueOf(examText) : null;
                if (examText.isEmpty()) {
                    problems.add(t.problem(n, EXAM_ID, messages.get("exams.ledger.noExamId")));
                } else if (examId == null || !examsById.containsKey(examId)) {
                    problems.add(t.problem(n, EXAM_ID, messages.get("exams.ledger.unknownExam", examText)));
                } else {
                    exam = examsById.get(examId);
                    if (exam.heldOn().isAfter(exams.today())) {
                        problems.add(t.problem(n, EXAM_ID, messages.get("exams.error.examInFuture",
                                exam.heldOn().toString())));
                    }
                }
                PersonMatcher.Match match = person(t, row, matcher, ID_NUMBER, EMPLOYEE_NUMBER, NAME, problems);
                Employee e = match.found() ? people.get(match.person().id()) : null;
                if (exam != null && e != null) {
                    if (e.postId() == null || e.postId() != exam.postId()) {
                        problems.add(t.problem(n, personColumn, messages.get("exams.error.notOnPost", e.name())));
                    } else if (recorded.getOrDefault(exam.id(), Set.of()).contains(e.id())) {
                        problems.add(t.problem(n, personColumn, messages.get("exams.error.alreadyRecorded",
                                e.name())));
                    }
                    Integer first = seen.putIfAbsent(exam.id() + "/" + e.id(), n);
                    if (first != null) {
                        problems.add(t.problem(n, personColumn, messages.get("exams.ledger.duplicate", e.name(),
                                first)));
                    }
                }
                Double score = score(t, row, exam, problems);
                errors.addAll(problems);
                if (problems.isEmpty() && exam != null && e != null && score != null) {
                    planned.add(new Planned(n, exam.id(), e.id(), score));
                    lines.add(messages.get("exams.ledger.willWrite", n, e.name(), exam.title(), ExamService.fmt(score),
                            messages.get(score + 1e-9 >= exam.passMark() ? "exams.passed" : "exams.failed")));
                }
            }
            return new ImportPreview<>(key(), t.table(), errors, planned, lines, 0);
        });
    }

    private Double score(LedgerTable t, SheetRow row, Exam exam, List<RowProblem> problems) {
        Object cell = t.cell(row, SCORE);
        if (CellValues.isBlank(cell)) {
            problems.add(t.problem(row, SCORE, messages.get("exams.error.scoreMissing")));
            return null;
        }
        Double score = cell instanceof Double d ? d : ExamService.parseScore(CellValues.text(cell));
        if (score == null) {
            problems.add(t.problem(row, SCORE, messages.get("exams.error.scoreNotNumber", CellValues.text(cell))));
        } else if (exam != null) {
            Optional<String> problem = exams.scoreProblem(exam, score);
            problem.ifPresent(text -> problems.add(t.problem(row, SCORE, text)));
        }
        return score;
    }

    @Override
    protected LedgerImportResult write(Workspace workspace, ImportPreview<ExamResultsLedger.Planned> p, boolean skipInvalid,
                                       Progress progress) {
        int written = workspace.write(store -> {
            int count = 0;
            for (Planned planned : p.items()) {
                Exam exam = store.exams().exam(planned.examId()).orElseThrow();
                Employee e = store.employees().find(planned.employeeId()).orElseThrow();
                ExamService.insert(store, exam, e, planned.score(), false, null, null);
                count++;
                if (count % 500 == 0) {
                    progress.update(count, p.items().size(), messages.get("exams.ledger.writing"));
                }
            }
            store.audit().record("exams.import", "exam_result", null,
                    messages.get("exams.audit.imported", count, p.table().file().getFileName()));
            return count;
        });
        return new LedgerImportResult(written, p.invalidRows());
    }

    /** Today, as the exam service sees it (for tests with a fixed clock). */
    LocalDate today() {
        return exams.today();
    }
}
