package org.nineones.service.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.rewards.EntryDraft;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;
import org.nineones.store.AuditLog;

/** Rules in a workspace, entries with their checks, the correction chain, totals; on a real SQLite file. */
class RewardsServiceTest {

    @TempDir
    Path dir;
    RewardsFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new RewardsFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.workspace.close();
    }

    private RewardRule rule(String code) {
        return f.service.rules(f.workspace).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private EntryDraft forZhang(LocalDate day, RewardKind kind, Long rule, Double amount) {
        return new EntryDraft(day, f.zhang.id(), null, kind, "", rule, null, null, amount, null, "厂长");
    }

    @Test
    void loadsTheDefaultRulesOnceAndKeepsRulesThatEntriesUse() {
        int added = f.service.loadDefaultRules(f.workspace);
        assertEquals(RewardRules.defaults().rules().size(), added);
        assertEquals(0, f.service.loadDefaultRules(f.workspace), "codes already there are skipped");

        RewardRule p02 = rule("P02");
        RewardRule changed = f.service.saveRule(f.workspace, new RewardRule(p02.id(), "P02", RewardKind.PENALTY,
                "未按规定佩戴劳动防护用品", 150, 2, true));
        assertEquals(150, rule("P02").amount());
        assertEquals(changed, rule("P02"));
        f.service.record(f.workspace, forZhang(f.TODAY, null, p02.id(), null));

        assertFalse(f.service.removeRule(f.workspace, p02.id()), "a rule in use is deactivated");
        assertFalse(rule("P02").active());
        RewardRuleException inactive = assertThrows(RewardRuleException.class,
                () -> f.service.record(f.workspace, forZhang(f.TODAY, null, p02.id(), null)));
        assertEquals(EntryField.RULE, inactive.problems().get(0).field());

        RewardRule r04 = rule("R04");
        assertTrue(f.service.removeRule(f.workspace, r04.id()), "an unused rule is deleted");
        assertEquals(added - 1, f.service.rules(f.workspace).size());

        RewardRuleException taken = assertThrows(RewardRuleException.class, () -> f.service.saveRule(f.workspace,
                new RewardRule(null, "P01", RewardKind.PENALTY, "重复代码", 1, 1, true)));
        assertTrue(taken.getMessage().contains("P01"));
    }

    @Test
    void aMalformedRulesFileLoadsNothingAndNamesTheLine() throws Exception {
        Path file = dir.resolve("规则.tsv");
        Files.writeString(file, "code\tkind\tdescription\tamount\tpoints\nA1\tREWARD\t好\t1\t1\nA2\t奖惩\t坏\t1\t1\n",
                StandardCharsets.UTF_8);
        RewardRuleException e = assertThrows(RewardRuleException.class,
                () -> f.service.loadRules(f.workspace, file));
        assertTrue(e.getMessage().contains("第 3 行"), e.getMessage());
        assertEquals(List.of(), f.service.rules(f.workspace));
    }

    @Test
    void anEntryTakesItsRulesKindAmountAndPointsAndTheDutyTextAsItWas() {
        f.service.loadDefaultRules(f.workspace);
        RewardRule r01 = rule("R01");
        List<DutyChoice> duties = f.service.dutyChoices(f.workspace, f.zhang.id(), f.TODAY);
        assertEquals(3, duties.size());
        assertEquals("3. 发现事故隐患立即报告", duties.get(2).label());
        RewardEntry e = f.service.record(f.workspace, new EntryDraft(f.TODAY.minusDays(3), f.zhang.id(), null, null,
                null, r01.id(), duties.get(2).versionId(), 3, null, null, " 安全科长 "));
        assertEquals(RewardKind.REWARD, e.kind());
        assertEquals(r01.description(), e.reason());
        assertEquals(r01.amount(), e.amount());
        assertEquals(r01.points(), e.points());
        assertEquals("发现事故隐患立即报告", e.dutyText());
        assertEquals(f.duties.id(), e.dutyVersionId());
        assertEquals("安全科长", e.approvedBy());
        assertFalse(e.recordedBy().isBlank());
        List<AuditLog.Entry> audit = f.workspace.read(s -> s.audit().latest(1));
        assertEquals("reward_entry", audit.get(0).entity());
        assertEquals(e.id(), audit.get(0).entityId());
    }

    @Test
    void refusesBadEntriesFieldByFieldAndWritesNothing() {
        f.service.loadDefaultRules(f.workspace);
        RewardRule p01 = rule("P01");
        EntryDraft bad = new EntryDraft(f.TODAY.plusDays(1), f.zhang.id(), f.workshop.id(), RewardKind.REWARD, "",
                p01.id(), null, null, -5.0, 5000.0, " ");
        RewardRuleException e = assertThrows(RewardRuleException.class, () -> f.service.record(f.workspace, bad));
        Map<EntryField, String> byField = e.problems().stream()
                .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a + b));
        assertEquals(Map.of(
                EntryField.DATE, "日期 2026-11-21 晚于今天（2026-11-20）。奖惩只能登记已经发生的事，请改正日期。",
                EntryField.SUBJECT, "请选择一名人员或一个部门（只能选其一）。",
                EntryField.KIND, "规则“P01”是处罚规则，不能登记为奖励。请改正类别或规则。",
                EntryField.AMOUNT, "金额不能为负数。处罚也填正数，类别已说明是处罚。",
                EntryField.POINTS, "分值超过 1000 分，可能输错了，请检查。",
                EntryField.APPROVER, "请填写批准人。"), byField);
        assertEquals(0, (int) f.workspace.read(s -> s.rewards().countEntries()));

        RewardRuleException noReason = assertThrows(RewardRuleException.class, () -> f.service.record(f.workspace,
                new EntryDraft(f.TODAY, null, f.workshop.id(), RewardKind.REWARD, " ", null, null, null, 10.0, 1.0,
                        "厂长")));
        assertEquals(EntryField.REASON, noReason.problems().get(0).field());
        RewardRuleException dutyOfOtherPost = assertThrows(RewardRuleException.class, () -> f.service.record(
                f.workspace, new EntryDraft(f.TODAY, f.li.id(), null, RewardKind.PENALTY, "违章", null,
                        f.duties.id(), 1, 10.0, 1.0, "厂长")));
        assertEquals(EntryField.DUTY, dutyOfOtherPost.problems().get(0).field());
        RewardRuleException noSuchItem = assertThrows(RewardRuleException.class, () -> f.service.record(
                f.workspace, new EntryDraft(f.TODAY, f.zhang.id(), null, RewardKind.PENALTY, "违章", null,
                        f.duties.id(), 4, 10.0, 1.0, "厂长")));
        assertTrue(noSuchItem.getMessage().contains("只有 3 条"), noSuchItem.getMessage());
    }

    @Test
    void aCorrectionReplacesTheEntryVisiblyAndAWithdrawalVoidsIt() {
        RewardEntry first = f.service.record(f.workspace, new EntryDraft(f.TODAY.minusDays(10), f.zhang.id(), null,
                RewardKind.PENALTY, "未戴安全帽", null, null, null, 100.0, 1.0, "车间主任"));
        RewardEntry second = f.service.correct(f.workspace, first.id(), new EntryDraft(f.TODAY.minusDays(10),
                f.zhang.id(), null, RewardKind.PENALTY, "未戴安全帽", null, null, null, 50.0, 1.0, "车间主任"),
                "金额按制度应为 50 元");
        assertEquals(first.id(), second.correctsId());
        List<EntryRow> inForce = f.service.entries(f.workspace, RewardsService.Filter.all());
        assertEquals(List.of(second.id()), inForce.stream().map(r -> r.entry().id()).toList());
        assertTrue(inForce.get(0).corrected());

        RewardRuleException twice = assertThrows(RewardRuleException.class, () -> f.service.correct(f.workspace,
                first.id(), new EntryDraft(f.TODAY, f.zhang.id(), null, RewardKind.PENALTY, "x", null, null, null,
                        1.0, 1.0, "a"), "再改"));
        assertTrue(twice.getMessage().contains("已被更正"), twice.getMessage());
        assertThrows(RewardRuleException.class, () -> f.service.withdraw(f.workspace, second.id(), " "));

        RewardEntry voiding = f.service.withdraw(f.workspace, second.id(), "重复登记");
        assertTrue(voiding.voided());
        assertEquals(List.of(), f.service.entries(f.workspace, RewardsService.Filter.all()));

        List<EntryRow> history = f.service.history(f.workspace, second.id());
        assertEquals(List.of(first.id(), second.id(), voiding.id()),
                history.stream().map(r -> r.entry().id()).toList());
        assertEquals("金额按制度应为 50 元", history.get(1).entry().correctionReason());
        assertEquals(100.0, history.get(0).entry().amount(), "the original stays as it was");
        assertEquals(3, (int) f.workspace.read(s -> s.rewards().countEntries()));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() throws SQLException {
        RewardEntry e = f.service.record(f.workspace, new EntryDraft(f.TODAY, null, f.workshop.id(),
                RewardKind.REWARD, "全年无事故", null, null, null, 2000.0, 10.0, "总经理"));
        Path file = f.workspace.file();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE reward_entry SET amount = 1 WHERE id = " + e.id()));
            assertTrue(update.getMessage().contains("cannot be changed"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM reward_entry WHERE id = " + e.id()));
            assertTrue(delete.getMessage().contains("cannot be deleted"), delete.getMessage());
        }
        assertEquals(2000.0, f.workspace.read(s -> s.rewards().entry(e.id())).orElseThrow().amount());
    }

    @Test
    void totalsCountRewardsAndPenaltiesApartByPersonUnitAndMonth() {
        record(f.zhang.id(), null, LocalDate.of(2026, 10, 5), RewardKind.REWARD, 500, 5);
        record(f.zhang.id(), null, LocalDate.of(2026, 11, 2), RewardKind.PENALTY, 100, 1);
        record(f.li.id(), null, LocalDate.of(2026, 11, 3), RewardKind.PENALTY, 200.5, 2);
        record(null, f.workshop.id(), LocalDate.of(2026, 11, 4), RewardKind.REWARD, 2000, 10);
        RewardEntry withdrawn = record(f.wang.id(), null, LocalDate.of(2026, 11, 5), RewardKind.PENALTY, 999, 9);
        f.service.withdraw(f.workspace, withdrawn.id(), "登记错人");
        record(f.wang.id(), null, LocalDate.of(2025, 12, 31), RewardKind.PENALTY, 50, 1);

        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        Map<String, TotalRow> byPerson = byKey(f.service.totals(f.workspace, from, to, TotalsBy.PERSON));
        assertEquals(new TotalRow("张三（A001）", 1, 500, 5, 1, 100, 1), byPerson.get("张三（A001）"));
        assertEquals(new TotalRow("李四（A002）", 0, 0, 0, 1, 200.5, 2), byPerson.get("李四（A002）"));
        assertEquals(2, byPerson.size(), "the withdrawn and the out-of-range entries do not count");

        Map<String, TotalRow> byUnit = byKey(f.service.totals(f.workspace, from, to, TotalsBy.UNIT));
        assertEquals(new TotalRow("生产部 / 一车间", 2, 2500, 15, 1, 100, 1), byUnit.get("生产部 / 一车间"));
        assertEquals(new TotalRow("生产部", 2, 2500, 15, 2, 300.5, 3), byUnit.get("生产部"));
        assertEquals(new TotalRow("示范化工有限公司", 2, 2500, 15, 2, 300.5, 3), byUnit.get("示范化工有限公司"));

        List<TotalRow> byMonth = f.service.totals(f.workspace, from, to, TotalsBy.MONTH);
        assertEquals(List.of(new TotalRow("2026-10", 1, 500, 5, 0, 0, 0),
                new TotalRow("2026-11", 1, 2000, 10, 2, 300.5, 3)), byMonth);

        List<EntryRow> penalties = f.service.entries(f.workspace, new RewardsService.Filter(from, to,
                RewardKind.PENALTY, "生产部"));
        assertEquals(2, penalties.size());
        assertEquals(List.of("张三"), f.service.entries(f.workspace, new RewardsService.Filter(null, null, null,
                "A001")).stream().map(EntryRow::subject).distinct().toList());
    }

    @Test
    void aPersonKnownOnlyByTheirPostCountsTowardsThePostsUnit() {
        org.nineones.model.Employee zhao = new org.nineones.service.people.PeopleService(f.messages).save(f.workspace,
                new org.nineones.model.Employee(null,
                "赵六", org.nineones.model.Gender.MALE, org.nineones.model.IdNumber.of(
                        org.nineones.ui.TestData.id("37010219920404004")), "A004", "", null, f.operator.id(),
                LocalDate.of(2021, 1, 1), org.nineones.model.EmployeeStatus.ACTIVE, "", null));
        record(zhao.id(), null, LocalDate.of(2026, 11, 6), RewardKind.REWARD, 300, 3);
        Map<String, TotalRow> byUnit = byKey(f.service.totals(f.workspace, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), TotalsBy.UNIT));
        assertEquals(new TotalRow("生产部 / 一车间", 1, 300, 3, 0, 0, 0), byUnit.get("生产部 / 一车间"));
        assertEquals("生产部 / 一车间", f.service.entries(f.workspace, RewardsService.Filter.all()).stream()
                .filter(r -> r.subject().equals("赵六")).findFirst().orElseThrow().unitPath());
    }

    @Test
    void theSampleGetsRulesEntriesAndACorrection() {
        assertEquals(5, RewardsSample.addTo(f.workspace, f.messages));
        List<EntryRow> rows = f.service.entries(f.workspace, RewardsService.Filter.all());
        assertEquals(4, rows.size());
        EntryRow corrected = rows.stream().filter(EntryRow::corrected).findFirst().orElseThrow();
        assertEquals("张三", corrected.subject());
        assertEquals(50.0, corrected.entry().amount());
        assertEquals("正确佩戴和使用劳动防护用品", corrected.entry().dutyText());
        assertTrue(rows.stream().anyMatch(r -> !r.person()));
    }

    private RewardEntry record(Long person, Long unit, LocalDate day, RewardKind kind, double amount, double points) {
        RewardEntry e = f.service.record(f.workspace, new EntryDraft(day, person, unit, kind, "事由" + day, null,
                null, null, amount, points, "厂长"));
        assertNotNull(e.id());
        return e;
    }

    private static Map<String, TotalRow> byKey(List<TotalRow> rows) {
        return rows.stream().collect(Collectors.toMap(TotalRow::key, r -> r));
    }
}
