package org.nineones.service.training;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nineones.excel.CellValues;
import org.nineones.excel.LedgerColumn;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.model.training.Attendance;
import org.nineones.model.training.AttendanceEntry;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.Progress;
import org.nineones.service.ledger.ImportPreview;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerTable;
import org.nineones.service.ledger.PersonMatcher;
import org.nineones.service.ledger.SheetLedger;
import org.nineones.store.TrainingRepository;
import org.nineones.store.Workspace;

/**
 * 培训签到, key {@code attendance}: the sign-in sheet, one row per person at a session. The session is found by its
 * number (场次编号), else by date and topic; the person by {@link PersonMatcher}. Hours credited default to the session's hours. Every bad row gets its own message and nothing is
 * written: a person not in the roster, hours negative or absurd (more than the session's, or more than 24 on one day),
 * a score above the maximum (100, or the session's exam's maximum), a date in the future, a duplicate sign-in (in the
 * sheet or already recorded), an unknown session. 50,000 rows are checked against maps and written in one batch.
 */
public final class AttendanceLedger extends SheetLedger<AttendanceLedger.Row> {

    public static final String KEY = "attendance";
    static final String TITLE = "training.ledger.attendance";

    static final LedgerColumn NAME = LedgerColumn.of("name", 10, "姓名", "name");
    static final LedgerColumn ID_NUMBER = LedgerColumn.of("idNumber", 22, "身份证号", "身份证号码", "身份证",
            "公民身份号码", "id number");
    static final LedgerColumn EMPLOYEE_NUMBER = LedgerColumn.of("employeeNumber", 12, "工号", "员工编号", "职工编号",
            "employee number");
    static final LedgerColumn SCORE = LedgerColumn.of("score", 8, "成绩", "考试成绩", "考核成绩", "得分", "分数", "score");
    static final LedgerColumn PASSED = LedgerColumn.of("passed", 10, "是否合格", "合格", "考核结果", "结果", "passed");
    /** The sign-in sheet's columns, in the order the export writes them. */
    static final List<LedgerColumn> COLUMNS = List.of(TrainingLedger.SESSION_ID, TrainingLedger.DATE,
            TrainingLedger.TOPIC, NAME, ID_NUMBER, EMPLOYEE_NUMBER, TrainingLedger.HOURS, SCORE, PASSED);

    private final Clock clock;

    public AttendanceLedger(Messages messages, Clock clock) {
        super(messages, KEY, TITLE, COLUMNS, TrainingLedger.MAX_DATA_ROWS, TrainingLedger.HEADERS);
        this.clock = clock;
    }

    public AttendanceLedger(Messages messages) {
        this(messages, Clock.systemDefaultZone());
    }

    /** A row that would be written: a new sign-in, or a withdrawn one signed in again ({@code againOf}). */
    record Row(AttendanceEntry entry, Attendance againOf, String name, TrainingSession session) {
    }

    /** What the checks need to know of the workspace, read once. */
    private record Lookup(PersonMatcher people, Map<Long, TrainingSession> sessions,
                          Map<String, List<TrainingSession>> byDayTopic, Map<Long, Attendance> heads,
                          Map<Long, Double> dayHours, Map<Long, Double> maxScores) {
    }

