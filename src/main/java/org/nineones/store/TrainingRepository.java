package org.nineones.store;

import static org.nineones.store.jooq.Tables.TRAINING_ATTENDANCE;
import static org.nineones.store.jooq.Tables.TRAINING_SESSION;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.nineones.model.training.Attendance;
import org.nineones.model.training.AttendanceEntry;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.store.jooq.tables.records.TrainingSessionRecord;

/**
 * Training sessions and attendance (V3). Attendance rows are final: corrections are new rows. A row is in force when
 * no other row corrects it and it is not voided ({@link #IN_FORCE}). Bulk reads for the compliance view are a few
 * set-based queries grouped by employee; bulk writes one JDBC batch.
 */
public final class TrainingRepository {

    /** The condition that attendance row {@code a} is in force. */
    public static final String IN_FORCE = InForce.sql("training_attendance", "a");
    private static final TrainingKind[] KINDS = TrainingKind.values();
    /**
     * A session's kind as the number of its {@link TrainingKind} (the table's CHECK allows no other kind): tens of
     * thousands of grouped rows read an int instead of a text each.
     */
    private static final String KIND_NUMBER = java.util.Arrays.stream(KINDS)
            .map(k -> "WHEN '" + k.name() + "' THEN " + k.ordinal())
            .collect(java.util.stream.Collectors.joining(" ", "CASE s.kind ", " END"));
    private static final String HEAD = InForce.endOfChainSql("training_attendance", "a");
    private static final String INSERT_ATTENDANCE = "INSERT INTO training_attendance (session_id, employee_id, hours, "
            + "score, passed, voided, corrects_id, correction_reason, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ATTENDANCE_COLUMNS = "a.id, a.session_id, a.employee_id, a.hours, a.score, a.passed, "
            + "a.voided, a.corrects_id, a.correction_reason, a.recorded_by, a.recorded_at";

    private final DSLContext dsl;
    private final String actor;

    TrainingRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    // ---- sessions

    public TrainingSession insertSession(TrainingSession s) {
        dsl.insertInto(TRAINING_SESSION)
                .set(TRAINING_SESSION.HELD_ON, s.heldOn().toString())
                .set(TRAINING_SESSION.HOURS, (float) s.hours())
                .set(TRAINING_SESSION.TOPIC, s.topic())
                .set(TRAINING_SESSION.KIND, s.kind().name())
                .set(TRAINING_SESSION.CONTENT, s.content())
                .set(TRAINING_SESSION.TRAINER, s.trainer())
                .set(TRAINING_SESSION.PLACE, s.place())
                .set(TRAINING_SESSION.ORG_UNIT_ID, s.orgUnitId() == null ? null : s.orgUnitId().intValue())
                .set(TRAINING_SESSION.RECORDED_BY, actor)
                .execute();
        return s.withId(Ids.lastInserted(dsl));
    }

    public void updateSession(TrainingSession s) {
        dsl.update(TRAINING_SESSION)
                .set(TRAINING_SESSION.HELD_ON, s.heldOn().toString())
                .set(TRAINING_SESSION.HOURS, (float) s.hours())
                .set(TRAINING_SESSION.TOPIC, s.topic())
                .set(TRAINING_SESSION.KIND, s.kind().name())
                .set(TRAINING_SESSION.CONTENT, s.content())
                .set(TRAINING_SESSION.TRAINER, s.trainer())
                .set(TRAINING_SESSION.PLACE, s.place())
                .set(TRAINING_SESSION.ORG_UNIT_ID, s.orgUnitId() == null ? null : s.orgUnitId().intValue())
                .set(TRAINING_SESSION.UPDATED_AT, org.jooq.impl.DSL.field("CURRENT_TIMESTAMP", String.class))
                .where(TRAINING_SESSION.ID.eq(s.id().intValue()))
                .execute();
    }

