package org.nineones.service.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.training.Attendance;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.store.AuditLog;
import org.nineones.store.Workspace;

/** Sessions, sign-ins and the correction rules, on a real SQLite file. */
class TrainingServiceTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private TrainingWorkspaces.Ids ids;
    private final TrainingService service = new TrainingService(TrainingWorkspaces.ZH, TrainingWorkspaces.CLOCK);

    @BeforeEach
    void open() throws Exception {
        ws = TrainingWorkspaces.create(dir.resolve("培训.nineones"), false);
        ids = TrainingWorkspaces.populate(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private TrainingSession session(double hours) {
        return service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(10), hours, "危化品安全",
                TrainingKind.ANNUAL, "储存与装卸", "李安全", "会议室", ids.production()));
    }

    @Test
    void editingASessionKeepsOldAndNewValuesInTheAuditLog() {
        TrainingSession s = session(4);
        service.save(ws, new TrainingSession(s.id(), s.heldOn(), 6, "危化品安全知识", s.kind(), s.content(), "张老师",
                s.place(), s.orgUnitId()));
        TrainingSession now = service.sessions(ws).get(0);
        assertEquals(6, now.hours());
        assertEquals("危化品安全知识", now.topic());
        AuditLog.Entry last = ws.read(store -> store.audit().latest(1)).get(0);
        assertEquals("update", last.action());
        assertTrue(last.detail().contains("hours: 4 → 6"), last.detail());
        assertTrue(last.detail().contains("trainer: 李安全 → 张老师"), last.detail());
    }

    @Test
    void refusesASessionInTheFutureOrWithoutHoursOrTopic() {
        TrainingRuleException future = assertThrows(TrainingRuleException.class, () -> service.save(ws,
                new TrainingSession(null, TrainingWorkspaces.TODAY.plusDays(1), 2, "主题", TrainingKind.DRILL, "", "",
                        "", null)));
        assertEquals("heldOn", future.field());
        assertTrue(future.getMessage().contains("还没到"));
        assertEquals("hours", assertThrows(TrainingRuleException.class, () -> session(0)).field());
        assertEquals("topic", assertThrows(TrainingRuleException.class, () -> service.save(ws,
                new TrainingSession(null, TrainingWorkspaces.TODAY, 2, "  ", TrainingKind.DRILL, "", "", "", null)))
                .field());
        assertTrue(service.sessions(ws).isEmpty());
    }

    @Test
    void signsPeopleInWithTheSessionsHoursAndRefusesADuplicateSignIn() {
        TrainingSession s = session(4);
        assertEquals(2, service.addAttendees(ws, s.id(), List.of(ids.wang1(), ids.wang2())));
        List<Attendance> in = service.attendance(ws, s.id());
        assertEquals(2, in.size());
        assertEquals(4, in.get(0).hours());
        TrainingRuleException e = assertThrows(TrainingRuleException.class,
                () -> service.addAttendees(ws, s.id(), List.of(ids.wang3(), ids.wang1())));
        assertTrue(e.getMessage().contains("王一"), e.getMessage());
        assertTrue(e.getMessage().contains("不能重复签到"), e.getMessage());
        assertEquals(2, service.attendance(ws, s.id()).size(), "nothing written, not even 王三");
    }

    @Test
    void aCorrectionReplacesTheRecordInForceAndKeepsTheOriginal() {
        TrainingSession s = session(4);
        service.addAttendees(ws, s.id(), List.of(ids.wang1()));
        Attendance original = service.attendance(ws, s.id()).get(0);
        Attendance corrected = service.correct(ws, original.id(), 3, 88.0, true, "提前离场一小时");
        assertEquals(original.id(), corrected.correctsId());
        List<Attendance> in = service.attendance(ws, s.id());
        assertEquals(1, in.size());
        assertEquals(3, in.get(0).hours());
        assertEquals(88.0, in.get(0).score());
        assertEquals(2, service.history(ws, s.id()).size());
        // the original is no longer in force: correcting it again is refused
        assertThrows(TrainingRuleException.class, () -> service.correct(ws, original.id(), 2, null, null, "再改"));
        // a correction needs a reason, and its values are checked like a sign-in's
        assertEquals("reason", assertThrows(TrainingRuleException.class,
                () -> service.correct(ws, corrected.id(), 2, null, null, " ")).field());
        assertEquals("hours", assertThrows(TrainingRuleException.class,
                () -> service.correct(ws, corrected.id(), 5, null, null, "多记")).field());
        assertEquals("hours", assertThrows(TrainingRuleException.class,
                () -> service.correct(ws, corrected.id(), -1, null, null, "负数")).field());
        assertEquals("score", assertThrows(TrainingRuleException.class,
                () -> service.correct(ws, corrected.id(), 2, 101.0, null, "分数")).field());
    }

    @Test
    void aWithdrawnSignInLeavesTheListAndCanBeSignedInAgain() {
        TrainingSession s = session(4);
        service.addAttendees(ws, s.id(), List.of(ids.wang1(), ids.wang2()));
        Attendance wrong = service.attendance(ws, s.id()).get(1);
        service.withdraw(ws, wrong.id(), "误加");
        List<Attendance> in = service.attendance(ws, s.id());
        assertEquals(1, in.size());
        assertEquals(ids.wang1(), in.get(0).employeeId());
        List<Attendance> history = service.history(ws, s.id());
        assertEquals(3, history.size());
        assertTrue(history.get(2).voided());
        assertEquals("误加", history.get(2).correctionReason());
        assertEquals(1, service.addAttendees(ws, s.id(), List.of(ids.wang2())));
        assertEquals(2, service.attendance(ws, s.id()).size());
    }

    @Test
    void attendanceRowsCannotBeChangedInTheDatabase() throws Exception {
        TrainingSession s = session(4);
        service.addAttendees(ws, s.id(), List.of(ids.wang1()));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ws.file());
             java.sql.Statement st = c.createStatement()) {
            java.sql.SQLException e = assertThrows(java.sql.SQLException.class,
                    () -> st.executeUpdate("UPDATE training_attendance SET hours = 1"));
            assertTrue(e.getMessage().contains("cannot be changed"), e.getMessage());
            assertThrows(java.sql.SQLException.class, () -> st.executeUpdate("DELETE FROM training_attendance"));
        }
        assertEquals(4, service.attendance(ws, s.id()).get(0).hours());
    }

    @Test
    void shortensASessionOnlyWhenNobodyIsCreditedMore() {
        TrainingSession s = session(4);
        service.addAttendees(ws, s.id(), List.of(ids.wang1()));
        TrainingRuleException e = assertThrows(TrainingRuleException.class, () -> service.save(ws,
                new TrainingSession(s.id(), s.heldOn(), 2, s.topic(), s.kind(), "", "", "", null)));
        assertEquals("hours", e.field());
        assertEquals(4, service.sessions(ws).get(0).hours());
        assertNull(service.attendance(ws, s.id()).get(0).score());
        assertFalse(service.attendance(ws, s.id()).isEmpty());
    }
}
