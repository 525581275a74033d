package org.nineones.service.training;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.excel.CellValues;
import org.nineones.excel.ExcelDates;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.excel.training.LedgerSheetWriter;
import org.nineones.excel.training.TrainingColumn;
import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.model.training.Attendance;
import org.nineones.model.training.AttendanceEntry;
import org.nineones.model.training.Trainee;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.store.TrainingRepository;
import org.nineones.store.Workspace;

/**
 * 培训签到, key {@code attendance}: the sign-in sheet, one row per person at a session. The session is found by its
 * number (场次编号), else by date and topic; the person by ID number, else employee number, else a name that only one
 * person has. Hours credited default to the session's hours. Every bad row gets its own message and nothing is
 * written: a person not in the roster, hours negative or absurd (more than the session's, or more than 24 on one day),
 * a score above the maximum (100, or the session's exam's maximum), a date in the future, a duplicate sign-in (in the
 * sheet or already recorded), an unknown session. 50,000 rows are checked against maps and written in one batch.
 */
public final class AttendanceLedger implements Ledger {

    public static final String KEY = "attendance";
    static final String TITLE = "training.ledger.attendance";

    private final Messages messages;
    private final Clock clock;
    private final SheetSupport sheets;

    public AttendanceLedger(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.sheets = new SheetSupport(messages);
    }

    public AttendanceLedger(Messages messages) {
        this(messages, Clock.systemDefaultZone());
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return TITLE;
    }

    /** A row that would be written: a new sign-in, or a withdrawn one signed in again ({@code againOf}). */
    record Row(AttendanceEntry entry, Attendance againOf, String name, TrainingSession session) {
    }

    /** What the checks need to know of the workspace, read once. */
    private record Lookup(Map<String, Trainee> byIdNumber, Map<String, List<Trainee>> byNumber,
                          Map<String, List<Trainee>> byName, Map<Long, TrainingSession> sessions,
                          Map<String, List<TrainingSession>> byDayTopic, Map<Long, Attendance> heads,
                          Map<Long, Double> dayHours, Map<Long, Double> maxScores) {
    }

