package org.nineones.service.exams;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.RecordTime;
import org.nineones.excel.CellValues;
import org.nineones.excel.ErrorReportWriter;
import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.SheetRow;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.TableReader;
import org.nineones.excel.content.RowProblem;
import org.nineones.excel.exams.ExamResultField;
import org.nineones.excel.exams.ExamResultsWriter;
import org.nineones.model.Employee;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamResult;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.store.ExamRepository;
import org.nineones.store.Workspace;

/**
 * {@code exams}: the exam results ledger (考试成绩台账). The export writes every result in force (exam, person with
 * the ID number masked, score, maximum, pass mark, 合格/不合格, and the corrections a result went through). The import
 * records first results: per row the exam (by its number), the person (by ID number, else employee number, else a
 * masked ID number or a name that is unique) and the score.
 *
 * <p>Row errors: unknown exam or person; a person not on the exam's post (an exam tests a post's duties, so a
 * result for someone of another post is refused: move the person in the roster first, or make an exam for their
 * post); a score missing, not a number, negative or above the exam's maximum; the exam's date still to come; the
 * same person twice for an exam in the sheet; a result already recorded (mend it with a correction in the app).
 */
public final class ExamResultsLedger implements Ledger {

    static final int MAX_DATA_ROWS = 100_000;

    private final Messages messages;
    private final ExamService exams;

    public ExamResultsLedger(Messages messages, ExamService exams) {
        this.messages = messages;
        this.exams = exams;
    }

    @Override
    public String key() {
        return "exams";
    }

