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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.excel.CellValues;
import org.nineones.excel.ExcelDates;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.excel.training.LedgerSheetWriter;
import org.nineones.excel.training.TrainingColumn;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.TextNormaliser;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.store.Workspace;

/**
 * 培训台账, key {@code training}: one row per session (date, hours, topic, kind, content, trainer, place, unit). The
 * export adds the session's number (场次编号), which the sign-in sheet may use, and the number of attendees (for
 * reading; ignored on import). On import, a row whose session is already recorded (same date and topic) is an error,
 * unless it carries that session's number: then it is left alone when nothing differs (a round trip changes nothing),
 * else its hours, kind, content, trainer, place and unit (those of the sheet's columns) are written as an edit of the
 * session, with the audit entry of an edit (old → new), as {@link TrainingService#save} does.
 */
public final class TrainingLedger implements Ledger {

    public static final String KEY = "training";
    static final String TITLE = "training.ledger.training";
    private static final List<TrainingColumn> NEEDED = List.of(TrainingColumn.DATE, TrainingColumn.HOURS,
            TrainingColumn.TOPIC, TrainingColumn.KIND);

    private final Messages messages;
    private final Clock clock;
    private final SheetSupport sheets;

    public TrainingLedger(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.sheets = new SheetSupport(messages);
    }

    public TrainingLedger(Messages messages) {
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

    @Override
    public LedgerPreview preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        SheetSupport.Table t = sheets.read(file, TrainingColumn.SESSION_COLUMNS, TITLE, progress);
        List<TrainingColumn> missing = NEEDED.stream().filter(c -> !t.has(c)).toList();
        if (!missing.isEmpty()) {
            throw sheets.missing(file, TITLE, missing);
        }
        progress.update(1, 2, messages.get("training.progress.checking", t.table().rows().size()));
        SheetPreview<TrainingSession> preview = workspace.read(store -> {
            Map<String, Long> unitByPath = new HashMap<>();
            Map<String, List<Long>> unitsByName = new HashMap<>();
            List<OrgUnit> units = store.orgUnits().all();
            OrgPaths.printed(units).forEach((id, path) -> unitByPath.put(normalPath(path), id));
            units.forEach(u -> unitsByName.computeIfAbsent(TextNormaliser.strip(u.name()), k -> new ArrayList<>())
                    .add(u.id()));
            Map<String, TrainingSession> existing = new HashMap<>();
            store.training().sessions().forEach(s -> existing.put(sessionKey(s.heldOn(), s.topic()), s));
            return check(t, unitByPath, unitsByName, existing, LocalDate.now(clock),
                    id -> maxCredited(store.training().attendanceInForce(id)), OrgPaths.printed(units));
        });
        progress.update(2, 2, messages.get("training.progress.checked", preview.rows(), preview.invalidRows()));
        return preview;
    }

