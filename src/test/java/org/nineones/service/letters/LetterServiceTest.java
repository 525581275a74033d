package org.nineones.service.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.store.LetterRepository.Signature;

/** Signing, who must sign again after a new duty-list version, corrections and withdrawals, on a real SQLite file. */
class LetterServiceTest {

    @TempDir
    Path dir;
    LetterFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new LetterFixture(dir.resolve("企业"));
    }

    @AfterEach
    void tearDown() {
        f.ws.close();
    }

    @Test
    void nobodyHasSignedAtFirstAndCountsArePerLevel() {
        LetterRound round = f.letters.round(f.ws, 2026);
        assertEquals(8, round.count(LetterStatus.UNSIGNED));
        assertEquals(List.of(1, 1, 2, 2, 2), round.levels().stream().map(LetterRound.LevelCount::total).toList());
        assertTrue(round.levels().stream().allMatch(l -> l.signed() == 0));
    }

    @Test
    void signingRecordsTheVersionInForceTheCounterpartAndAnAuditEntry() {
        Signature s = f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 1, 10), null);
        LetterRow row = SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作");
        assertEquals(LetterStatus.SIGNED, row.status());
        assertEquals(s.id(), row.signature().id());
        assertEquals(1, row.signedVersion());
        assertEquals(f.id("周班长"), s.counterpartId());
        assertEquals("周班长", s.counterpartName());
        String audit = f.ws.read(store -> store.audit().latest(1).get(0).detail());
        assertTrue(audit.contains("吴操作") && audit.contains("2026-01-10"), audit);
        LetterRound.LevelCount level5 = f.letters.round(f.ws, 2026).levels().get(4);
        assertEquals(1, level5.signed());
        assertEquals(2, level5.total());
    }

    @Test
    void aNewDutyListVersionInForceAfterSigningMeansSigningAgain() {
        f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 1, 10), null);
        f.letters.sign(f.ws, f.id("周班长"), 2026, LocalDate.of(2026, 1, 10), null);
        // a newer version of the operator's duty list, in force from 1 March
        f.approve(f.posts.get("巡检工"), LocalDate.of(2026, 3, 1), "新增：执行巡检路线");
        LetterRound round = f.letters.round(f.ws, 2026);
        LetterRow operator = SigningOrderTest.row(round, "吴操作");
        assertEquals(LetterStatus.RESIGN, operator.status());
        assertEquals(1, operator.signedVersion());
        assertEquals(2, operator.current().number());
        assertEquals(LetterStatus.SIGNED, SigningOrderTest.row(round, "周班长").status());
        assertTrue(round.toSign().stream().anyMatch(r -> r.employee().name().equals("吴操作")));

        // signing again records the new version
        f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 3, 5), null);
        LetterRow again = SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作");
        assertEquals(LetterStatus.SIGNED, again.status());
        assertEquals(2, again.signedVersion());
        assertEquals(2, f.letters.history(f.ws, f.id("吴操作")).size());
    }

    @Test
    void aReSignatureDatedBeforeTheOldOneStillCounts() {
        // signed v1 on 10 March; v2, in force from 1 March, approved afterwards; the re-signature is dated 5 March
        f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 3, 10), null);
        f.approve(f.posts.get("巡检工"), LocalDate.of(2026, 3, 1), "新增：执行巡检路线");
        assertEquals(LetterStatus.RESIGN, SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作").status());
        Signature again = f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 3, 5), null);
        LetterRow row = SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作");
        assertEquals(LetterStatus.SIGNED, row.status());
        assertEquals(again.id(), row.signature().id());
        assertEquals(2, row.signedVersion());
        // and it is not asked again, so rows do not pile up
        assertThrows(LetterRuleException.class,
                () -> f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 3, 6), null));
        assertEquals(2, f.letters.history(f.ws, f.id("吴操作")).size());
        // correcting the older row's date later does not bring it back in front of the re-signature
        long first = f.letters.history(f.ws, f.id("吴操作")).get(0).signature().id();
        f.letters.correct(f.ws, first, "日期登记错误", false, LocalDate.of(2026, 3, 9), null);
        LetterRow afterCorrection = SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作");
        assertEquals(LetterStatus.SIGNED, afterCorrection.status());
        assertEquals(again.id(), afterCorrection.signature().id());
    }

    @Test
    void aReSignatureAfterMovingPostDatedBeforeTheOldOneCounts() {
        f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 1, 10), null);
        org.nineones.model.Employee e = f.people.get("吴操作");
        org.nineones.model.Post welder = f.posts.get("电焊工");
        f.services.people().save(f.ws, new org.nineones.model.Employee(e.id(), e.name(), e.gender(), e.idNumber(),
                e.employeeNumber(), e.phone(), welder.orgUnitId(), welder.id(), e.hireDate(), e.status(),
                e.certificateNumber(), e.certificateExpiry()));
        Signature again = f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 1, 8), null);
        LetterRow row = SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作");
        assertEquals(LetterStatus.SIGNED, row.status());
        assertEquals(again.id(), row.signature().id());
        assertEquals(welder.id(), row.signature().postId());
    }

    @Test
    void aReSignatureDatedBeforeTheVersionItSignsTookEffectIsRefused() {
        f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 1, 10), null);
        f.approve(f.posts.get("巡检工"), LocalDate.of(2026, 3, 1), "新增：执行巡检路线");
        LetterRuleException e = assertThrows(LetterRuleException.class,
                () -> f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 2, 20), null));
        assertEquals("date", e.field());
        assertTrue(e.getMessage().contains("2026-03-01") && e.getMessage().contains("2026-02-20")
                && e.getMessage().contains("第 2 版"), e.getMessage());
        assertEquals(1, f.letters.history(f.ws, f.id("吴操作")).size());
        assertEquals(LetterStatus.RESIGN, SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作").status());
        // on the day it took effect it is accepted
        Signature again = f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 3, 1), null);
        assertEquals(LetterStatus.SIGNED, SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作").status());
        // nor can a correction move the re-signature before that day
        LetterRuleException moved = assertThrows(LetterRuleException.class, () -> f.letters.correct(f.ws, again.id(),
                "日期登记错误", false, LocalDate.of(2026, 2, 25), null));
        assertTrue(moved.getMessage().contains("2026-03-01"), moved.getMessage());
        assertEquals(2, f.letters.history(f.ws, f.id("吴操作")).size());
        // the first signature's date may still be corrected
        long first = f.letters.history(f.ws, f.id("吴操作")).get(0).signature().id();
        f.letters.correct(f.ws, first, "日期登记错误", false, LocalDate.of(2026, 1, 9), null);
        assertEquals(again.id(), SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作").signature().id());
    }

    @Test
    void aVersionThatTakesEffectLaterDoesNotAskForSigningYet() {
        f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 1, 10), null);
        f.approve(f.posts.get("巡检工"), LocalDate.of(2026, 9, 1), "九月起施行的新职责");
        assertEquals(LetterStatus.SIGNED, SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作").status());
    }

    @Test
    void signingTwiceIsRefusedWithAHintToCorrect() {
        f.letters.sign(f.ws, f.id("王总"), 2026, LocalDate.of(2026, 1, 5), null);
        LetterRuleException e = assertThrows(LetterRuleException.class,
                () -> f.letters.sign(f.ws, f.id("王总"), 2026, LocalDate.of(2026, 1, 6), null));
        assertTrue(e.getMessage().contains("更正"), e.getMessage());
    }

    @Test
    void datesInTheFutureOrBeforeTheYearAreRefused() {
        LetterRuleException future = assertThrows(LetterRuleException.class,
                () -> f.letters.sign(f.ws, f.id("王总"), 2026, LocalDate.of(2026, 6, 16), null));
        assertTrue(future.getMessage().contains("晚于今天"), future.getMessage());
        assertEquals("date", future.field());
        LetterRuleException before = assertThrows(LetterRuleException.class,
                () -> f.letters.sign(f.ws, f.id("王总"), 2026, LocalDate.of(2025, 12, 31), null));
        assertTrue(before.getMessage().contains("早于 2026 年"), before.getMessage());
        assertThrows(LetterRuleException.class, () -> f.letters.sign(f.ws, f.id("王总"), 2026, null, null));
        assertEquals(8, f.letters.round(f.ws, 2026).count(LetterStatus.UNSIGNED));
    }

    @Test
    void aScanIsStoredWithItsHashAndBadFilesAreRefusedClearly() throws Exception {
        Path scan = dir.resolve("扫描件").resolve("王总责任书.jpg");
        Files.createDirectories(scan.getParent());
        Files.write(scan, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        Signature s = f.letters.sign(f.ws, f.id("王总"), 2026, LocalDate.of(2026, 1, 5), scan);
        var info = f.ws.read(store -> store.letters().attachment(s.attachmentId()).orElseThrow());
        assertEquals("王总责任书.jpg", info.fileName());
        assertEquals("image/jpeg", info.mediaType());
        assertEquals(AttachmentFile.sha256(Files.readAllBytes(scan)), info.sha256());
        assertEquals(5, info.size());
        assertEquals("王总责任书.jpg", f.letters.history(f.ws, f.id("王总")).get(0).fileName());

        LetterRuleException missing = assertThrows(LetterRuleException.class, () -> f.letters.sign(f.ws,
                f.id("李副总"), 2026, LocalDate.of(2026, 1, 5), dir.resolve("没有这个文件.pdf")));
        assertTrue(missing.getMessage().contains("找不到文件“没有这个文件.pdf”"), missing.getMessage());
        Path text = dir.resolve("说明.docx");
        Files.writeString(text, "x");
        assertThrows(LetterRuleException.class, () -> f.letters.sign(f.ws, f.id("李副总"), 2026,
                LocalDate.of(2026, 1, 5), text));
        Path empty = dir.resolve("空.pdf");
        Files.write(empty, new byte[0]);
        assertThrows(LetterRuleException.class, () -> f.letters.sign(f.ws, f.id("李副总"), 2026,
                LocalDate.of(2026, 1, 5), empty));
        assertEquals(LetterStatus.UNSIGNED, SigningOrderTest.row(f.letters.round(f.ws, 2026), "李副总").status());
    }

    @Test
    void aCorrectionIsANewRowAndTheChainShowsInTheHistory() {
        Signature original = f.letters.sign(f.ws, f.id("钱部长"), 2026, LocalDate.of(2026, 2, 1), null);
        Signature corrected = f.letters.correct(f.ws, original.id(), "日期登记错误", false, LocalDate.of(2026, 1, 20),
                null);
        assertEquals(original.id(), corrected.correctsId());
        LetterRow row = SigningOrderTest.row(f.letters.round(f.ws, 2026), "钱部长");
        assertEquals(LetterStatus.SIGNED, row.status());
        assertEquals(LocalDate.of(2026, 1, 20), row.signature().signedOn());
        assertEquals(1, row.corrections());
        // the original is kept as it was
        assertEquals(LocalDate.of(2026, 2, 1), f.ws.read(s -> s.letters().find(original.id())).orElseThrow().signedOn());

        List<HistoryEntry> history = f.letters.history(f.ws, f.id("钱部长"));
        assertEquals(2, history.size());
        assertFalse(history.get(0).inForce());
        assertTrue(history.get(1).inForce());
        String line = f.letters.describe(history.get(1));
        assertTrue(line.contains("更正为 2026-01-20") && line.contains("日期登记错误"), line);

        // the corrected row cannot be corrected again; a blank reason is refused
        assertThrows(LetterRuleException.class, () -> f.letters.correct(f.ws, original.id(), "再改", false,
                LocalDate.of(2026, 1, 21), null));
        LetterRuleException blank = assertThrows(LetterRuleException.class, () -> f.letters.correct(f.ws,
                corrected.id(), "  ", false, LocalDate.of(2026, 1, 21), null));
        assertEquals("reason", blank.field());
        assertThrows(LetterRuleException.class, () -> f.letters.correct(f.ws, corrected.id(), "日期", false,
                LocalDate.of(2027, 1, 1), null));
    }

    @Test
    void aWithdrawnSignatureLeavesThePersonUnsigned() {
        Signature original = f.letters.sign(f.ws, f.id("孙主任"), 2026, LocalDate.of(2026, 2, 1), null);
        Signature voided = f.letters.correct(f.ws, original.id(), "签错了人，作废", true, null, null);
        assertTrue(voided.voided());
        LetterRow row = SigningOrderTest.row(f.letters.round(f.ws, 2026), "孙主任");
        assertEquals(LetterStatus.UNSIGNED, row.status());
        assertThrows(LetterRuleException.class, () -> f.letters.correct(f.ws, voided.id(), "再作废", true, null, null));
        // and may sign anew
        f.letters.sign(f.ws, f.id("孙主任"), 2026, LocalDate.of(2026, 2, 3), null);
        assertEquals(LetterStatus.SIGNED, SigningOrderTest.row(f.letters.round(f.ws, 2026), "孙主任").status());
        assertTrue(f.letters.describe(f.letters.history(f.ws, f.id("孙主任")).get(1)).contains("作废"));
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrDeleteASignature() throws Exception {
        Signature s = f.letters.sign(f.ws, f.id("赵安全"), 2026, LocalDate.of(2026, 1, 8), null);
        Path file = f.ws.file();
        f.ws.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE letter_signature SET signed_on = '2026-01-01' WHERE id = " + s.id()));
            assertTrue(update.getMessage().contains("cannot be changed"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> st.executeUpdate("DELETE FROM letter_signature WHERE id = " + s.id()));
            assertTrue(delete.getMessage().contains("cannot be deleted"), delete.getMessage());
            try (ResultSet rs = st.executeQuery("SELECT signed_on FROM letter_signature WHERE id = " + s.id())) {
                assertTrue(rs.next());
                assertEquals("2026-01-08", rs.getString(1));
            }
        }
    }

    @Test
    void someoneWhoMovedPostSignsAgain() {
        f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 1, 10), null);
        org.nineones.model.Employee e = f.people.get("吴操作");
        org.nineones.model.Post welder = f.posts.get("电焊工");
        f.services.people().save(f.ws, new org.nineones.model.Employee(e.id(), e.name(), e.gender(), e.idNumber(),
                e.employeeNumber(), e.phone(), welder.orgUnitId(), welder.id(), e.hireDate(), e.status(),
                e.certificateNumber(), e.certificateExpiry()));
        LetterRow row = SigningOrderTest.row(f.letters.round(f.ws, 2026), "吴操作");
        assertEquals(LetterStatus.RESIGN, row.status());
        assertEquals(f.id("孙主任"), row.counterpart().employeeId());
    }

    @Test
    void peopleWhoLeftAreNotInTheRound() {
        org.nineones.model.Employee e = f.people.get("郑焊工");
        f.services.people().save(f.ws, new org.nineones.model.Employee(e.id(), e.name(), e.gender(), e.idNumber(),
                e.employeeNumber(), e.phone(), e.orgUnitId(), e.postId(), e.hireDate(),
                org.nineones.model.EmployeeStatus.LEFT, e.certificateNumber(), e.certificateExpiry()));
        assertEquals(7, f.letters.round(f.ws, 2026).rows().size());
        assertThrows(LetterRuleException.class, () -> f.letters.sign(f.ws, e.id(), 2026, LocalDate.of(2026, 1, 5),
                null));
    }

    @Test
    void theSampleSignsTheRoundButTheThirdOperator() {
        int year = LocalDate.now().getYear();
        LetterRound before = new LetterService(f.messages).round(f.ws, year);
        int operators = before.levels().stream().filter(l -> l.level() == 5).mapToInt(LetterRound.LevelCount::total)
                .sum();
        int unsigned = operators >= 3 ? 1 : 0;
        assertEquals(before.rows().size() - unsigned, LetterSample.signRound(f.ws));
        LetterRound round = new LetterService(f.messages).round(f.ws, year);
        assertEquals(round.levels().stream().map(l -> l.level() == 5 ? l.total() - unsigned : l.total()).toList(),
                round.levels().stream().map(LetterRound.LevelCount::signed).toList());
    }

    @Test
    void aPastYearIsJudgedOnItsLastDay() {
        assertEquals(LocalDate.of(2025, 12, 31), f.letters.referenceDay(2025));
        assertEquals(LetterFixture.TODAY, f.letters.referenceDay(2026));
        assertThrows(LetterRuleException.class, () -> f.letters.round(f.ws, 1999));
    }
}