    @Override
    public String titleKey() {
        return "exams.ledger.title";
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 1, messages.get("exams.ledger.exporting"));
        List<List<Object>> rows = workspace.read(store -> {
            Map<Long, Exam> examsById = new HashMap<>();
            store.exams().allExams().forEach(e -> examsById.put(e.id(), e));
            Map<Long, Post> posts = new HashMap<>();
            store.posts().all().forEach(p -> posts.put(p.id(), p));
            Map<Long, Employee> people = new HashMap<>();
            store.employees().all().forEach(e -> people.put(e.id(), e));
            List<ExamResult> all = store.exams().allResultRows();
            Map<Long, ExamResult> byId = new HashMap<>();
            all.forEach(r -> byId.put(r.id(), r));
            List<List<Object>> out = new ArrayList<>();
            for (ExamResult r : ExamRepository.inForce(all)) {
                Exam exam = examsById.get(r.examId());
                Employee e = people.get(r.employeeId());
                Post post = posts.get(exam.postId());
                List<Object> row = new ArrayList<>();
                row.add(exam.id());
                row.add(exam.title());
                row.add(post == null ? "" : post.name());
                row.add(exam.heldOn());
                row.add(e.name());
                row.add(e.idNumber() == null ? "" : e.idNumber().masked());
                row.add(e.employeeNumber() == null ? "" : e.employeeNumber());
                row.add(r.score());
                row.add(exam.maxScore());
                row.add(exam.passMark());
                row.add(messages.get(r.passed() ? "exams.passed" : "exams.failed"));
                row.add(corrections(r, byId));
                out.add(row);
            }
            return out;
        });
        progress.checkCancelled();
        try {
            new ExamResultsWriter().write(target, messages.get("exams.ledger.sheet"), rows);
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("exams.ledger.cannotWrite", target), e);
        }
        return rows.size();
    }

    /** The corrections a result in force went through, newest first: "更正：原 80 分（原因）". */
    private String corrections(ExamResult r, Map<Long, ExamResult> byId) {
        List<String> notes = new ArrayList<>();
        ExamResult current = r;
        while (current.correctsId() != null) {
            ExamResult before = byId.get(current.correctsId());
            notes.add(before.voided()
                    ? messages.get("exams.ledger.correctionNoteVoided", current.correctionReason(), RecordTime.local(current.recordedAt()))
                    : messages.get("exams.ledger.correctionNote", ExamService.fmt(before.score()),
                    current.correctionReason(), RecordTime.local(current.recordedAt())));
            current = before;
        }
        return String.join("；", notes);
    }

    @Override
    public LedgerPreview preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        HeaderTable table;
        try {
            table = new TableReader(new SpreadsheetReader(), MAX_DATA_ROWS)
                    .read(file, null, List.of(ExamResultField.values()), progress::isCancelled);
        } catch (SpreadsheetException e) {
            if (e.reason() == SpreadsheetException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            throw new LedgerException(LedgerException.Reason.UNREADABLE,
                    messages.get("exams.ledger.file." + e.reason().name(), name, MAX_DATA_ROWS), e);
        }
        List<ExamResultField> columns = HeaderField.mapColumns(table.headers(), List.of(ExamResultField.values()),
                ExamResultField.IGNORE);
        int examColumn = columns.indexOf(ExamResultField.EXAM_ID);
        int scoreColumn = columns.indexOf(ExamResultField.SCORE);
        int idColumn = columns.indexOf(ExamResultField.ID_NUMBER);
        int numberColumn = columns.indexOf(ExamResultField.EMPLOYEE_NUMBER);
        int nameColumn = columns.indexOf(ExamResultField.NAME);
        if (examColumn < 0 || scoreColumn < 0 || (idColumn < 0 && numberColumn < 0 && nameColumn < 0)) {
            throw new LedgerException(LedgerException.Reason.MISSING_COLUMN, messages.get("exams.ledger.missingColumn"));
        }
        progress.update(0, table.rows().size(), messages.get("exams.ledger.checking"));
        return workspace.read(store -> {
            Map<Long, Exam> examsById = new HashMap<>();
            store.exams().allExams().forEach(e -> examsById.put(e.id(), e));
            List<Employee> people = store.employees().all();
            People index = new People(people);
            Map<Long, java.util.Set<Long>> recorded = new HashMap<>();
            for (ExamResult r : store.exams().allResultRows()) {
                recorded.computeIfAbsent(r.examId(), k -> new java.util.HashSet<>()).add(r.employeeId());
            }
            Map<String, Integer> seen = new HashMap<>();
            List<RowProblem> errors = new ArrayList<>();
            List<ExamLedgerPreview.Planned> planned = new ArrayList<>();
            String examHeader = table.headers().get(examColumn);
            String scoreHeader = table.headers().get(scoreColumn);
            for (SheetRow row : table.rows()) {
                int n = row.rowNumber();
                int before = errors.size();
                Exam exam = null;
                String examText = CellValues.text(row.cell(examColumn));
                Long examId = examText.matches("\\d{1,9}") ? Long.valueOf(examText) : null;
                if (examText.isEmpty()) {
                    errors.add(new RowProblem(n, examHeader, examColumn, messages.get("exams.ledger.noExamId")));
                } else if (examId == null || !examsById.containsKey(examId)) {
                    errors.add(new RowProblem(n, examHeader, examColumn, messages.get("exams.ledger.unknownExam", examText)));
                } else {
                    exam = examsById.get(examId);
                    if (exam.heldOn().isAfter(exams.today())) {
                        errors.add(new RowProblem(n, examHeader, examColumn,
                                messages.get("exams.error.examInFuture", exam.heldOn().toString())));
                    }
                }
                Lookup person = index.find(text(row, idColumn), text(row, numberColumn), text(row, nameColumn));
                int personColumn = idColumn >= 0 ? idColumn : numberColumn >= 0 ? numberColumn : nameColumn;
                String personHeader = table.headers().get(personColumn);
                if (person.problem() != null) {
                    errors.add(new RowProblem(n, personHeader, personColumn, messages.get(person.problem(), person.what())));
                }
                Employee e = person.employee();
                if (exam != null && e != null) {
                    if (e.postId() == null || e.postId() != exam.postId()) {
                        errors.add(new RowProblem(n, personHeader, personColumn,
                                messages.get("exams.error.notOnPost", e.name())));
                    } else if (recorded.getOrDefault(exam.id(), java.util.Set.of()).contains(e.id())) {
                        errors.add(new RowProblem(n, personHeader, personColumn,
                                messages.get("exams.error.alreadyRecorded", e.name())));
                    }
                    Integer first = seen.putIfAbsent(exam.id() + "/" + e.id(), n);
                    if (first != null) {
                        errors.add(new RowProblem(n, personHeader, personColumn,
                                messages.get("exams.ledger.duplicate", e.name(), first)));
                    }
                }
                Double score = null;
                Object scoreCell = row.cell(scoreColumn);
                if (CellValues.isBlank(scoreCell)) {
                    errors.add(new RowProblem(n, scoreHeader, scoreColumn, messages.get("exams.error.scoreMissing")));
                } else {
                    score = scoreCell instanceof Double d ? d : ExamService.parseScore(CellValues.text(scoreCell));
                    if (score == null) {
                        errors.add(new RowProblem(n, scoreHeader, scoreColumn,
                                messages.get("exams.error.scoreNotNumber", CellValues.text(scoreCell))));
                    } else if (exam != null) {
                        Optional<String> problem = exams.scoreProblem(exam, score);
                        if (problem.isPresent()) {
                            errors.add(new RowProblem(n, scoreHeader, scoreColumn, problem.get()));
                        }
                    }
                }
                if (errors.size() == before && exam != null && e != null && score != null) {
                    planned.add(new ExamLedgerPreview.Planned(n, exam.id(), e.id(), score,
                            messages.get("exams.ledger.willWrite", n, e.name(), exam.title(), ExamService.fmt(score),
                                    messages.get(score + 1e-9 >= exam.passMark() ? "exams.passed" : "exams.failed"))));
                }
            }
            return new ExamLedgerPreview(table, errors, planned);
        });
    }

    private static String text(SheetRow row, int column) {
        return column < 0 ? "" : CellValues.text(row.cell(column));
    }

    /** A person found, or the bundle key of why not with what was looked for. */
    private record Lookup(Employee employee, String problem, String what) {
    }

    /** The roster indexed for matching: ID number, else employee number, else masked ID number or unique name. */
    private static final class People {
        private final Map<String, Employee> byId = new HashMap<>();
        private final Map<String, List<Employee>> byNumber = new HashMap<>();
        private final Map<String, List<Employee>> byMasked = new HashMap<>();
        private final Map<String, List<Employee>> byName = new HashMap<>();

        People(List<Employee> all) {
            for (Employee e : all) {
                if (e.idNumber() != null) {
                    byId.put(e.idNumber().value(), e);
                    byMasked.computeIfAbsent(e.idNumber().masked(), k -> new ArrayList<>()).add(e);
                }
                if (e.employeeNumber() != null && !e.employeeNumber().isBlank()) {
                    byNumber.computeIfAbsent(e.employeeNumber().strip(), k -> new ArrayList<>()).add(e);
                }
                byName.computeIfAbsent(e.name().strip(), k -> new ArrayList<>()).add(e);
            }
        }

        Lookup find(String id, String number, String name) {
            if (!id.isEmpty() && !id.contains("*")) {
                IdNumber.Check check = IdNumber.check(id);
                if (!check.valid()) {
                    return new Lookup(null, "exams.ledger.badIdNumber", id);
                }
                Employee e = byId.get(check.idNumber().value());
                return e == null ? new Lookup(null, "exams.ledger.unknownIdNumber", IdNumber.mask(id))
                        : new Lookup(e, null, null);
            }
            if (!number.isEmpty()) {
                List<Employee> found = byNumber.getOrDefault(number, List.of());
                if (found.size() == 1) {
                    return new Lookup(found.get(0), null, null);
                }
                return new Lookup(null, found.isEmpty() ? "exams.ledger.unknownNumber" : "exams.ledger.sameNumber", number);
            }
            if (!id.isEmpty()) {
                List<Employee> found = byMasked.getOrDefault(id, List.of()).stream()
                        .filter(e -> name.isEmpty() || e.name().strip().equals(name)).toList();
                if (found.size() == 1) {
                    return new Lookup(found.get(0), null, null);
                }
                return new Lookup(null, found.isEmpty() ? "exams.ledger.unknownIdNumber" : "exams.ledger.sameName", id);
            }
            if (!name.isEmpty()) {
                List<Employee> found = byName.getOrDefault(name, List.of());
                if (found.size() == 1) {
                    return new Lookup(found.get(0), null, null);
                }
                return new Lookup(null, found.isEmpty() ? "exams.ledger.unknownName" : "exams.ledger.sameName", name);
            }
            return new Lookup(null, "exams.ledger.noPerson", "");
        }
    }

    @Override
    public void writeErrorReport(LedgerPreview preview, Path report) throws LedgerException {
        ExamLedgerPreview p = (ExamLedgerPreview) preview;
        List<ErrorReportWriter.ReportRow> rows = ErrorReportWriter.rowsWithErrors(p.table().rows(), p.errors(),
                RowProblem::row, RowProblem::columnIndex, RowProblem::message,
                n -> messages.get("exams.ledger.rowPrefix", n));
        try {
            new ErrorReportWriter().write(report, messages.get("exams.ledger.reportSheet"), p.table().headers(),
                    messages.get("exams.ledger.reportMessage"), rows);
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("exams.ledger.cannotWrite", report), e);
        }
    }

    @Override
    public LedgerImportResult commit(Workspace workspace, LedgerPreview preview, boolean skipInvalid,
                                     Progress progress) throws LedgerException {
        ExamLedgerPreview p = (ExamLedgerPreview) preview;
        if (p.hasErrors() && !skipInvalid) {
            throw new LedgerException(LedgerException.Reason.INVALID_ROWS,
                    messages.get("exams.ledger.invalidRows", p.invalidRows()));
        }
        int written = workspace.write(store -> {
            int count = 0;
            for (ExamLedgerPreview.Planned planned : p.planned()) {
                Exam exam = store.exams().exam(planned.examId()).orElseThrow();
                Employee e = store.employees().find(planned.employeeId()).orElseThrow();
                ExamService.insert(store, exam, e, planned.score(), false, null, null);
                count++;
                if (count % 500 == 0) {
                    progress.update(count, p.planned().size(), messages.get("exams.ledger.writing"));
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