    @Override
    public LedgerPreview preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        SheetSupport.Table t = sheets.read(file, TrainingColumn.ATTENDANCE_COLUMNS, TITLE, progress);
        List<TrainingColumn> missing = new ArrayList<>();
        if (!t.has(TrainingColumn.SESSION_ID) && !(t.has(TrainingColumn.DATE) && t.has(TrainingColumn.TOPIC))) {
            missing.addAll(List.of(TrainingColumn.DATE, TrainingColumn.TOPIC));
        }
        if (!t.has(TrainingColumn.ID_NUMBER) && !t.has(TrainingColumn.EMPLOYEE_NUMBER) && !t.has(TrainingColumn.NAME)) {
            missing.add(TrainingColumn.NAME);
        }
        if (!missing.isEmpty()) {
            throw sheets.missing(file, TITLE, missing);
        }
        progress.update(1, 2, messages.get("training.progress.checking", t.table().rows().size()));
        Lookup lookup = workspace.read(store -> {
            Map<String, Trainee> byId = new HashMap<>();
            Map<String, List<Trainee>> byNumber = new HashMap<>();
            Map<String, List<Trainee>> byName = new HashMap<>();
            for (Trainee e : store.training().trainees()) {
                byId.put(e.idNumber(), e);
                if (e.employeeNumber() != null && !e.employeeNumber().isBlank()) {
                    byNumber.computeIfAbsent(TextNormaliser.strip(e.employeeNumber()), k -> new ArrayList<>()).add(e);
                }
                byName.computeIfAbsent(TextNormaliser.strip(e.name()), k -> new ArrayList<>()).add(e);
            }
            Map<Long, TrainingSession> sessions = new HashMap<>();
            Map<String, List<TrainingSession>> byDayTopic = new HashMap<>();
            for (TrainingSession s : store.training().sessions()) {
                sessions.put(s.id(), s);
                byDayTopic.computeIfAbsent(TrainingLedger.sessionKey(s.heldOn(), s.topic()), k -> new ArrayList<>())
                        .add(s);
            }
            return new Lookup(byId, byNumber, byName, sessions, byDayTopic, store.training().allHeads(),
                    store.training().hoursByEmployeeAndDay(), store.training().examMaxScores());
        });
        SheetPreview<Row> preview = check(t, lookup, LocalDate.now(clock), progress);
        progress.update(2, 2, messages.get("training.progress.checked", preview.rows(), preview.invalidRows()));
        return preview;
    }

    private SheetPreview<Row> check(SheetSupport.Table t, Lookup lookup, LocalDate today, Progress progress) {
        List<RowProblem> errors = new ArrayList<>();
        Set<Integer> invalid = new HashSet<>();
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
            Trainee person = person(t, row, lookup, problems);
            double hours = session == null ? 0 : session.hours();
            Optional<Double> h = SheetSupport.number(t.cell(row, TrainingColumn.HOURS));
            if (h.isPresent()) {
                hours = h.get();
                if (Double.isNaN(hours)) {
                    problems.add(problem(t, n, TrainingColumn.HOURS, messages.get("training.row.badNumber",
                            CellValues.text(t.cell(row, TrainingColumn.HOURS)))));
                } else if (hours < 0) {
                    problems.add(problem(t, n, TrainingColumn.HOURS, messages.get("training.error.negativeHours",
                            TrainingService.hours(hours))));
                } else if (session != null && hours > session.hours() + 1e-9) {
                    problems.add(problem(t, n, TrainingColumn.HOURS, messages.get("training.error.moreThanSession",
                            TrainingService.hours(hours), TrainingService.hours(session.hours()))));
                } else if (session == null && hours > TrainingService.MAX_HOURS_A_DAY) {
                    // without its session the row is refused anyway; still name hours no day can hold
                    problems.add(problem(t, n, TrainingColumn.HOURS, messages.get("training.error.absurdHours",
                            TrainingService.hours(hours))));
                }
            }
            Double score = null;
            Optional<Double> sc = SheetSupport.number(t.cell(row, TrainingColumn.SCORE));
            if (sc.isPresent()) {
                double max = session == null ? TrainingService.DEFAULT_MAX_SCORE
                        : lookup.maxScores().getOrDefault(session.id(), TrainingService.DEFAULT_MAX_SCORE);
                if (Double.isNaN(sc.get())) {
                    problems.add(problem(t, n, TrainingColumn.SCORE, messages.get("training.row.badNumber",
                            CellValues.text(t.cell(row, TrainingColumn.SCORE)))));
                } else if (sc.get() < 0 || sc.get() > max) {
                    problems.add(problem(t, n, TrainingColumn.SCORE, messages.get("training.error.score",
                            TrainingService.hours(sc.get()), TrainingService.hours(max))));
                } else {
                    score = sc.get();
                }
            }
            Optional<Boolean> pass = SheetSupport.passed(t.cell(row, TrainingColumn.PASSED));
            if (pass == null) {
                problems.add(problem(t, n, TrainingColumn.PASSED, messages.get("training.row.badPassed",
                        CellValues.text(t.cell(row, TrainingColumn.PASSED)))));
            }
            Attendance again = null;
            if (problems.isEmpty()) {
                long key = TrainingRepository.key(session.id(), person.id());
                Integer first = seen.putIfAbsent(key, n);
                Attendance head = lookup.heads().get(key);
                if (first != null) {
                    problems.add(personProblem(t, n, messages.get("training.row.duplicateInSheet", person.name(),
                            first)));
                } else if (head != null && !head.voided()) {
                    problems.add(personProblem(t, n, messages.get("training.row.alreadySignedIn", person.name(),
                            session.heldOn().toString(), session.topic())));
                } else {
                    again = head;
                    long dayKey = TrainingRepository.key(session.heldOn().toEpochDay(), person.id());
                    double total = dayHours.getOrDefault(dayKey, 0.0) + hours;
                    // a session longer than a day (a 72-hour induction course) is dated on its first day
                    if (total > Math.max(TrainingService.MAX_HOURS_A_DAY, session.hours()) + 1e-9) {
                        problems.add(problem(t, n, TrainingColumn.HOURS, messages.get("training.row.dayHours",
                                person.name(), session.heldOn().toString(), TrainingService.hours(total))));
                    } else {
                        dayHours.put(dayKey, total);
                    }
                }
            }
            if (!problems.isEmpty()) {
                errors.addAll(problems);
                invalid.add(n);
                continue;
            }
            rows.add(new Row(new AttendanceEntry(session.id(), person.id(), hours, score, pass.orElse(null)), again,
                    person.name(), session));
        }
        errors.sort(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::columnIndex));
        return new SheetPreview<>(KEY, t.table(), errors, invalid.size(), rows, 0,
                r -> messages.get("training.willWrite.attendance", r.name(), r.session().heldOn().toString(),
                        r.session().topic(), TrainingService.hours(r.entry().hours())));
    }

    private TrainingSession session(SheetSupport.Table t, SheetRow row, Lookup lookup, LocalDate today,
                                    List<RowProblem> problems) {
        int n = row.rowNumber();
        Object dateCell = t.cell(row, TrainingColumn.DATE);
        LocalDate day = null;
        if (!CellValues.isBlank(dateCell)) {
            Optional<LocalDate> d = ExcelDates.parse(dateCell);
            if (d.isEmpty()) {
                problems.add(problem(t, n, TrainingColumn.DATE, messages.get("training.row.badDate",
                        CellValues.text(dateCell))));
                return null;
            }
            if (d.get().isAfter(today)) {
                problems.add(problem(t, n, TrainingColumn.DATE, messages.get("training.row.futureDate",
                        d.get().toString())));
                return null;
            }
            day = d.get();
        }
        String topic = CellValues.text(t.cell(row, TrainingColumn.TOPIC));
        String idText = CellValues.text(t.cell(row, TrainingColumn.SESSION_ID));
        if (!idText.isEmpty()) {
            TrainingSession s = null;
            try {
                s = lookup.sessions().get(Long.parseLong(idText.startsWith("#") ? idText.substring(1) : idText));
            } catch (NumberFormatException e) {
                // not a number: unknown below
            }
            if (s == null) {
                problems.add(problem(t, n, TrainingColumn.SESSION_ID, messages.get("training.row.unknownSessionId",
                        idText)));
                return null;
            }
            if ((day != null && !day.equals(s.heldOn()))
                    || (!topic.isEmpty() && !TextNormaliser.strip(topic).equals(TextNormaliser.strip(s.topic())))) {
                problems.add(problem(t, n, TrainingColumn.SESSION_ID, messages.get("training.row.sessionMismatch",
                        idText, s.heldOn().toString(), s.topic())));
                return null;
            }
            return s;
        }
        if (day == null || topic.isEmpty()) {
            problems.add(problem(t, n, day == null ? TrainingColumn.DATE : TrainingColumn.TOPIC,
                    messages.get("training.row.noSession")));
            return null;
        }
        List<TrainingSession> found = lookup.byDayTopic().getOrDefault(TrainingLedger.sessionKey(day, topic), List.of());
        if (found.isEmpty()) {
            problems.add(problem(t, n, TrainingColumn.TOPIC, messages.get("training.row.unknownSession",
                    day.toString(), topic)));
            return null;
        }
        if (found.size() > 1) {
            problems.add(problem(t, n, TrainingColumn.TOPIC, messages.get("training.row.ambiguousSession",
                    day.toString(), topic)));
            return null;
        }
        return found.get(0);
    }

    private Trainee person(SheetSupport.Table t, SheetRow row, Lookup lookup, List<RowProblem> problems) {
        int n = row.rowNumber();
        String idNumber = CellValues.text(t.cell(row, TrainingColumn.ID_NUMBER)).replace(" ", "")
                .toUpperCase(Locale.ROOT);
        if (idNumber.contains("*")) {
            idNumber = ""; // a masked number, as the export writes it: match by employee number or name
        }
        String number = TextNormaliser.strip(CellValues.text(t.cell(row, TrainingColumn.EMPLOYEE_NUMBER)));
        String name = TextNormaliser.strip(CellValues.text(t.cell(row, TrainingColumn.NAME)));
        Trainee found;
        TrainingColumn by;
        if (!idNumber.isEmpty()) {
            found = lookup.byIdNumber().get(idNumber);
            by = TrainingColumn.ID_NUMBER;
            if (found == null) {
                problems.add(problem(t, n, by, messages.get("training.row.unknownIdNumber",
                        org.nineones.model.IdNumber.mask(idNumber), name)));
                return null;
            }
        } else if (!number.isEmpty()) {
            List<Trainee> list = lookup.byNumber().getOrDefault(number, List.of());
            by = TrainingColumn.EMPLOYEE_NUMBER;
            if (list.size() != 1) {
                problems.add(problem(t, n, by, messages.get(list.isEmpty() ? "training.row.unknownNumber"
                        : "training.row.ambiguousNumber", number)));
                return null;
            }
            found = list.get(0);
        } else if (!name.isEmpty()) {
            List<Trainee> list = lookup.byName().getOrDefault(name, List.of());
            by = TrainingColumn.NAME;
            if (list.size() != 1) {
                problems.add(problem(t, n, by, messages.get(list.isEmpty() ? "training.row.unknownName"
                        : "training.row.ambiguousName", name, list.size())));
                return null;
            }
            found = list.get(0);
        } else {
            problems.add(personProblem(t, n, messages.get("training.row.noPerson")));
            return null;
        }
        if (by != TrainingColumn.NAME && !name.isEmpty() && !name.equals(TextNormaliser.strip(found.name()))) {
            problems.add(problem(t, n, TrainingColumn.NAME, messages.get("training.row.nameMismatch", name,
                    found.name())));
            return null;
        }
        return found;
    }

    private RowProblem personProblem(SheetSupport.Table t, int row, String message) {
        TrainingColumn c = t.has(TrainingColumn.NAME) ? TrainingColumn.NAME : t.has(TrainingColumn.ID_NUMBER)
                ? TrainingColumn.ID_NUMBER : TrainingColumn.EMPLOYEE_NUMBER;
        return problem(t, row, c, message);
    }

    private static RowProblem problem(SheetSupport.Table t, int row, TrainingColumn column, String message) {
        return new RowProblem(row, t.header(column), t.indexOf(column), message);
    }

    @Override
    public void writeErrorReport(LedgerPreview preview, Path report) throws LedgerException {
        sheets.writeErrorReport(preview, ((SheetPreview<?>) preview).table(), report);
    }

    @Override
    @SuppressWarnings("unchecked")
    public LedgerImportResult commit(Workspace workspace, LedgerPreview preview, boolean skipInvalid,
                                     Progress progress) throws LedgerException {
        if (preview.hasErrors() && !skipInvalid) {
            throw new LedgerException(LedgerException.Reason.INVALID_ROWS,
                    messages.get("training.invalidRows", preview.invalidRows()));
        }
        SheetPreview<Row> p = (SheetPreview<Row>) preview;
        progress.checkCancelled();
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
            store.audit().record("import", TrainingService.ATTENDANCE, null, KEY + " "
                    + SheetSupport.name(p.table().file()) + ": " + (fresh.size() + again) + " sign-ins");
            return fresh.size() + again;
        });
        progress.update(1, 1, messages.get("training.progress.saved", written));
        return new LedgerImportResult(written, preview.invalidRows());
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("training.progress.collecting"));
        List<Object[]> rows = workspace.read(store -> {
            Map<Long, TrainingSession> sessions = new HashMap<>();
            store.training().sessions().forEach(s -> sessions.put(s.id(), s));
            Map<Long, Employee> people = new HashMap<>();
            store.employees().all().forEach(e -> people.put(e.id(), e));
            List<Object[]> list = new ArrayList<>();
            for (Attendance a : store.training().inForceOf(null)) {
                TrainingSession s = sessions.get(a.sessionId());
                Employee e = people.get(a.employeeId());
                list.add(new Object[] {s.id(), s.heldOn().toString(), s.topic(), e.name(), e.idNumber().masked(),
                        e.employeeNumber(), a.hours(), a.score(), a.passed() == null ? null
                        : messages.get(a.passed() ? "training.passed.yes" : "training.passed.no")});
            }
            return list;
        });
        progress.update(1, 2, messages.get("training.progress.writing", SheetSupport.name(target)));
        try {
            return new LedgerSheetWriter().write(target, messages.get(TITLE),
                    TrainingColumn.ATTENDANCE_COLUMNS.stream().map(c -> messages.get(c.headerKey())).toList(),
                    TrainingColumn.ATTENDANCE_COLUMNS.stream().map(TrainingColumn::width).toList(), rows);
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("training.cannotWrite", SheetSupport.name(target)), e);
        }
    }
}