    public Optional<TrainingSession> session(long id) {
        return dsl.selectFrom(TRAINING_SESSION).where(TRAINING_SESSION.ID.eq((int) id)).fetchOptional()
                .map(TrainingRepository::toSession);
    }

    /** Every session, newest first. */
    public List<TrainingSession> sessions() {
        return dsl.selectFrom(TRAINING_SESSION).orderBy(TRAINING_SESSION.HELD_ON.desc(), TRAINING_SESSION.ID.desc())
                .fetch(TrainingRepository::toSession);
    }

    /** People attending each session, counting records in force. */
    public Map<Long, Integer> attendeeCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        dsl.resultQuery("SELECT a.session_id, count(*) FROM training_attendance a WHERE " + IN_FORCE
                + " GROUP BY a.session_id").forEach(r -> counts.put(((Number) r.get(0)).longValue(),
                ((Number) r.get(1)).intValue()));
        return counts;
    }

    /** The highest maximum score of an exam held with each session (sessions without one are absent). */
    public Map<Long, Double> examMaxScores() {
        Map<Long, Double> max = new HashMap<>();
        dsl.resultQuery("SELECT training_session_id, max(max_score) FROM exam WHERE training_session_id IS NOT NULL "
                + "GROUP BY training_session_id").forEach(r -> max.put(((Number) r.get(0)).longValue(),
                ((Number) r.get(1)).doubleValue()));
        return max;
    }

    private static TrainingSession toSession(TrainingSessionRecord r) {
        return new TrainingSession(r.getId().longValue(), IsoDates.date(r.getHeldOn()), round(r.getHours()),
                r.getTopic(), TrainingKind.valueOf(r.getKind()), r.getContent(), r.getTrainer(), r.getPlace(),
                r.getOrgUnitId() == null ? null : r.getOrgUnitId().longValue());
    }

    /** REAL columns come back as float: 1.5 stays 1.5, 0.1 does not become 0.10000000149. */
    static double round(Float f) {
        return f == null ? 0 : Math.round(f.doubleValue() * 1000) / 1000.0;
    }

    // ---- attendance

    /** Records new attendance (originals) in one batch. */
    public void insertAttendance(List<AttendanceEntry> entries) {
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT_ATTENDANCE)) {
                for (AttendanceEntry e : entries) {
                    bind(ps, e.sessionId(), e.employeeId(), e.hours(), e.score(), e.passed(), false, null, null);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Records a correction of {@code original}: the values in force from now on, or the record withdrawn. */
    public long insertCorrection(Attendance original, double hours, Double score, Boolean passed, boolean voided,
                                 String reason) {
        return dsl.connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT_ATTENDANCE)) {
                bind(ps, original.sessionId(), original.employeeId(), hours, score, passed, voided, original.id(),
                        reason);
                ps.executeUpdate();
            }
            return Ids.lastInserted(dsl);
        });
    }

    private void bind(PreparedStatement ps, long session, long employee, double hours, Double score, Boolean passed,
                      boolean voided, Long corrects, String reason) throws java.sql.SQLException {
        ps.setLong(1, session);
        ps.setLong(2, employee);
        ps.setDouble(3, hours);
        if (score == null) {
            ps.setNull(4, Types.REAL);
        } else {
            ps.setDouble(4, score);
        }
        if (passed == null) {
            ps.setNull(5, Types.INTEGER);
        } else {
            ps.setInt(5, passed ? 1 : 0);
        }
        ps.setInt(6, voided ? 1 : 0);
        if (corrects == null) {
            ps.setNull(7, Types.INTEGER);
        } else {
            ps.setLong(7, corrects);
        }
        ps.setString(8, reason);
        ps.setString(9, actor);
    }

    public Optional<Attendance> attendance(long id) {
        return query("SELECT " + ATTENDANCE_COLUMNS + " FROM training_attendance a WHERE a.id = ?", id).stream()
                .findFirst();
    }

    /** The attendance in force at a session, in the order recorded. */
    public List<Attendance> attendanceInForce(long sessionId) {
        return query("SELECT " + ATTENDANCE_COLUMNS + " FROM training_attendance a WHERE a.session_id = ? AND "
                + IN_FORCE + " ORDER BY coalesce((SELECT min(o.id) FROM training_attendance o WHERE o.session_id = "
                + "a.session_id AND o.employee_id = a.employee_id), a.id)", sessionId);
    }

    /** Every row of a session's attendance (originals, corrections, withdrawals), oldest first, for its history. */
    public List<Attendance> attendanceHistory(long sessionId) {
        return query("SELECT " + ATTENDANCE_COLUMNS + " FROM training_attendance a WHERE a.session_id = ? ORDER BY a.id",
                sessionId);
    }

    /**
     * The last row of each chain at a session (in force or voided), keyed by employee: whether a person is already
     * signed in, or was and was withdrawn.
     */
    public Map<Long, Attendance> heads(long sessionId) {
        Map<Long, Attendance> heads = new HashMap<>();
        for (Attendance a : query("SELECT " + ATTENDANCE_COLUMNS + " FROM training_attendance a WHERE a.session_id = ? "
                + "AND " + HEAD, sessionId)) {
            heads.put(a.employeeId(), a);
        }
        return heads;
    }

    /** The last row of every chain, keyed by {@link #key(long, long)} of session and employee. */
    public Map<Long, Attendance> allHeads() {
        Map<Long, Attendance> heads = new HashMap<>();
        for (Attendance a : query("SELECT " + ATTENDANCE_COLUMNS + " FROM training_attendance a WHERE " + HEAD)) {
            heads.put(key(a.sessionId(), a.employeeId()), a);
        }
        return heads;
    }

    public static long key(long sessionId, long employeeId) {
        return (sessionId << 32) ^ employeeId;
    }

    /** Every attendance in force, with its session's day and kind, for the export and the training files. */
    public List<Attendance> allInForce() {
        return query("SELECT " + ATTENDANCE_COLUMNS + " FROM training_attendance a WHERE " + IN_FORCE
                + " ORDER BY a.session_id, a.id");
    }

    /** Attendance in force of some people (all when {@code employeeIds} is null), ordered by session day. */
    public List<Attendance> inForceOf(java.util.Collection<Long> employeeIds) {
        List<Attendance> all = query("SELECT " + ATTENDANCE_COLUMNS + " FROM training_attendance a JOIN "
                + "training_session s ON s.id = a.session_id WHERE " + IN_FORCE + " ORDER BY s.held_on, s.id");
        if (employeeIds == null) {
            return all;
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(employeeIds);
        return all.stream().filter(a -> wanted.contains(a.employeeId())).toList();
    }

    /** Every employee, lean: one query joined with their post, in id order. */
    public List<org.nineones.model.training.Trainee> trainees() {
        return dsl.connectionResult(c -> {
            List<org.nineones.model.training.Trainee> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.name, e.id_number, e.employee_number, "
                    + "e.org_unit_id, e.post_id, p.name, p.category, p.org_unit_id, e.hire_date, e.status, "
                    + "e.certificate_number, e.certificate_expiry FROM employee e LEFT JOIN post p ON p.id = e.post_id "
                    + "ORDER BY e.id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String category = rs.getString(8);
                    String hired = rs.getString(10);
                    String expiry = rs.getString(13);
                    list.add(new org.nineones.model.training.Trainee(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), Ids.orNull(rs, 5), Ids.orNull(rs, 6), rs.getString(7),
                            category == null ? null : org.nineones.model.PostCategory.valueOf(category),
                            Ids.orNull(rs, 9), IsoDates.date(hired),
                            org.nineones.model.EmployeeStatus.valueOf(rs.getString(11)), rs.getString(12),
                            IsoDates.date(expiry)));
                }
            }
            return list;
        });
    }

    /**
     * Hours credited in force per employee and kind at sessions held on or before {@code to}: in all, and in the
     * window from {@code windowFrom} (inclusive); one pass grouped by employee and kind.
     */
    public org.nineones.model.training.CreditedHours credited(LocalDate windowFrom, LocalDate to) {
        Map<Long, Map<TrainingKind, Double>> total = new HashMap<>();
        Map<Long, Map<TrainingKind, Double>> window = new HashMap<>();
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.employee_id, " + KIND_NUMBER + ", sum(a.hours), "
                    + "sum(CASE WHEN s.held_on >= ? THEN a.hours ELSE 0 END) FROM training_attendance a "
                    + "JOIN training_session s ON s.id = a.session_id WHERE " + IN_FORCE + " AND s.held_on <= ? "
                    + "GROUP BY a.employee_id, s.kind")) {
                ps.setString(1, windowFrom.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long employee = rs.getLong(1);
                        TrainingKind kind = KINDS[rs.getInt(2)];
                        total.computeIfAbsent(employee, k -> new java.util.EnumMap<>(TrainingKind.class))
                                .put(kind, rs.getDouble(3));
                        double w = rs.getDouble(4);
                        if (w > 0) {
                            window.computeIfAbsent(employee, k -> new java.util.EnumMap<>(TrainingKind.class))
                                    .put(kind, w);
                        }
                    }
                }
            }
        });
        return new org.nineones.model.training.CreditedHours(total, window);
    }

    /** Hours in force per employee and day (all sessions held that day), keyed by {@link #key} of day number and id. */
    public Map<Long, Double> hoursByEmployeeAndDay() {
        Map<Long, Double> hours = new HashMap<>();
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.employee_id, s.held_on, sum(a.hours) FROM "
                    + "training_attendance a JOIN training_session s ON s.id = a.session_id WHERE " + IN_FORCE
                    + " GROUP BY a.employee_id, s.held_on"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hours.put(key(IsoDates.date(rs.getString(2)).toEpochDay(), rs.getLong(1)), rs.getDouble(3));
                }
            }
        });
        return hours;
    }

    private List<Attendance> query(String sql, Object... binds) {
        return dsl.connectionResult(c -> {
            List<Attendance> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < binds.length; i++) {
                    ps.setObject(i + 1, binds[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double score = rs.getDouble(5);
                        Double s = rs.wasNull() ? null : Math.round(score * 1000) / 1000.0;
                        int passed = rs.getInt(6);
                        Boolean p = rs.wasNull() ? null : passed == 1;
                        long corrects = rs.getLong(8);
                        Long cid = rs.wasNull() ? null : corrects;
                        rows.add(new Attendance(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                Math.round(rs.getDouble(4) * 1000) / 1000.0, s, p, rs.getInt(7) == 1, cid,
                                rs.getString(9), rs.getString(10), rs.getString(11)));
                    }
                }
            }
            return rows;
        });
    }

    /** One exam result in force, with its exam. */
    public record ExamResultRow(long employeeId, LocalDate heldOn, String title, double score, double maxScore,
                                boolean passed) {
    }

    /** Exam results in force (not corrected, not voided), with their exam's day and title, ordered by day. */
    public List<ExamResultRow> examResultsInForce() {
        List<ExamResultRow> rows = new ArrayList<>();
        for (Record r : dsl.resultQuery("SELECT r.employee_id, e.held_on, e.title, r.score, e.max_score, r.passed "
                + "FROM exam_result r JOIN exam e ON e.id = r.exam_id WHERE " + InForce.sql("exam_result", "r")
                + " ORDER BY e.held_on, e.id")) {
            rows.add(new ExamResultRow(((Number) r.get(0)).longValue(), IsoDates.date((String) r.get(1)),
                    (String) r.get(2), ((Number) r.get(3)).doubleValue(), ((Number) r.get(4)).doubleValue(),
                    ((Number) r.get(5)).intValue() == 1));
        }
        return rows;
    }
}
