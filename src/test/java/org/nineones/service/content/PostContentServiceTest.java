package org.nineones.service.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.RiskCard;
import org.nineones.model.content.VersionStatus;
import org.nineones.store.AuditLog;
import org.nineones.store.Workspace;

class PostContentServiceTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 1);

    @TempDir
    Path tempDir;
    private Workspace ws;
    private long welder;
    private long guard;
    private final PostContentService service = new PostContentService(new Messages(Locale.SIMPLIFIED_CHINESE));

    @BeforeEach
    void createWorkspace() throws Exception {
        String code = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");
        ws = Workspace.create(tempDir.resolve("张三的文件").resolve("示范.nineones"),
                new Enterprise("示范化工", code, "", false, "", "", "", "", ""));
        ws.write(s -> {
            OrgUnit company = s.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0));
            welder = s.posts().insert(new Post(null, company.id(), "焊工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.LOW)).id();
            guard = s.posts().insert(new Post(null, company.id(), "门卫", PostCategory.OPERATOR, RiskLevel.LOW)).id();
            return null;
        });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static DutyList duties(String... texts) {
        return new DutyList(List.of(texts).stream().map(DutyItem::of).toList());
    }

    private static OperatingProcedure procedure(String before) {
        return new OperatingProcedure(List.of(before), List.of(), List.of(), List.of(), List.of());
    }

    private List<AuditLog.Entry> audit() {
        return ws.read(s -> s.audit().latest(100));
    }

    @Test
    void editingAnApprovedVersionStartsDraftTwoAndKeepsVersionOneReadable() {
        ContentVersion first = service.saveDraft(ws, welder, duties("持证上岗"), "焊工", 3);
        assertEquals(1, first.number());
        ContentVersion again = service.saveDraft(ws, welder, duties("持证上岗", "动火作业办票"));
        assertEquals(first.id(), again.id(), "saving a draft again updates the one draft");
        assertEquals("焊工", again.templateName(), "the template it came from is kept");
        assertEquals(3, again.templateVersion());

        ContentVersion approved = service.approve(ws, welder, ContentKind.DUTY_LIST, " 王厂长 ", JAN);
        assertEquals(VersionStatus.APPROVED, approved.status());
        assertEquals("王厂长", approved.approvedBy());
        assertEquals(JAN, approved.effectiveFrom());
        assertTrue(approved.approvedAt() != null && approved.createdAt() != null);

        ContentVersion second = service.saveDraft(ws, welder, duties("持证上岗", "动火作业办票", "清理现场"));
        assertEquals(2, second.number());
        assertTrue(second.isDraft());

        List<ContentVersion> history = service.history(ws, welder, ContentKind.DUTY_LIST);
        assertEquals(List.of(2, 1), history.stream().map(ContentVersion::number).toList());
        assertEquals(duties("持证上岗", "动火作业办票"), history.get(1).body());
        assertEquals(VersionStatus.APPROVED, history.get(1).status());
    }

    @Test
    void inForceFollowsTheEffectiveDatesIncludingOneStillToCome() {
        service.saveDraft(ws, welder, duties("一月版"));
        service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", JAN);
        service.saveDraft(ws, welder, duties("六月版"));
        service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", JUN);

        assertTrue(service.inForce(ws, welder, ContentKind.DUTY_LIST, LocalDate.of(2025, 12, 31)).isEmpty());
        assertEquals(1, service.inForce(ws, welder, ContentKind.DUTY_LIST, MAR).orElseThrow().number());
        assertEquals(1, service.inForce(ws, welder, ContentKind.DUTY_LIST, JUN.minusDays(1)).orElseThrow().number());
        assertEquals(2, service.inForce(ws, welder, ContentKind.DUTY_LIST, JUN).orElseThrow().number());
        assertTrue(service.draft(ws, welder, ContentKind.DUTY_LIST).isEmpty());
    }

    @Test
    void refusesToApproveWithoutADraft() {
        assertRefused("content.error.noDraft", () -> service.approve(ws, welder, ContentKind.PROCEDURE, "王厂长", JAN));
    }

    @Test
    void refusesToApproveAnEmptyDraft() {
        service.saveDraft(ws, welder, new DutyList(List.of()));
        assertRefused("content.error.emptyDraft", () -> service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", JAN));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'\u3000 '", "NULL"}, nullValues = "NULL")
    void refusesToApproveWithoutAnApprover(String approver) {
        service.saveDraft(ws, welder, duties("持证上岗"));
        assertRefused("content.error.approverRequired",
                () -> service.approve(ws, welder, ContentKind.DUTY_LIST, approver, JAN));
    }

    @Test
    void refusesAnEffectiveDateBeforeTheVersionInForce() {
        service.saveDraft(ws, welder, duties("一月版"));
        service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", MAR);
        service.saveDraft(ws, welder, duties("更早"));
        ContentRuleException e = assertRefused("content.error.effectiveTooEarly",
                () -> service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", JAN));
        assertTrue(e.getMessage().contains("2026-03-01"), e.getMessage());
        assertRefused("content.error.effectiveDateRequired",
                () -> service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", null));
        assertTrue(service.draft(ws, welder, ContentKind.DUTY_LIST).isPresent(), "a refused approval changes nothing");
        assertEquals(2, service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", MAR).number(), "the same day is fine");
    }

    @Test
    void savingAndApprovingIsOneTransactionSoARefusedApprovalSavesNothing() {
        service.saveDraft(ws, welder, duties("一月版"));
        service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", MAR);

        assertRefused("content.error.effectiveTooEarly",
                () -> service.saveAndApprove(ws, welder, ContentKind.DUTY_LIST, duties("改过"), "王厂长", JAN));

        assertTrue(service.draft(ws, welder, ContentKind.DUTY_LIST).isEmpty(), "the edited body was not saved");
        assertEquals(2, service.saveAndApprove(ws, welder, ContentKind.DUTY_LIST, duties("改过"), "王厂长", JUN)
                .number());
    }

    @Test
    void discardingADraftLeavesTheApprovedVersion() {
        service.saveDraft(ws, welder, duties("一月版"));
        service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", JAN);
        service.saveDraft(ws, welder, duties("不要了"));
        service.discardDraft(ws, welder, ContentKind.DUTY_LIST);
        assertEquals(List.of(1), service.history(ws, welder, ContentKind.DUTY_LIST).stream()
                .map(ContentVersion::number).toList());
        assertRefused("content.error.noDraftToDiscard", () -> service.discardDraft(ws, welder, ContentKind.DUTY_LIST));
        assertEquals(2, service.saveDraft(ws, welder, duties("重新写")).number());
    }

    @Test
    void refusesContentForAPostThatIsGone() {
        assertRefused("content.error.postGone", () -> service.saveDraft(ws, 999, duties("一")));
    }

    @Test
    void printsTheVersionInForceElseTheDraft() {
        service.saveDraft(ws, welder, duties("现行"));
        service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", JAN);
        service.saveDraft(ws, welder, duties("修订中"));
        service.saveDraft(ws, guard, duties("门卫草稿"));

        Map<Long, ContentVersion> printed = service.forPrinting(ws, ContentKind.DUTY_LIST, MAR);
        assertEquals(duties("现行"), printed.get(welder).body());
        assertFalse(printed.get(welder).isDraft());
        assertEquals(duties("门卫草稿"), printed.get(guard).body());
        assertTrue(printed.get(guard).isDraft(), "callers mark it 草稿 on paper");
        assertTrue(service.forPrinting(ws, ContentKind.RISK_CARD, MAR).isEmpty());
        assertEquals(List.of("门卫草稿"), ws.read(s -> s.posts().allDuties(MAR)).get(guard));
    }

    @Test
    void overviewTellsWhatEachPostLacks() {
        service.saveDraft(ws, welder, duties("现行"), "焊工", 2);
        service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", JAN);
        service.saveDraft(ws, welder, procedure("检查焊机接地"));
        service.approve(ws, welder, ContentKind.PROCEDURE, "王厂长", JAN);
        service.saveDraft(ws, welder, procedure("检查焊机接地和焊把线"));
        service.saveDraft(ws, welder, riskCard(RiskLevel.GENERAL));
        service.saveDraft(ws, guard, duties("门卫"));
        service.approve(ws, guard, ContentKind.DUTY_LIST, "王厂长", JUN);

        Map<Long, EnumMap<ContentKind, KindStatus>> overview = service.overview(ws, MAR);
        assertEquals(List.of(welder, guard), List.copyOf(overview.keySet()));
        KindStatus duty = overview.get(welder).get(ContentKind.DUTY_LIST);
        assertEquals(ContentState.IN_FORCE, duty.state());
        assertEquals(1, duty.inForceNumber());
        assertEquals(JAN, duty.inForceFrom());
        assertEquals("焊工", duty.templateName());
        assertEquals(2, duty.templateVersion());
        KindStatus procedure = overview.get(welder).get(ContentKind.PROCEDURE);
        assertEquals(ContentState.IN_FORCE_WITH_DRAFT, procedure.state());
        assertEquals(2, procedure.draftNumber());
        assertNull(procedure.templateName());
        assertEquals(ContentState.DRAFT_ONLY, overview.get(welder).get(ContentKind.RISK_CARD).state());
        assertEquals(ContentState.MISSING, overview.get(welder).get(ContentKind.EMERGENCY_CARD).state());
        KindStatus pending = overview.get(guard).get(ContentKind.DUTY_LIST);
        assertEquals(ContentState.PENDING, pending.state());
        assertEquals(JUN, pending.pendingFrom());
        assertTrue(pending.state().isGap());
        assertEquals(ContentState.IN_FORCE, service.overview(ws, JUN).get(guard).get(ContentKind.DUTY_LIST).state());
    }

    @Test
    void approvingARiskCardSetsThePostsRiskLevel() {
        service.saveDraft(ws, welder, riskCard(RiskLevel.SIGNIFICANT));
        assertEquals(RiskLevel.LOW, riskLevelOf(welder), "a draft changes nothing yet");
        service.approve(ws, welder, ContentKind.RISK_CARD, "王厂长", JAN);
        assertEquals(RiskLevel.SIGNIFICANT, riskLevelOf(welder));
    }

    @Test
    void everyChangeIsAudited() {
        int before = audit().size();
        ContentVersion draft = service.saveDraft(ws, welder, duties("持证上岗"));
        service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", JAN);
        service.saveDraft(ws, welder, duties("改"));
        service.discardDraft(ws, welder, ContentKind.DUTY_LIST);
        List<AuditLog.Entry> entries = audit().subList(0, audit().size() - before);
        assertEquals(List.of("discard-draft", "save-draft", "approve", "save-draft"),
                entries.stream().map(AuditLog.Entry::action).toList());
        assertEquals(draft.id(), entries.get(2).entityId());
        assertTrue(entries.get(2).detail().contains("焊工") && entries.get(2).detail().contains("王厂长"),
                entries.get(2).detail());
        int afterChanges = audit().size();
        assertThrows(ContentRuleException.class, () -> service.approve(ws, welder, ContentKind.DUTY_LIST, "王厂长", JAN));
        assertEquals(afterChanges, audit().size(), "a refused change writes nothing");
    }

    private RiskLevel riskLevelOf(long postId) {
        return ws.read(s -> s.posts().find(postId)).orElseThrow().riskLevel();
    }

    private static RiskCard riskCard(RiskLevel level) {
        return new RiskCard(List.of("焊接烟尘", "弧光"), List.of(AccidentType.FIRE, AccidentType.BURN_SCALD),
                List.of("灼伤"), List.of("办理动火作业票"), level, List.of(new EmergencyContact("火警", "119")));
    }

    private static ContentRuleException assertRefused(String key, org.junit.jupiter.api.function.Executable action) {
        ContentRuleException e = assertThrows(ContentRuleException.class, action);
        assertEquals(key, e.key());
        assertFalse(e.getMessage().startsWith("!"), e.getMessage());
        return e;
    }
}
