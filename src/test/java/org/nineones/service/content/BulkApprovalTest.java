package org.nineones.service.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.nineones.model.content.RiskCard;
import org.nineones.store.Workspace;

/** 批准所选 on a real workspace file: each draft checked by the single approval's rules, refusals listed. */
class BulkApprovalTest {

    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 1);

    @TempDir
    Path tempDir;
    private Workspace ws;
    private long welder;
    private long guard;
    private long driver;
    private final PostContentService service = new PostContentService(new Messages(Locale.SIMPLIFIED_CHINESE));

    @BeforeEach
    void createWorkspace() throws Exception {
        String code = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");
        ws = Workspace.create(tempDir.resolve("安全科 文件").resolve("示范.nineones"),
                new Enterprise("示范化工", code, "", false, "", "", "", "", ""));
        ws.write(s -> {
            OrgUnit company = s.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0));
            welder = s.posts().insert(new Post(null, company.id(), "焊工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.LOW)).id();
            guard = s.posts().insert(new Post(null, company.id(), "门卫", PostCategory.OPERATOR, RiskLevel.LOW)).id();
            driver = s.posts().insert(new Post(null, company.id(), "叉车司机", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.LOW)).id();
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

    private static RiskCard riskCard(RiskLevel level) {
        return new RiskCard(List.of("焊接烟尘"), List.of(AccidentType.FIRE), List.of("烧伤"), List.of("动火办票"), level,
                List.of(new EmergencyContact("安全科", "0543-1234567")));
    }

    private boolean isDraft(long post, ContentKind kind) {
        return service.draft(ws, post, kind).isPresent();
    }

    @Test
    void approvesTheValidDraftsOfEveryPostAndListsTheRefusedOnesWithTheirReason() {
        service.saveDraft(ws, welder, duties("持证上岗"));
        service.saveDraft(ws, welder, riskCard(RiskLevel.SIGNIFICANT));
        service.saveDraft(ws, guard, new DutyList(List.of()));            // empty: refused
        service.saveDraft(ws, guard, riskCard(RiskLevel.GENERAL));
        // the driver's duty list took effect in June: a March approval of the new draft is too early
        service.saveDraft(ws, driver, duties("持证驾驶"));
        service.approve(ws, driver, ContentKind.DUTY_LIST, "王厂长", JUN);
        service.saveDraft(ws, driver, duties("持证驾驶", "限速行驶"));

        BulkApproval result = service.approveDrafts(ws, List.of(welder, guard, driver), " 王厂长 ", MAR);

        assertEquals(List.of(welder + ":DUTY_LIST", welder + ":RISK_CARD", guard + ":RISK_CARD"),
                result.approved().stream().map(v -> v.postId() + ":" + v.kind()).toList());
        assertTrue(result.approved().stream().allMatch(v -> "王厂长".equals(v.approvedBy()) && MAR.equals(v.effectiveFrom())));
        assertEquals(2, result.refused().size(), result.refused()::toString);
        BulkApproval.Refusal empty = result.refused().get(0);
        assertEquals(guard, empty.postId());
        assertEquals("门卫", empty.postName());
        assertEquals(ContentKind.DUTY_LIST, empty.kind());
        assertEquals("content.error.emptyDraft", empty.key());
        assertEquals("岗位“门卫”的岗位安全生产责任清单草稿是空的，不能批准。请先填写内容。", empty.reason());
        BulkApproval.Refusal early = result.refused().get(1);
        assertEquals(driver, early.postId());
        assertEquals("content.error.effectiveTooEarly", early.key());
        assertTrue(early.reason().contains("2026-06-01"), early.reason());

        assertTrue(isDraft(guard, ContentKind.DUTY_LIST), "a refused draft stays a draft");
        assertTrue(isDraft(driver, ContentKind.DUTY_LIST));
        assertTrue(service.draft(ws, welder, ContentKind.DUTY_LIST).isEmpty());
        // an approved risk card sets the post's risk level, as a single approval does
        assertEquals(RiskLevel.SIGNIFICANT, ws.read(s -> s.posts().find(welder).orElseThrow().riskLevel()));
        assertEquals(RiskLevel.GENERAL, ws.read(s -> s.posts().find(guard).orElseThrow().riskLevel()));
    }

    @Test
    void namesAPostThatHasNoDraftAtAll() {
        service.saveDraft(ws, welder, duties("持证上岗"));

        BulkApproval result = service.approveDrafts(ws, List.of(guard, welder), "王厂长", MAR);

        assertEquals(1, result.approved().size());
        assertEquals(1, result.refused().size());
        BulkApproval.Refusal none = result.refused().get(0);
        assertEquals(guard, none.postId());
        assertEquals(null, none.kind());
        assertEquals("content.error.noDrafts", none.key());
        assertEquals("岗位“门卫”没有待批准的草稿。", none.reason());
    }

    @Test
    void approvesNothingWithoutAnApprover() {
        service.saveDraft(ws, welder, duties("持证上岗"));

        ContentRuleException e = assertThrows(ContentRuleException.class,
                () -> service.approveDrafts(ws, List.of(welder), "\u3000", MAR));

        assertEquals("content.error.approverRequired", e.key());
        assertTrue(isDraft(welder, ContentKind.DUTY_LIST));
    }

    @Test
    void approvesNothingWithoutADate() {
        service.saveDraft(ws, welder, duties("持证上岗"));

        ContentRuleException e = assertThrows(ContentRuleException.class,
                () -> service.approveDrafts(ws, List.of(welder), "王厂长", null));

        assertEquals("content.error.effectiveDateRequired", e.key());
        assertTrue(isDraft(welder, ContentKind.DUTY_LIST));
    }

    @Test
    void recordsEveryApprovalInTheAuditLog() {
        service.saveDraft(ws, welder, duties("持证上岗"));
        service.saveDraft(ws, guard, duties("登记来访"));

        service.approveDrafts(ws, List.of(welder, guard), "王厂长", MAR);

        List<String> approvals = ws.read(s -> s.audit().latest(20)).stream()
                .filter(e -> e.action().equals("approve")).map(e -> e.detail()).toList();
        assertEquals(2, approvals.size(), approvals::toString);
        assertTrue(approvals.stream().anyMatch(d -> d.startsWith("焊工")), approvals::toString);
        assertTrue(approvals.stream().anyMatch(d -> d.startsWith("门卫")), approvals::toString);
        List<ContentVersion> history = service.history(ws, guard, ContentKind.DUTY_LIST);
        assertEquals("王厂长", history.get(0).approvedBy());
    }
}
