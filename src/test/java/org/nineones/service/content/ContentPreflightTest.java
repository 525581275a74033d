package org.nineones.service.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.RiskCard;
import org.nineones.service.content.ContentPreflight.Finding;
import org.nineones.service.content.ContentPreflight.Problem;
import org.nineones.service.roster.PostCatalog;
import org.nineones.store.Workspace;

/** The check before printing or exporting, on a real workspace file. */
class ContentPreflightTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path tempDir;
    private Workspace ws;
    private long welder;
    private long guard;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final PostContentService content = new PostContentService(messages);
    private final ContentPreflight preflight = new ContentPreflight(messages, PostCatalog.bundled());

    @BeforeEach
    void createWorkspace() throws Exception {
        String code = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");
        ws = Workspace.create(tempDir.resolve("安全科 文件").resolve("示范.nineones"),
                new Enterprise("示范化工", code, "", false, "", "", "", "", ""));
        ws.write(s -> {
            OrgUnit company = s.orgUnits().insert(new OrgUnit(null, null, "示范化工", OrgUnitKind.COMPANY, 0));
            OrgUnit workshop = s.orgUnits().insert(new OrgUnit(null, company.id(), "维修车间", OrgUnitKind.WORKSHOP, 0));
            // 焊工: the import's guess is 较大 (post-categories.tsv); 门卫 was set to 低 by hand
            welder = s.posts().insert(new Post(null, workshop.id(), "焊工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.SIGNIFICANT)).id();
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

    private static RiskCard riskCard(RiskLevel level, EmergencyContact... contacts) {
        return new RiskCard(List.of("焊接烟尘"), List.of(AccidentType.FIRE), List.of("烧伤"), List.of("动火办票"), level,
                List.of(contacts));
    }

    private void approve(long post, ContentKind kind) {
        content.approve(ws, post, kind, "王厂长", JAN);
    }

    private List<String> problems(Set<ContentKind> kinds, long post) {
        return preflight.check(ws, kinds, TODAY).stream().filter(f -> f.postId() == post)
                .map(f -> f.kind() + ":" + f.problem()).toList();
    }

    @Test
    void namesADraftThatWouldPrintMarkedDraftAndWhereToMendIt() {
        content.saveDraft(ws, welder, duties("持证上岗"));

        List<Finding> findings = preflight.check(ws, EnumSet.of(ContentKind.DUTY_LIST), TODAY);

        Finding draft = findings.stream().filter(f -> f.postId() == welder).findFirst().orElseThrow();
        assertEquals(Problem.DRAFT, draft.problem());
        assertEquals(ContentKind.DUTY_LIST, draft.kind());
        assertEquals("维修车间 / 焊工：岗位安全生产责任清单还是草稿（第 1 版），打印出来标着“草稿”。", draft.text());
    }

    @Test
    void namesContentThatIsMissingAndSaysNothingOfApprovedContent() {
        content.saveDraft(ws, welder, duties("持证上岗"));
        approve(welder, ContentKind.DUTY_LIST);

        assertEquals(List.of(), problems(EnumSet.of(ContentKind.DUTY_LIST), welder));
        assertEquals(List.of("DUTY_LIST:MISSING"), problems(EnumSet.of(ContentKind.DUTY_LIST), guard));
        assertEquals("示范化工 / 门卫：没有岗位安全生产责任清单，打印时这一项是空白。",
                preflight.check(ws, EnumSet.of(ContentKind.DUTY_LIST), TODAY).stream()
                        .filter(f -> f.postId() == guard).findFirst().orElseThrow().text());
    }

    @Test
    void namesARiskCardWithoutAnEmergencyPhone() {
        content.saveDraft(ws, guard, riskCard(RiskLevel.LOW, new EmergencyContact("值班室", "")));
        approve(guard, ContentKind.RISK_CARD);
        content.saveDraft(ws, welder, riskCard(RiskLevel.SIGNIFICANT, new EmergencyContact("安全科", "0543-1234567")));
        approve(welder, ContentKind.RISK_CARD);

        assertEquals(List.of("RISK_CARD:NO_EMERGENCY_PHONE"), problems(EnumSet.of(ContentKind.RISK_CARD), guard));
        assertEquals(List.of(), problems(EnumSet.of(ContentKind.RISK_CARD), welder));
    }

    @Test
    void namesAPostStillAtTheRiskLevelTheImportGuessedUntilARiskCardConfirmsIt() {
        Finding guessed = preflight.check(ws, EnumSet.of(ContentKind.RISK_CARD), TODAY).stream()
                .filter(f -> f.postId() == welder && f.problem() == Problem.DEFAULT_RISK_LEVEL).findFirst()
                .orElseThrow();
        assertEquals("维修车间 / 焊工：风险等级仍是导入时按岗位名称推定的“较大风险”，还没有经批准的风险告知卡确认。",
                guessed.text());
        assertTrue(problems(EnumSet.of(ContentKind.RISK_CARD), guard).stream()
                .noneMatch(p -> p.endsWith("DEFAULT_RISK_LEVEL")), "门卫's level was set by hand");

        content.saveDraft(ws, welder, riskCard(RiskLevel.SIGNIFICANT, new EmergencyContact("安全科", "0543-1234567")));
        assertTrue(problems(EnumSet.of(ContentKind.RISK_CARD), welder).contains("RISK_CARD:DEFAULT_RISK_LEVEL"),
                "a draft card does not confirm the level yet");
        approve(welder, ContentKind.RISK_CARD);

        assertEquals(List.of(), problems(EnumSet.of(ContentKind.RISK_CARD), welder));
    }

    @Test
    void looksOnlyAtTheKindsTheOutputPrints() {
        content.saveDraft(ws, welder, duties("持证上岗"));

        assertEquals(List.of("PROCEDURE:MISSING"), problems(EnumSet.of(ContentKind.PROCEDURE), welder));
        assertEquals(List.of(), preflight.check(ws, Set.of(), TODAY));
    }
}
