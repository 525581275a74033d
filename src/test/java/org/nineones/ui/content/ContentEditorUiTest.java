package org.nineones.ui.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
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
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.model.content.RiskCard;
import org.nineones.model.content.VersionStatus;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.ApproveDialogHandle;
import org.nineones.ui.handles.ContentEditorHandle;
import org.nineones.ui.handles.OrgHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ContentEditorUiTest extends UiTestBase {

    /** The workspace every test starts from, made once: each test edits a copy of its own. */
    @TempDir
    static Path shared;
    private static Path workshop;

    /** A workspace with one workshop and two posts. */
    @BeforeAll
    static void makeWorkshop() throws Exception {
        workshop = shared.resolve("示范化工.nineones");
        Services services = new Services(new Settings(shared.resolve("设置")), new Messages(Locale.SIMPLIFIED_CHINESE));
        try (Workspace ws = services.workspaces().create(workshop, "示范化工", TestData.CREDIT_CODE)) {
            OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
            OrgUnit unit = services.org().addUnit(ws, company.id(), "合成车间", OrgUnitKind.WORKSHOP);
            services.org().savePost(ws, new Post(null, unit.id(), "反应釜操作工", PostCategory.OPERATOR,
                    RiskLevel.GENERAL));
            services.org().savePost(ws, new Post(null, unit.id(), "电焊工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.GENERAL));
        }
    }

    /** A copy of that workspace, opened in the window with the workshop selected. */
    private OrgHandle openWorkshop(FxRobot robot) throws Exception {
        Path file = Files.createDirectories(tempDir.resolve("企业")).resolve("示范化工.nineones");
        Files.copy(workshop, file);
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        return window(robot).org().selectUnit("合成车间");
    }

    private Workspace ws() {
        return ui.main.viewModel().session().workspace();
    }

    private PostContentService content() {
        return ui.context.services().content();
    }

    private long postId(OrgHandle org, String name) {
        return org.posts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void editingAProcedureAndSavingMakesADraft(FxRobot robot) throws Exception {
        OrgHandle org = openWorkshop(robot).selectPost("反应釜操作工");
        ContentEditorHandle editor = org.editor().procedure();
        assertEquals("“反应釜操作工”的安全内容", editor.title());
        assertFalse(editor.canSave());

        editor.enter("beforeWorkArea", "检查反应釜温度、压力仪表\n确认安全阀完好")
                .enter("prohibitedArea", "严禁超温超压运行");
        assertTrue(editor.canSave());
        editor.saveDraft();

        ContentVersion draft = content().draft(ws(), postId(org, "反应釜操作工"), ContentKind.PROCEDURE).orElseThrow();
        OperatingProcedure body = (OperatingProcedure) draft.body();
        assertEquals(List.of("检查反应釜温度、压力仪表", "确认安全阀完好"), body.beforeWork());
        assertEquals(List.of("严禁超温超压运行"), body.prohibitedActs());
        assertEquals("草稿 第1版", editor.status());
        assertFalse(editor.canSave());
    }

    @Test
    void ctrlSSavesTheRiskCardWithItsAccidentTypes(FxRobot robot) throws Exception {
        OrgHandle org = openWorkshop(robot).selectPost("电焊工");
        ContentEditorHandle editor = org.editor().riskCard();
        editor.enter("hazardsArea", "焊接弧光\n电焊烟尘").check(AccidentType.ELECTRIC_SHOCK).check(AccidentType.FIRE)
                .riskLevel(RiskLevel.SIGNIFICANT).enter("riskContactsArea", "火警 119\n安全科 0543-8001");

        editor.pressCtrlS("hazardsArea");

        RiskCard card = (RiskCard) content().draft(ws(), postId(org, "电焊工"), ContentKind.RISK_CARD)
                .orElseThrow().body();
        assertEquals(List.of(AccidentType.ELECTRIC_SHOCK, AccidentType.FIRE), card.accidentTypes());
        assertEquals(RiskLevel.SIGNIFICANT, card.riskLevel());
        assertEquals("0543-8001", card.emergencyContacts().get(1).phone());
    }

    @Test
    void approvingWithApproverAndDateMakesTheVersionApproved(FxRobot robot) throws Exception {
        OrgHandle org = openWorkshop(robot).selectPost("反应釜操作工");
        ContentEditorHandle editor = org.editor().procedure().enter("beforeWorkArea", "检查仪表");
        editor.saveDraft();

        ApproveDialogHandle dialog = editor.approve();
        assertEquals("请填写批准人的姓名。", dialog.approverError());
        assertFalse(dialog.canApprove());
        dialog.approver("张三").effectiveFrom(LocalDate.of(2026, 1, 1));
        assertTrue(dialog.canApprove());
        dialog.confirm();

        List<ContentVersion> history = content().history(ws(), postId(org, "反应釜操作工"), ContentKind.PROCEDURE);
        assertEquals(1, history.size());
        assertEquals(VersionStatus.APPROVED, history.get(0).status());
        assertEquals("张三", history.get(0).approvedBy());
        assertEquals("已批准 第1版，2026-01-01 起生效，批准人 张三", editor.status());
        assertFalse(editor.canApprove());
    }

    @Test
    void editingAfterApprovalMakesANewDraftAndLeavesTheApprovedVersionAlone(FxRobot robot) throws Exception {
        OrgHandle org = openWorkshop(robot);
        long postId = postId(org, "反应釜操作工");
        content().saveDraft(ws(), postId, new OperatingProcedure(List.of("检查仪表"), null, null, null, null));
        content().approve(ws(), postId, ContentKind.PROCEDURE, "张三", LocalDate.of(2026, 1, 1));
        ContentEditorHandle editor = org.selectPost("反应釜操作工").editor().procedure();
        assertEquals("检查仪表", editor.text("beforeWorkArea"));

        editor.enter("afterWorkArea", "清理现场").saveDraft();

        List<ContentVersion> history = content().history(ws(), postId, ContentKind.PROCEDURE);
        assertEquals(2, history.size());
        assertEquals(VersionStatus.DRAFT, history.get(0).status());
        assertEquals(2, history.get(0).number());
        assertEquals(List.of(), ((OperatingProcedure) history.get(1).body()).afterWork());
        assertEquals("草稿 第2版", editor.status());
        assertEquals(List.of("第2版 草稿", "第1版 已批准，2026-01-01 起生效"), editor.versions());

        editor.showVersion(1);
        assertTrue(editor.readOnlyBannerShown());
        assertFalse(editor.editable("afterWorkArea"));
        assertEquals("", editor.text("afterWorkArea"));
        assertFalse(editor.canSave());
        editor.backToEditing();
        assertEquals("清理现场", editor.text("afterWorkArea"));
        assertTrue(editor.editable("afterWorkArea"));
    }

    @Test
    void dutiesAreAddedMovedAndDeletedWithTheKeyboard(FxRobot robot) throws Exception {
        OrgHandle org = openWorkshop(robot).selectPost("反应釜操作工");
        long postId = postId(org, "反应釜操作工");
        ContentEditorHandle editor = org.editor().dutyList();
        editor.addDuty("严格执行岗位安全操作规程", "本岗位", ResponsibilityForm.DIRECT)
                .addDuty("班前检查反应釜仪表", "本岗位", ResponsibilityForm.DIRECT)
                .addDuty("发现异常立即报告班组长", "班组长", ResponsibilityForm.JOINT);
        editor.selectDuty(2).moveDutyUp();
        assertEquals(List.of("严格执行岗位安全操作规程", "发现异常立即报告班组长", "班前检查反应釜仪表"), editor.duties());
        assertEquals(1, editor.selectedDuty());

        editor.selectDuty(1).pressEnterOnDuty();
        assertEquals("dutyTextField", editor.focusedId());
        assertEquals("发现异常立即报告班组长", editor.text("dutyTextField"));

        editor.selectDuty(0).pressDeleteOnDuty(false);
        assertEquals(3, editor.duties().size());
        editor.selectDuty(0).pressDeleteOnDuty(true);
        editor.saveDraft();

        DutyList saved = (DutyList) content().draft(ws(), postId, ContentKind.DUTY_LIST).orElseThrow().body();
        assertEquals(List.of("发现异常立即报告班组长", "班前检查反应釜仪表"),
                saved.items().stream().map(DutyItem::duty).toList());
        assertEquals(ResponsibilityForm.JOINT, saved.items().get(0).form());
        assertEquals("班组长", saved.items().get(0).responsible());
    }

    @Test
    void switchingPostWithUnsavedEditsAsksBeforeDroppingThem(FxRobot robot) throws Exception {
        OrgHandle org = openWorkshop(robot).selectPost("反应釜操作工");
        org.editor().emergencyCard().addScenario("触电", "立即切断电源\n拨打 120", "急救 120");

        ui.dialogs.confirmations.add(true);
        org.selectPost("电焊工");

        assertEquals(1, ui.dialogs.questions.size());
        assertTrue(content().draft(ws(), postId(org, "反应釜操作工"), ContentKind.EMERGENCY_CARD).isPresent());
        assertEquals(List.of(), org.editor().emergencyCard().scenarios());
        assertEquals(List.of("触电"), org.selectPost("反应釜操作工").editor().emergencyCard().scenarios());
    }

    @Test
    void closingTheWorkspaceWithUnsavedEditsAsksAndSavesThemFirst(FxRobot robot) throws Exception {
        OrgHandle org = openWorkshop(robot).selectPost("反应釜操作工");
        long postId = postId(org, "反应釜操作工");
        Path file = ws().file();
        org.editor().procedure().enter("duringWorkArea", "每两小时巡检一次");
        ui.dialogs.confirmations.add(true);

        robot.interact(() -> ui.main.whenChangesSettled(ui.main.viewModel()::close));

        assertEquals(1, ui.dialogs.questions.size());
        assertTrue(window(robot).welcomeShown());
        try (Workspace reopened = ui.context.services().workspaces().open(file)) {
            OperatingProcedure saved = (OperatingProcedure) content().draft(reopened, postId, ContentKind.PROCEDURE)
                    .orElseThrow().body();
            assertEquals(List.of("每两小时巡检一次"), saved.duringWork());
        }
    }
}