    private SheetPreview<TrainingSession> check(SheetSupport.Table t, Map<String, Long> unitByPath,
                                                Map<String, List<Long>> unitsByName,
                                                Map<String, TrainingSession> existing, LocalDate today,
                                                java.util.function.LongFunction<Credited> credited,
                                                Map<Long, String> unitPaths) {
        List<RowProblem> errors = new ArrayList<>();
        Set<Integer> invalid = new HashSet<>();
        List<TrainingSession> sessions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int unchanged = 0;
        Map<Long, TrainingSession> before = new HashMap<>();
        for (SheetRow row : t.table().rows()) {
            int n = row.rowNumber();
            List<RowProblem> problems = new ArrayList<>();
            LocalDate day = null;
            Object dateCell = t.cell(row, TrainingColumn.DATE);
            if (CellValues.isBlank(dateCell)) {
                problems.add(problem(t, n, TrainingColumn.DATE, messages.get("training.row.noDate")));
            } else {
                Optional<LocalDate> d = ExcelDates.parse(dateCell);
                if (d.isEmpty()) {
                    problems.add(problem(t, n, TrainingColumn.DATE, messages.get("training.row.badDate",
                            CellValues.text(dateCell))));
                } else if (d.get().isAfter(today)) {
                    problems.add(problem(t, n, TrainingColumn.DATE, messages.get("training.row.futureDate",
                            d.get().toString())));
                } else {
                    day = d.get();
                }
            }
            Optional<Double> h = SheetSupport.number(t.cell(row, TrainingColumn.HOURS));
            double hours = h.orElse(Double.NaN);
            if (h.isEmpty()) {
                problems.add(problem(t, n, TrainingColumn.HOURS, messages.get("training.row.noHours")));
            } else if (Double.isNaN(hours) || hours <= 0 || hours > 200) {
                problems.add(problem(t, n, TrainingColumn.HOURS, messages.get("training.row.sessionHours",
                        CellValues.text(t.cell(row, TrainingColumn.HOURS)))));
            }
            String topic = CellValues.text(t.cell(row, TrainingColumn.TOPIC));
            if (topic.isEmpty()) {
                problems.add(problem(t, n, TrainingColumn.TOPIC, messages.get("training.row.noTopic")));
            }
            String kindText = CellValues.text(t.cell(row, TrainingColumn.KIND));
            Optional<TrainingKind> kind = TrainingKind.parse(kindText, k -> messages.get(k.textKey()));
            if (kind.isEmpty()) {
                problems.add(problem(t, n, TrainingColumn.KIND, kindText.isEmpty()
                        ? messages.get("training.row.noKind", kindNames())
                        : messages.get("training.row.badKind", kindText, kindNames())));
            }
            Long unitId = null;
            String unitText = CellValues.text(t.cell(row, TrainingColumn.UNIT));
            if (!unitText.isEmpty()) {
                unitId = unitByPath.get(normalPath(unitText));
                if (unitId == null) {
                    List<Long> byName = unitsByName.getOrDefault(TextNormaliser.strip(unitText), List.of());
                    if (byName.size() == 1) {
                        unitId = byName.get(0);
                    } else {
                        problems.add(problem(t, n, TrainingColumn.UNIT, messages.get(byName.isEmpty()
                                ? "training.row.unknownUnit" : "training.row.ambiguousUnit", unitText)));
                    }
                }
            }
            if (problems.isEmpty()) {
                String key = sessionKey(day, topic);
                Integer first = seen.putIfAbsent(key, n);
                TrainingSession already = existing.get(key);
                String idText = CellValues.text(t.cell(row, TrainingColumn.SESSION_ID));
                if (first != null) {
                    problems.add(problem(t, n, TrainingColumn.TOPIC, messages.get("training.row.duplicateSession",
                            first)));
                } else if (already != null) {
                    if (idText.equals(String.valueOf(already.id()))) {
                        TrainingSession edited = edited(t, row, already, hours, kind.get(), unitId);
                        if (same(already, edited)) {
                            unchanged++;
                            continue;
                        }
                        Credited over = edited.hours() < already.hours() ? credited.apply(already.id()) : Credited.NONE;
                        if (over.count(edited.hours()) > 0) {
                            errors.add(problem(t, n, TrainingColumn.HOURS, messages.get("training.row.hoursBelowCredited",
                                    TrainingService.hours(edited.hours()), over.count(edited.hours()),
                                    TrainingService.hours(over.max()))));
                            invalid.add(n);
                            continue;
                        }
                        before.put(already.id(), already);
                        sessions.add(edited);
                        continue;
                    }
                    problems.add(problem(t, n, TrainingColumn.TOPIC, messages.get("training.row.sessionExists",
                            day.toString(), topic, already.id())));
                }
            }
            if (!problems.isEmpty()) {
                errors.addAll(problems);
                invalid.add(n);
                continue;
            }
            sessions.add(new TrainingSession(null, day, hours, topic, kind.get(),
                    CellValues.text(t.cell(row, TrainingColumn.CONTENT)),
                    CellValues.text(t.cell(row, TrainingColumn.TRAINER)),
                    CellValues.text(t.cell(row, TrainingColumn.PLACE)), unitId));
        }
        errors.sort(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::columnIndex));
        return new SheetPreview<>(KEY, t.table(), errors, invalid.size(), sessions, unchanged,
                s -> s.id() == null
                        ? messages.get("training.willWrite.session", s.heldOn().toString(),
                        TrainingService.hours(s.hours()), messages.get(s.kind().textKey()), s.topic())
                        : messages.get("training.willWrite.sessionEdit", s.heldOn().toString(), s.topic(),
                        String.valueOf(s.id()), shownChanges(before.get(s.id()), s, unitPaths)));
    }

    /** The most hours credited by the sign-ins in force of a session, and each sign-in's hours. */
    record Credited(List<Double> hours) {
        static final Credited NONE = new Credited(List.of());

        long count(double sessionHours) {
            return hours.stream().filter(h -> h > sessionHours + 1e-9).count();
        }

        double max() {
            return hours.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    private static Credited maxCredited(List<org.nineones.model.training.Attendance> attendance) {
        return new Credited(attendance.stream().map(org.nineones.model.training.Attendance::hours).toList());
    }

    /**
     * The recorded session as the row has it: the row's hours and kind, and its content, trainer, place and unit when
     * the sheet has those columns (a column left out keeps what is recorded).
     */
    private static TrainingSession edited(SheetSupport.Table t, SheetRow row, TrainingSession old, double hours,
                                          TrainingKind kind, Long unitId) {
        String content = t.has(TrainingColumn.CONTENT)
                ? TextNormaliser.trim(CellValues.text(t.cell(row, TrainingColumn.CONTENT))) : old.content();
        String trainer = t.has(TrainingColumn.TRAINER)
                ? TextNormaliser.trim(CellValues.text(t.cell(row, TrainingColumn.TRAINER))) : old.trainer();
        String place = t.has(TrainingColumn.PLACE)
                ? TextNormaliser.trim(CellValues.text(t.cell(row, TrainingColumn.PLACE))) : old.place();
        Long unit = t.has(TrainingColumn.UNIT) ? unitId : old.orgUnitId();
        return new TrainingSession(old.id(), old.heldOn(), hours, old.topic(), kind, content, trainer, place, unit);
    }

    static boolean same(TrainingSession a, TrainingSession b) {
        return Math.abs(a.hours() - b.hours()) < 1e-9 && a.kind() == b.kind()
                && java.util.Objects.equals(a.content(), b.content())
                && java.util.Objects.equals(a.trainer(), b.trainer())
                && java.util.Objects.equals(a.place(), b.place())
                && java.util.Objects.equals(a.orgUnitId(), b.orgUnitId());
    }

    /** The differences of an edit as the preview lists them: 学时 2 → 3；授课人 李安全 → 王安全. */
    private String shownChanges(TrainingSession old, TrainingSession now, Map<Long, String> unitPaths) {
        List<String> parts = new ArrayList<>();
        shown(parts, TrainingColumn.HOURS, TrainingService.hours(old.hours()), TrainingService.hours(now.hours()));
        shown(parts, TrainingColumn.KIND, messages.get(old.kind().textKey()), messages.get(now.kind().textKey()));
        shown(parts, TrainingColumn.CONTENT, old.content(), now.content());
        shown(parts, TrainingColumn.TRAINER, old.trainer(), now.trainer());
        shown(parts, TrainingColumn.PLACE, old.place(), now.place());
        shown(parts, TrainingColumn.UNIT, old.orgUnitId() == null ? "" : unitPaths.getOrDefault(old.orgUnitId(), ""),
                now.orgUnitId() == null ? "" : unitPaths.getOrDefault(now.orgUnitId(), ""));
        return String.join(messages.get("training.willWrite.changeSeparator"), parts);
    }

    private void shown(List<String> parts, TrainingColumn column, String old, String now) {
        if (!java.util.Objects.equals(old, now)) {
            String blank = messages.get("training.willWrite.blank");
            parts.add(messages.get("training.willWrite.change", messages.get(column.headerKey()),
                    old.isEmpty() ? blank : old, now.isEmpty() ? blank : now));
        }
    }

    private String kindNames() {
        List<String> names = new ArrayList<>();
        for (TrainingKind k : TrainingKind.values()) {
            names.add(messages.get(k.textKey()));
        }
        return String.join("、", names);
    }

    private static RowProblem problem(SheetSupport.Table t, int row, TrainingColumn column, String message) {
        return new RowProblem(row, t.header(column), t.indexOf(column), message);
    }

    static String sessionKey(LocalDate day, String topic) {
        return day + "\u0000" + TextNormaliser.strip(topic);
    }

    private static String normalPath(String path) {
        return String.join("/", OrgPaths.parts(path));
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
        SheetPreview<TrainingSession> p = (SheetPreview<TrainingSession>) preview;
        progress.checkCancelled();
        int written = workspace.write(store -> {
            Set<String> existing = new HashSet<>();
            store.training().sessions().forEach(s -> existing.add(sessionKey(s.heldOn(), s.topic())));
            int count = 0;
            int edits = 0;
            for (TrainingSession s : p.items()) {
                if (s.id() != null) {
                    if (edit(store, s, SheetSupport.name(p.table().file()))) {
                        edits++;
                    }
                    continue;
                }
                if (existing.contains(sessionKey(s.heldOn(), s.topic()))) {
                    continue;
                }
                TrainingSession saved = store.training().insertSession(s);
                store.audit().record("import", TrainingService.SESSION, saved.id(), saved.heldOn() + " " + saved.kind()
                        + " " + TrainingService.hours(saved.hours()) + "h " + saved.topic());
                count++;
            }
            store.audit().record("import", TrainingService.SESSION, null, KEY + " "
                    + SheetSupport.name(p.table().file()) + ": " + count + " new, " + edits + " edited, "
                    + p.unchanged() + " unchanged");
            return count + edits;
        });
        return new LedgerImportResult(written, preview.invalidRows());
    }

    /**
     * Writes an edit the preview found, inside the import's transaction, with its audit entry (old → new). Returns
     * false when the session is gone or already as the row has it; refuses (rolling back the import) when its sign-ins
     * now credit more hours than the row gives, as an edit in the GUI would.
     */
    private boolean edit(org.nineones.store.Store store, TrainingSession s, String source) {
        Optional<TrainingSession> found = store.training().session(s.id());
        if (found.isEmpty() || same(found.get(), s)) {
            return false;
        }
        TrainingSession old = found.get();
        TrainingSession now = new TrainingSession(old.id(), old.heldOn(), s.hours(), old.topic(), s.kind(), s.content(),
                s.trainer(), s.place(), s.orgUnitId());
        Credited over = maxCredited(store.training().attendanceInForce(old.id()));
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
        List<Object[]> rows = workspace.read(store -> {
            Map<Long, String> paths = OrgPaths.printed(store.orgUnits().all());
            Map<Long, Integer> counts = store.training().attendeeCounts();
            List<TrainingSession> sessions = new ArrayList<>(store.training().sessions());
            sessions.sort(Comparator.comparing(TrainingSession::heldOn).thenComparing(TrainingSession::id));
            List<Object[]> list = new ArrayList<>();
            for (TrainingSession s : sessions) {
                list.add(new Object[] {s.id(), s.heldOn().toString(), s.hours(), s.topic(),
                        messages.get(s.kind().textKey()), s.content(), s.trainer(), s.place(),
                        s.orgUnitId() == null ? "" : paths.getOrDefault(s.orgUnitId(), ""),
                        counts.getOrDefault(s.id(), 0)});
            }
            return list;
        });
        progress.update(1, 2, messages.get("training.progress.writing", SheetSupport.name(target)));
        try {
            return new LedgerSheetWriter().write(target, messages.get(TITLE),
                    TrainingColumn.SESSION_COLUMNS.stream().map(c -> messages.get(c.headerKey())).toList(),
                    TrainingColumn.SESSION_COLUMNS.stream().map(TrainingColumn::width).toList(), rows);
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("training.cannotWrite", SheetSupport.name(target)), e);
        }
    }
}