    @Override
    public ImportPreview<AttendanceLedger.Row> preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        LedgerTable t = read(file, progress);
        require(file, t, t.has(TrainingLedger.SESSION_ID) ? List.of() : List.of(TrainingLedger.DATE,
                TrainingLedger.TOPIC), List.of(List.of(NAME, ID_NUMBER, EMPLOYEE_NUMBER)));
        Lookup lookup = workspace.read(store -> {
            Map<Long, TrainingSession> sessions = new HashMap<>();
            Map<String, List<TrainingSession>> byDayTopic = new HashMap<>();
            for (TrainingSession s : store.training().sessions()) {
                sessions.put(s.id(), s);
                byDayTopic.computeIfAbsent(TrainingLedger.sessionKey(s.heldOn(), s.topic()), k -> new ArrayList<>())
                        .add(s);
            }
            return new Lookup(PersonMatcher.of(messages, store.training().trainees(),
                    e -> new PersonMatcher.Person(e.id(), e.name(), e.idNumber(), e.employeeNumber())), sessions,
                    byDayTopic, store.training().allHeads(), store.training().hoursByEmployeeAndDay(),
                    store.training().examMaxScores());
        });
        ImportPreview<Row> preview = check(t, lookup, LocalDate.now(clock), progress);
        progress.update(2, 2, messages.get("training.progress.checked", preview.rows(), preview.invalidRows()));
        return preview;
    }

    private ImportPreview<Row> check(LedgerTable t, Lookup lookup, LocalDate today, Progress progress) {
        List<RowProblem> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        Map<Long, Double> dayHours = new HashMap<>(lookup.dayHours());
        int done = 0;
        for (SheetRow row : t.table().rows()) {
            if (++done % 5000 == 0) {
                progress.checkCancelled();
            }
            int n = row.rowNumber();
            List<RowProblem> problems = new ArrayList<>();
            TrainingSession session = session(t, row, lookup, today, problems);
            PersonMatcher.Person person = person(t, row, lookup.people(), ID_NUMBER, EMPLOYEE_NUMBER, NAME, problems)
                    .person();
            double hours = session == null ? 0 : session.hours();
            Optional<Double> h = number(t.cell(row, TrainingLedger.HOURS));
            if (h.isPresent()) {
                hours = h.get();
                String problem = Double.isNaN(hours) ? messages.get("training.row.badNumber",
                        t.text(row, TrainingLedger.HOURS))
                        : hours < 0 ? messages.get("training.error.negativeHours", TrainingService.hours(hours))
                        : session != null && hours > session.hours() + 1e-9
                        ? messages.get("training.error.moreThanSession", TrainingService.hours(hours),
                        TrainingService.hours(session.hours()))
                        // without its session the row is refused anyway; still name hours no day can hold
                        : session == null && hours > TrainingService.MAX_HOURS_A_DAY
                        ? messages.get("training.error.absurdHours", TrainingService.hours(hours)) : null;
                if (problem != null) {
                    problems.add(t.problem(n, TrainingLedger.HOURS, problem));
                }
            }
            Double score = null;
            Optional<Double> sc = number(t.cell(row, SCORE));
            if (sc.isPresent()) {
                double max = session == null ? TrainingService.DEFAULT_MAX_SCORE
                        : lookup.maxScores().getOrDefault(session.id(), TrainingService.DEFAULT_MAX_SCORE);
                if (Double.isNaN(sc.get())) {
                    problems.add(t.problem(n, SCORE, messages.get("training.row.badNumber", t.text(row, SCORE))));
                } else if (sc.get() < 0 || sc.get() > max) {
                    problems.add(t.problem(n, SCORE, messages.get("training.error.score",
                            TrainingService.hours(sc.get()), TrainingService.hours(max))));
                } else {
                    score = sc.get();
                }
            }
            Optional<Boolean> pass = passed(t.cell(row, PASSED));
            if (pass == null) {
                problems.add(t.problem(n, PASSED, messages.get("training.row.badPassed", t.text(row, PASSED))));
            }
            Attendance again = null;
            if (problems.isEmpty()) {
                long key = TrainingRepository.key(session.id(), person.id());
                Integer first = seen.putIfAbsent(key, n);
                Attendance head = lookup.heads().get(key);
                LedgerColumn personColumn = t.personColumn(PersonMatcher.Field.NAME, ID_NUMBER, EMPLOYEE_NUMBER, NAME);
                if (first != null) {
                    problems.add(t.problem(n, personColumn, messages.get("training.row.duplicateInSheet",
                            person.name(), first)));
                } else if (head != null && !head.voided()) {
                    problems.add(t.problem(n, personColumn, messages.get("training.row.alreadySignedIn", person.name(),
                            session.heldOn().toString(), session.topic())));
                } else {
                    again = head;
                    long dayKey = TrainingRepository.key(session.heldOn().toEpochDay(), person.id());
                    double total = dayHours.getOrDefault(dayKey, 0.0) + hours;
                    // a session longer than a day (a 72-hour induction course) is dated on its first day
                    if (total > Math.max(TrainingService.MAX_HOURS_A_DAY, session.hours()) + 1e-9) {
                        problems.add(t.problem(n, TrainingLedger.HOURS, messages.get("training.row.dayHours",
                                person.name(), session.heldOn().toString(), TrainingService.hours(total))));
                    } else {
                        dayHours.put(dayKey, total);
                    }
                }
            }
            if (!problems.isEmpty()) {
                errors.addAll(problems);
                continue;
            }
            rows.add(new Row(new AttendanceEntry(session.id(), person.id(), hours, score, pass.orElse(null)), again,
                    person.name(), session));
        }
        errors.sort(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::columnIndex));
        return new ImportPreview<Row>(KEY, t.table(), errors, rows, r -> messages.get(
                "training.willWrite.attendance", r.name(), r.session().heldOn().toString(), r.session().topic(),
                TrainingService.hours(r.entry().hours())), 0);
    }

    private TrainingSession session(LedgerTable t, SheetRow row, Lookup lookup, LocalDate today,
                                    List<RowProblem> problems) {
        int n = row.rowNumber();
        int before = problems.size();
        LocalDate day = date(t, row, TrainingLedger.DATE, today, "training.row.badDate", problems).orElse(null);
        if (problems.size() > before) {
            return null;
        }
        String topic = CellValues.text(t.cell(row, TrainingLedger.TOPIC));
        String idText = CellValues.text(t.cell(row, TrainingLedger.SESSION_ID));
        if (!idText.isEmpty()) {
            TrainingSession s = null;
            try {
                s = lookup.sessions().get(Long.parseLong(idText.startsWith("#") ? idText.substring(1) : idText));
            } catch (NumberFormatException e) {
                // not a number: unknown below
            }
            if (s == null) {
                problems.add(t.problem(n, TrainingLedger.SESSION_ID, messages.get("training.row.unknownSessionId",
                        idText)));
                return null;
            }
            if ((day != null && !day.equals(s.heldOn()))
                    || (!topic.isEmpty() && !TextNormaliser.strip(topic).equals(TextNormaliser.strip(s.topic())))) {
                problems.add(t.problem(n, TrainingLedger.SESSION_ID, messages.get("training.row.sessionMismatch",
                        idText, s.heldOn().toString(), s.topic())));
                return null;
            }
            return s;
        }
        if (day == null || topic.isEmpty()) {
            problems.add(t.problem(n, day == null ? TrainingLedger.DATE : TrainingLedger.TOPIC,
                    messages.get("training.row.noSession")));
            return null;
        }
        List<TrainingSession> found = lookup.byDayTopic().getOrDefault(TrainingLedger.sessionKey(day, topic),
                List.of());
        if (found.size() != 1) {
            problems.add(t.problem(n, TrainingLedger.TOPIC, found.isEmpty()
                    ? messages.get("training.row.unknownSession", day.toString(), topic)
                    : messages.get("training.row.ambiguousSession", day.toString(), topic)));
            return null;
        }
        return found.get(0);
    }

    /** 合格/是/通过/√/TRUE/1 → true, 不合格/否/未通过/×/FALSE/0 → false; empty when blank; null when unreadable. */
    static Optional<Boolean> passed(Object cell) {
        if (CellValues.isBlank(cell)) {
            return Optional.empty();
        }
        if (cell instanceof Boolean b) {
            return Optional.of(b);
        }
        return switch (CellValues.text(cell).toLowerCase(Locale.ROOT)) {
            case "合格", "是", "通过", "√", "✓", "true", "1", "yes", "y", "pass", "passed" -> Optional.of(true);
            case "不合格", "否", "未通过", "×", "✗", "false", "0", "no", "n", "fail", "failed" -> Optional.of(false);
            default -> null;
        };
    }

    @Override
    protected LedgerImportResult write(Workspace workspace, ImportPreview<AttendanceLedger.Row> p, boolean skipInvalid,
                                       Progress progress) {
        progress.update(0, 1, messages.get("training.progress.saving", p.items().size()));
        int written = workspace.write(store -> {
            Map<Long, Attendance> heads = store.training().allHeads();
            List<AttendanceEntry> fresh = new ArrayList<>(p.items().size());
            int again = 0;
            for (Row row : p.items()) {
                AttendanceEntry e = row.entry();
                Attendance head = heads.get(TrainingRepository.key(e.sessionId(), e.employeeId()));
                if (head != null && !head.voided()) {
                    // signed in meanwhile (another window): nothing is written
                    throw new IllegalStateException(messages.get("training.error.changedMeanwhile"));
                }
                if (head == null) {
                    fresh.add(e);
                } else {
                    long id = store.training().insertCorrection(head, e.hours(), e.score(), e.passed(), false,
                            messages.get("training.reason.signedInAgain"));
                    store.audit().record("correct", TrainingService.ATTENDANCE, id, "signed in again, corrects "
                            + head.id());
                    again++;
                }
            }
            store.training().insertAttendance(fresh);
            store.audit().record("import", TrainingService.ATTENDANCE, null, KEY + " " + name(p.table().file()) + ": "
                    + (fresh.size() + again) + " sign-ins");
            return fresh.size() + again;
        });
        progress.update(1, 1, messages.get("training.progress.saved", written));
        return new LedgerImportResult(written, p.invalidRows());
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("training.progress.collecting"));
        List<List<Object>> rows = workspace.read(store -> {
            Map<Long, TrainingSession> sessions = byId(store.training().sessions(), TrainingSession::id);
            Map<Long, Employee> people = byId(store.employees().all(), Employee::id);
            List<List<Object>> list = new ArrayList<>();
            for (Attendance a : store.training().inForceOf(null)) {
                TrainingSession s = sessions.get(a.sessionId());
                Employee e = people.get(a.employeeId());
                list.add(Arrays.asList(s.id(), s.heldOn().toString(), s.topic(), e.name(), e.idNumber().masked(),
                        e.employeeNumber(), a.hours(), a.score(), a.passed() == null ? null
                        : messages.get(a.passed() ? "training.passed.yes" : "training.passed.no")));
            }
            return list;
        });
        progress.update(1, 2, messages.get("training.progress.writing", name(target)));
        return writeSheet(target, messages.get(TITLE), null, COLUMNS, rows);
    }
}
