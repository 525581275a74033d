package org.nineones.service.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.model.training.Attendance;
import org.nineones.model.training.AttendanceEntry;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * Training sessions and who attended them. A session may be edited (its audit entry keeps the old and new values);
 * attendance is final: it is corrected by a correction row with a reason, or withdrawn by a voided one. Every write
 * is one transaction with its audit entry.
 */
public final class TrainingService {

    static final String SESSION = "training_session";
    static final String ATTENDANCE = "training_attendance";
    /** More hours than this credited to one person on one day (several sessions) are not believable. */
    public static final double MAX_HOURS_A_DAY = 24;
    /** A score's maximum when the session has no exam saying otherwise. */
    public static final double DEFAULT_MAX_SCORE = 100;

    private final Messages messages;
    private final Clock clock;

    public TrainingService(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public TrainingService(Messages messages) {
        this(messages, Clock.systemDefaultZone());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String kindName(TrainingKind kind) {
        return messages.get(kind.textKey());
    }

    /** Everyone who may attend a session, as the attendance pickers list them. */
    public List<org.nineones.model.training.Trainee> trainees(Workspace workspace) {
        return workspace.read(store -> store.training().trainees());
    }

    /** Each org unit's printed path (公司 / 部门 / 车间), by id. */
    public Map<Long, String> unitPaths(Workspace workspace) {
        return workspace.read(store -> org.nineones.model.OrgPaths.printed(store.orgUnits().all()));
    }

    /** Every session, newest first. */
    public List<TrainingSession> sessions(Workspace workspace) {
        return workspace.read(store -> store.training().sessions());
    }

    public Map<Long, Integer> attendeeCounts(Workspace workspace) {
        return workspace.read(store -> store.training().attendeeCounts());
    }

    /** Saves a new session or the changes to one; returns it with its id. */
    public TrainingSession save(Workspace workspace, TrainingSession session) {
        TrainingSession s = check(session);
        return workspace.write(store -> {
            if (s.id() == null) {
                TrainingSession saved = store.training().insertSession(s);
                store.audit().record("create", SESSION, saved.id(), describe(saved));
                return saved;
            }
            TrainingSession old = store.training().session(s.id()).orElseThrow(() ->
                    new TrainingRuleException(null, messages.get("training.error.noSession")));
            List<AttendanceHours> over = new ArrayList<>();
            for (Attendance a : store.training().attendanceInForce(s.id())) {
                if (a.hours() > s.hours() + 1e-9) {
                    over.add(new AttendanceHours(a.employeeId(), a.hours()));
                }
            }
            if (!over.isEmpty()) {
                throw new TrainingRuleException("hours", messages.get("training.error.hoursBelowCredited",
                        hours(s.hours()), over.size(), hours(over.get(0).hours())));
            }
            store.training().updateSession(s);
            store.audit().record("update", SESSION, s.id(), changes(old, s));
            return s;
        });
    }

    private record AttendanceHours(long employeeId, double hours) {
    }

    private TrainingSession check(TrainingSession s) {
        if (s.heldOn() == null) {
            throw new TrainingRuleException("heldOn", messages.get("training.error.noDate"));
        }
        if (s.heldOn().isAfter(today())) {
            throw new TrainingRuleException("heldOn", messages.get("training.error.futureDate", s.heldOn().toString()));
        }
        if (!(s.hours() > 0) || s.hours() > 200) {
            throw new TrainingRuleException("hours", messages.get("training.error.sessionHours", hours(s.hours())));
        }
        String topic = TextNormaliser.trim(s.topic() == null ? "" : s.topic());
        if (topic.isEmpty()) {
            throw new TrainingRuleException("topic", messages.get("training.error.noTopic"));
        }
        if (s.kind() == null) {
            throw new TrainingRuleException("kind", messages.get("training.error.noKind"));
        }
        return new TrainingSession(s.id(), s.heldOn(), s.hours(), topic, s.kind(), TextNormaliser.trim(s.content()),
                TextNormaliser.trim(s.trainer()), TextNormaliser.trim(s.place()), s.orgUnitId());
    }

    private String describe(TrainingSession s) {
        return s.heldOn() + " " + s.kind() + " " + hours(s.hours()) + "h " + s.topic();
    }

    /** The audit detail of an edit: each changed field as old → new. */
    static String changes(TrainingSession old, TrainingSession now) {
        List<String> parts = new ArrayList<>();
        diff(parts, "held_on", old.heldOn(), now.heldOn());
        diff(parts, "hours", hours(old.hours()), hours(now.hours()));
        diff(parts, "topic", old.topic(), now.topic());
        diff(parts, "kind", old.kind(), now.kind());
        diff(parts, "content", old.content(), now.content());
        diff(parts, "trainer", old.trainer(), now.trainer());
        diff(parts, "place", old.place(), now.place());
        diff(parts, "org_unit_id", old.orgUnitId(), now.orgUnitId());
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static void diff(List<String> parts, String name, Object old, Object now) {
        if (!java.util.Objects.equals(old, now)) {
            parts.add(name + ": " + old + " → " + now);
        }
    }

    /** Hours as people write them: 2, 1.5. */
    public static String hours(double h) {
        if (h == Math.rint(h)) {
            return String.valueOf((long) h);
        }
        return String.format(Locale.ROOT, "%.2f", h).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The attendance in force at a session. */
    public List<Attendance> attendance(Workspace workspace, long sessionId) {
        return workspace.read(store -> store.training().attendanceInForce(sessionId));
    }

    /** Every row of a session's attendance, originals and corrections, oldest first. */
    public List<Attendance> history(Workspace workspace, long sessionId) {
        return workspace.read(store -> store.training().attendanceHistory(sessionId));
    }

    /**
     * Signs people in at a session, each credited the session's hours (no score). Someone already signed in is
     * refused with a sentence naming them; someone whose record was withdrawn is signed in again by a correction.
     *
     * @return the number of people signed in
     */
    public int addAttendees(Workspace workspace, long sessionId, Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return 0;
        }
        return workspace.write(store -> {
            TrainingSession session = store.training().session(sessionId).orElseThrow(() ->
                    new TrainingRuleException(null, messages.get("training.error.noSession")));
            Map<Long, Attendance> heads = store.training().heads(sessionId);
            List<String> already = new ArrayList<>();
            for (long id : new java.util.LinkedHashSet<>(employeeIds)) {
                Attendance head = heads.get(id);
                if (head != null && !head.voided()) {
                    already.add(name(store, id));
                }
            }
            if (!already.isEmpty()) {
                throw new TrainingRuleException(null, messages.get("training.error.alreadySignedIn",
                        String.join("、", already.subList(0, Math.min(5, already.size()))), already.size(),
                        session.heldOn().toString(), session.topic()));
            }
            List<AttendanceEntry> fresh = new ArrayList<>();
            int again = 0;
            for (long id : new java.util.LinkedHashSet<>(employeeIds)) {
                Attendance head = heads.get(id);
                if (head == null) {
                    fresh.add(new AttendanceEntry(sessionId, id, session.hours(), null, null));
                } else {
                    long cid = store.training().insertCorrection(head, session.hours(), null, null, false,
                            messages.get("training.reason.signedInAgain"));
                    store.audit().record("correct", ATTENDANCE, cid, "signed in again, corrects " + head.id());
                    again++;
                }
            }
            store.training().insertAttendance(fresh);
            store.audit().record("add-attendees", SESSION, sessionId, (fresh.size() + again) + " people");
            return fresh.size() + again;
        });
    }

    private static String name(Store store, long employeeId) {
        return store.employees().find(employeeId).map(Employee::name).orElse("#" + employeeId);
    }

    /**
     * Corrects an attendance record: the hours, score and pass in force from now on, with a reason. The record must
     * be in force (a corrected or withdrawn record is corrected through its newest row).
     */
    public Attendance correct(Workspace workspace, long attendanceId, double hours, Double score, Boolean passed,
                              String reason) {
        return workspace.write(store -> {
            Attendance head = inForce(store, attendanceId);
            TrainingSession session = store.training().session(head.sessionId()).orElseThrow();
            checkValues(store, session, hours, score);
            String why = checkReason(reason);
            long id = store.training().insertCorrection(head, hours, score, passed, false, why);
            store.audit().record("correct", ATTENDANCE, id, "corrects " + head.id() + ": hours " + hours(head.hours())
                    + " → " + hours(hours) + ", score " + head.score() + " → " + score + ", passed " + head.passed()
                    + " → " + passed + "; " + why);
            return store.training().attendance(id).orElseThrow();
        });
    }

    /** Withdraws an attendance record wrongly added (a voided correction row), with a reason. */
    public void withdraw(Workspace workspace, long attendanceId, String reason) {
        workspace.write(store -> {
            Attendance head = inForce(store, attendanceId);
            String why = checkReason(reason);
            long id = store.training().insertCorrection(head, head.hours(), head.score(), head.passed(), true, why);
            store.audit().record("void", ATTENDANCE, id, "withdraws " + head.id() + "; " + why);
            return null;
        });
    }

    private Attendance inForce(Store store, long attendanceId) {
        Attendance a = store.training().attendance(attendanceId).orElseThrow(() ->
                new TrainingRuleException(null, messages.get("training.error.noAttendance")));
        Map<Long, Attendance> heads = store.training().heads(a.sessionId());
        Attendance head = heads.get(a.employeeId());
        if (head == null || head.id() != a.id() || a.voided()) {
            throw new TrainingRuleException(null, messages.get("training.error.notInForce"));
        }
        return a;
    }

    private String checkReason(String reason) {
        String why = TextNormaliser.trim(reason == null ? "" : reason);
        if (why.isEmpty()) {
            throw new TrainingRuleException("reason", messages.get("training.error.noReason"));
        }
        return why;
    }

    private void checkValues(Store store, TrainingSession session, double hours, Double score) {
        Optional<String> problem = hoursProblem(hours, session.hours());
        if (problem.isPresent()) {
            throw new TrainingRuleException("hours", problem.get());
        }
        double max = store.training().examMaxScores().getOrDefault(session.id(), DEFAULT_MAX_SCORE);
        if (score != null && (score < 0 || score > max)) {
            throw new TrainingRuleException("score", messages.get("training.error.score", hours(score), hours(max)));
        }
    }

    /** What is wrong with hours credited at a session of {@code sessionHours}, if anything. */
    Optional<String> hoursProblem(double hours, double sessionHours) {
        if (Double.isNaN(hours) || hours < 0) {
            return Optional.of(messages.get("training.error.negativeHours", hours(hours)));
        }
        if (hours > sessionHours + 1e-9) {
            return Optional.of(messages.get("training.error.moreThanSession", hours(hours), hours(sessionHours)));
        }
        return Optional.empty();
    }
}
