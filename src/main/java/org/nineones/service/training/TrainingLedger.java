package org.nineones.service.training;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.nineones.excel.CellValues;
import org.nineones.excel.LedgerColumn;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.TextNormaliser;
import org.nineones.model.training.Attendance;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.Progress;
import org.nineones.service.ledger.ImportPreview;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerTable;
import org.nineones.service.ledger.SheetLedger;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * 培训台账, key {@code training}: one row per session (date, hours, topic, kind, content, trainer, place, unit). The
 * export adds the session's number (场次编号), which the sign-in sheet may use, and the number of attendees (for
 * reading; ignored on import). On import, a row whose session is already recorded (same date and topic) is an error,
 * unless it carries that session's number: then it is left alone when nothing differs (a round trip changes nothing),
 * else its hours, kind, content, trainer, place and unit (those of the sheet's columns) are written as an edit of the
 * session, with the audit entry of an edit (old → new), as {@link TrainingService#save} does.
 */
public final class TrainingLedger extends SheetLedger<TrainingSession> {

    public static final String KEY = "training";
    static final String TITLE = "training.ledger.training";
    /** More data rows than this are refused as a whole. */
    static final int MAX_DATA_ROWS = 200_000;
    /** The bundle keys' prefix of the headers the training and sign-in sheets write. */
    static final String HEADERS = "training.column.";

    static final LedgerColumn SESSION_ID = LedgerColumn.of("sessionId", 10, "场次编号", "培训编号", "场次", "编号",
            "session id", "session");
    static final LedgerColumn DATE = LedgerColumn.of("date", 12, "培训日期", "日期", "培训时间", "时间", "date");
    static final LedgerColumn HOURS = LedgerColumn.of("hours", 8, "学时", "培训学时", "课时", "时长", "hours");
    static final LedgerColumn TOPIC = LedgerColumn.of("topic", 30, "培训主题", "主题", "课程", "课程名称", "培训名称",
            "topic");
    static final LedgerColumn KIND = LedgerColumn.of("kind", 14, "培训类别", "类别", "培训类型", "类型", "kind");
    static final LedgerColumn CONTENT = LedgerColumn.of("content", 40, "培训内容", "内容", "content");
    static final LedgerColumn TRAINER = LedgerColumn.of("trainer", 12, "授课人", "培训教师", "讲师", "授课教师",
            "trainer");
    static final LedgerColumn PLACE = LedgerColumn.of("place", 16, "培训地点", "地点", "place");
    static final LedgerColumn UNIT = LedgerColumn.of("unit", 22, "组织部门", "组织单位", "部门", "单位", "org unit",
            "unit");
    static final LedgerColumn ATTENDEES = LedgerColumn.of("attendees", 10, "参训人数", "人数", "attendees");
    /** The training ledger's columns, in the order the export writes them. */
    static final List<LedgerColumn> COLUMNS = List.of(SESSION_ID, DATE, HOURS, TOPIC, KIND, CONTENT, TRAINER, PLACE,
            UNIT, ATTENDEES);

    private final Clock clock;

    public TrainingLedger(Messages messages, Clock clock) {
        super(messages, KEY, TITLE, COLUMNS, MAX_DATA_ROWS, HEADERS);
        this.clock = clock;
    }

    public TrainingLedger(Messages messages) {
        this(messages, Clock.systemDefaultZone());
    }

    @Override
    public ImportPreview<TrainingSession> preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        LedgerTable t = read(file, progress);
        require(file, t, List.of(DATE, HOURS, TOPIC, KIND), List.of());
        ImportPreview<TrainingSession> preview = workspace.read(store -> {
            Map<String, Long> unitByPath = new HashMap<>();
            Map<String, List<Long>> unitsByName = new HashMap<>();
            List<OrgUnit> units = store.orgUnits().all();
            OrgPaths.printed(units).forEach((id, path) -> unitByPath.put(normalPath(path), id));
            units.forEach(u -> unitsByName.computeIfAbsent(TextNormaliser.strip(u.name()), k -> new ArrayList<>())
                    .add(u.id()));
            Map<String, TrainingSession> existing = new HashMap<>();
            store.training().sessions().forEach(s -> existing.put(sessionKey(s.heldOn(), s.topic()), s));
            return check(t, unitByPath, unitsByName, existing, LocalDate.now(clock),
                    id -> credited(store.training().attendanceInForce(id)), OrgPaths.printed(units));
        });
        progress.update(2, 2, messages.get("training.progress.checked", preview.rows(), preview.invalidRows()));
        return preview;
    }

    private ImportPreview<TrainingSession> check(LedgerTable t, Map<String, Long> unitByPath,
                                                 Map<String, List<Long>> unitsByName,
                                                 Map<String, TrainingSession> existing, LocalDate today,
                                                 LongFunction<Credited> credited, Map<Long, String> unitPaths) {
        List<RowProblem> errors = new ArrayList<>();
        List<TrainingSession> sessions = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int unchanged = 0;
        for (SheetRow row : t.table().rows()) {
            int n = row.rowNumber();
            List<RowProblem> problems = new ArrayList<>();
            if (t.blank(row, DATE)) {
                problems.add(t.problem(n, DATE, messages.get("training.row.noDate")));
            }
            LocalDate day = date(t, row, DATE, today, "training.row.badDate", problems).orElse(null);
            Optional<Double> h = number(t.cell(row, HOURS));
            double hours = h.orElse(Double.NaN);
            if (h.isEmpty()) {
                problems.add(t.problem(n, HOURS, messages.get("training.row.noHours")));
            } else if (Double.isNaN(hours) || hours <= 0 || hours > 200) {
                problems.add(t.problem(n, HOURS, messages.get("training.row.sessionHours", t.text(row, HOURS))));
            }
            String topic = CellValues.text(t.cell(row, TOPIC));
            if (topic.isEmpty()) {
                problems.add(t.problem(n, TOPIC, messages.get("training.row.noTopic")));
            }
            String kindText = CellValues.text(t.cell(row, KIND));
            Optional<TrainingKind> kind = TrainingKind.parse(kindText, k -> messages.get(k.textKey()));
            if (kind.isEmpty()) {
                problems.add(t.problem(n, KIND, kindText.isEmpty() ? messages.get("training.row.noKind", kindNames())
                        : messages.get("training.row.badKind", kindText, kindNames())));
            }
            Long unitId = null;
            String unitText = CellValues.text(t.cell(row, UNIT));
            if (!unitText.isEmpty()) {
                unitId = unitByPath.get(normalPath(unitText));
                List<Long> byName = unitsByName.getOrDefault(TextNormaliser.strip(unitText), List.of());
                if (unitId == null && byName.size() == 1) {
                    unitId = byName.get(0);
                } else if (unitId == null) {
                    problems.add(t.problem(n, UNIT, messages.get(byName.isEmpty() ? "training.row.unknownUnit"
                            : "training.row.ambiguousUnit", unitText)));
                }
            }
            if (problems.isEmpty()) {
                String key = sessionKey(day, topic);
                Integer first = seen.putIfAbsent(key, n);
                TrainingSession already = existing.get(key);
                if (first != null) {
                    problems.add(t.problem(n, TOPIC, messages.get("training.row.duplicateSession", first)));
                } else if (already != null && CellValues.text(t.cell(row, SESSION_ID))
                        .equals(String.valueOf(already.id()))) {
                    TrainingSession edited = edited(t, row, already, hours, kind.get(), unitId);
                    Credited over = edited.hours() < already.hours() ? credited.apply(already.id()) : Credited.NONE;
                    if (same(already, edited)) {
                        unchanged++;
                    } else if (over.count(edited.hours()) > 0) {
                        problems.add(t.problem(n, HOURS, messages.get("training.row.hoursBelowCredited",
                                TrainingService.hours(edited.hours()), over.count(edited.hours()),
                                TrainingService.hours(over.max()))));
                    } else {
                        sessions.add(edited);
                        lines.add(messages.get("training.willWrite.sessionEdit", edited.heldOn().toString(),
                                edited.topic(), String.valueOf(edited.id()), shownChanges(already, edited, unitPaths)));
                    }
                    errors.addAll(problems);
                    continue;
                } else if (already != null) {
                    problems.add(t.problem(n, TOPIC, messages.get("training.row.sessionExists", day.toString(), topic,
                            already.id())));
                }
            }
            if (!problems.isEmpty()) {
                errors.addAll(problems);
                continue;
            }
            TrainingSession s = new TrainingSession(null, day, hours, topic, kind.get(),
                    CellValues.text(t.cell(row, CONTENT)), CellValues.text(t.cell(row, TRAINER)),
                    CellValues.text(t.cell(row, PLACE)), unitId);
            sessions.add(s);
            lines.add(messages.get("training.willWrite.session", s.heldOn().toString(),
                    TrainingService.hours(s.hours()), messages.get(s.kind().textKey()), s.topic()));
        }
        errors.sort(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::columnIndex));
        return new ImportPreview<>(KEY, t.table(), errors, sessions, lines, unchanged);
    }

    /** The hours credited by the sign-ins in force of a session. */
    record Credited(List<Double> hours) {
        static final Credited NONE = new Credited(List.of());

        long count(double sessionHours) {
            return hours.stream().filter(h -> h > sessionHours + 1e-9).count();
        }

        double max() {
            return hours.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    private static Credited credited(List<Attendance> attendance) {
        return new Credited(attendance.stream().map(Attendance::hours).toList());
    }

    /**
     * The recorded session as the row has it: the row's hours and kind, and its content, trainer, place and unit when
     * the sheet has those columns (a column left out keeps what is recorded).
     */
    private static TrainingSession edited(LedgerTable t, SheetRow row, TrainingSession old, double hours,
                                          TrainingKind kind, Long unitId) {
        String content = t.has(CONTENT) ? t.text(row, CONTENT) : old.content();
        String trainer = t.has(TRAINER) ? t.text(row, TRAINER) : old.trainer();
        String place = t.has(PLACE) ? t.text(row, PLACE) : old.place();
        Long unit = t.has(UNIT) ? unitId : old.orgUnitId();
        return new TrainingSession(old.id(), old.heldOn(), hours, old.topic(), kind, content, trainer, place, unit);
    }

    static boolean same(TrainingSession a, TrainingSession b) {
        return Math.abs(a.hours() - b.hours()) < 1e-9 && a.kind() == b.kind()
                && Objects.equals(a.content(), b.content()) && Objects.equals(a.trainer(), b.trainer())
                && Objects.equals(a.place(), b.place()) && Objects.equals(a.orgUnitId(), b.orgUnitId());
    }

    /** The differences of an edit as the preview lists them: 学时 2 → 3；授课人 李安全 → 王安全. */
    private String shownChanges(TrainingSession old, TrainingSession now, Map<Long, String> unitPaths) {
        List<String> parts = new ArrayList<>();
        shown(parts, HOURS, TrainingService.hours(old.hours()), TrainingService.hours(now.hours()));
        shown(parts, KIND, messages.get(old.kind().textKey()), messages.get(now.kind().textKey()));
        shown(parts, CONTENT, old.content(), now.content());
        shown(parts, TRAINER, old.trainer(), now.trainer());
        shown(parts, PLACE, old.place(), now.place());
        shown(parts, UNIT, old.orgUnitId() == null ? "" : unitPaths.getOrDefault(old.orgUnitId(), ""),
                now.orgUnitId() == null ? "" : unitPaths.getOrDefault(now.orgUnitId(), ""));
        return String.join(messages.get("training.willWrite.changeSeparator"), parts);
    }

    private void shown(List<String> parts, LedgerColumn column, String old, String now) {
        if (!Objects.equals(old, now)) {
            String blank = messages.get("training.willWrite.blank");
            parts.add(messages.get("training.willWrite.change", header(column), old.isEmpty() ? blank : old,
                    now.isEmpty() ? blank : now));
        }
    }

    private String kindNames() {
        List<String> names = new ArrayList<>();
        for (TrainingKind k : TrainingKind.values()) {
            names.add(messages.get(k.textKey()));
        }
        return String.join("、", names);
    }

    static String sessionKey(LocalDate day, String topic) {
        return day + "\u0000" + TextNormaliser.strip(topic);
    }

    private static String normalPath(String path) {
        return String.join("/", OrgPaths.parts(path));
    }

    @Override
    protected LedgerImportResult write(Workspace workspace, ImportPreview<TrainingSession> p, boolean skipInvalid,
                                       Progress progress) {
        int written = workspace.write(store -> {
            Set<String> existing = new HashSet<>();
            store.training().sessions().forEach(s -> existing.add(sessionKey(s.heldOn(), s.topic())));
            int count = 0;
            int edits = 0;
            for (TrainingSession s : p.items()) {
                if (s.id() != null) {
                    edits += edit(store, s, name(p.table().file())) ? 1 : 0;
                } else if (!existing.contains(sessionKey(s.heldOn(), s.topic()))) {
                    TrainingSession saved = store.training().insertSession(s);
                    store.audit().record("import", TrainingService.SESSION, saved.id(), saved.heldOn() + " "
                            + saved.kind() + " " + TrainingService.hours(saved.hours()) + "h " + saved.topic());
                    count++;
                }
            }
            store.audit().record("import", TrainingService.SESSION, null, KEY + " " + name(p.table().file()) + ": "
                    + count + " new, " + edits + " edited, " + p.unchanged() + " unchanged");
            return count + edits;
        });
        return new LedgerImportResult(written, p.invalidRows());
    }

    /**
     * Writes an edit the preview found, inside the import's transaction, with its audit entry (old → new). Returns
     * false when the session is gone or already as the row has it; refuses (rolling back the import) when its sign-ins
     * now credit more hours than the row gives, as an edit in the GUI would.
     */
    private boolean edit(Store store, TrainingSession s, String source) {
        Optional<TrainingSession> found = store.training().session(s.id());
        if (found.isEmpty() || same(found.get(), s)) {
            return false;
        }
        TrainingSession old = found.get();
        TrainingSession now = new TrainingSession(old.id(), old.heldOn(), s.hours(), old.topic(), s.kind(), s.content(),
                s.trainer(), s.place(), s.orgUnitId());
        Credited over = credited(store.training().attendanceInForce(old.id()));
        if (over.count(now.hours()) > 0) {
            throw new TrainingRuleException("hours", messages.get("training.error.hoursBelowCredited",
                    TrainingService.hours(now.hours()), over.count(now.hours()), TrainingService.hours(over.max())));
        }
        store.training().updateSession(now);
        store.audit().record("update", TrainingService.SESSION, old.id(), TrainingService.changes(old, now)
                + " (" + KEY + " " + source + ")");
        return true;
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("training.progress.collecting"));
        List<List<Object>> rows = workspace.read(store -> {
            Map<Long, String> paths = OrgPaths.printed(store.orgUnits().all());
            Map<Long, Integer> counts = store.training().attendeeCounts();
            List<TrainingSession> sessions = new ArrayList<>(store.training().sessions());
            sessions.sort(Comparator.comparing(TrainingSession::heldOn).thenComparing(TrainingSession::id));
            List<List<Object>> list = new ArrayList<>();
            for (TrainingSession s : sessions) {
                list.add(java.util.Arrays.asList(s.id(), s.heldOn().toString(), s.hours(), s.topic(),
                        messages.get(s.kind().textKey()), s.content(), s.trainer(), s.place(),
                        s.orgUnitId() == null ? "" : paths.getOrDefault(s.orgUnitId(), ""),
                        counts.getOrDefault(s.id(), 0)));
            }
            return list;
        });
        progress.update(1, 2, messages.get("training.progress.writing", name(target)));
        return writeSheet(target, messages.get(TITLE), null, COLUMNS, rows);
    }
}
