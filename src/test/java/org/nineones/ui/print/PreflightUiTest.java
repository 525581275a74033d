package org.nineones.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nineones.app.Services;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.RiskCard;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.ContentEditorHandle;
import org.nineones.ui.handles.PreflightHandle;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The list before printing or exporting: what would print blank or as 草稿, continue, cancel, one click to a post. */
class PreflightUiTest extends UiTestBase {

    /** 电工 with a draft risk card from the template, 门卫 with an approved card that lists no phone. */
    private void openWithRiskCards(FxRobot robot) throws Exception {
        Path file = tempDir.resolve("企业").resolve("示范化工.nineones");
        Services services = ui.context.services();
        try (Workspace ws = services.workspaces().create(file, "示范化工", TestData.CREDIT_CODE)) {
            OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
            Post electrician = services.org().savePost(ws, new Post(null, company.id(), "电工",
                    PostCategory.SPECIAL_OPERATION, RiskLevel.SIGNIFICANT));
            Post guard = services.org().savePost(ws, new Post(null, company.id(), "门卫", PostCategory.OPERATOR,
                    RiskLevel.LOW));
            services.templates().apply(ws, "电工", List.of(electrician.id()), Set.of());
            services.content().saveDraft(ws, guard.id(), new RiskCard(List.of("外来车辆"), List.of(AccidentType.VEHICLE),
                    List.of("撞伤"), List.of("限速"), RiskLevel.LOW, List.of(new EmergencyContact("值班室", ""))));
            services.content().approve(ws, guard.id(), org.nineones.model.content.ContentKind.RISK_CARD, "王厂长",
                    java.time.LocalDate.of(2026, 1, 1));
        }
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void namesWhatWouldPrintAsADraftOrBlankBeforeThePreview(FxRobot robot) throws Exception {
        openWithRiskCards(robot);

        window(robot).chooseMenuItem("preview-risk-cards");
        PreflightHandle preflight = new PreflightHandle(robot);

        assertEquals(List.of(
                "示范化工 / 电工：岗位风险告知卡还是草稿（第 1 版），打印出来标着“草稿”。",
                "示范化工 / 电工：风险等级仍是导入时按岗位名称推定的“较大风险”，还没有经批准的风险告知卡确认。",
                "示范化工 / 门卫：岗位风险告知卡没有填应急电话。"), preflight.texts());
        preflight.continueAnyway();
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        assertTrue(preview.page().startsWith("第 1 页 / 共 "), preview.page());
        preview.close();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }

    @Test
    void oneDoubleClickGoesToThePostInsteadOfPrinting(FxRobot robot) throws Exception {
        openWithRiskCards(robot);
        window(robot).people();

        window(robot).chooseMenuItem("preview-risk-cards");
        new PreflightHandle(robot).open("示范化工 / 门卫：岗位风险告知卡没有填应急电话。");

        assertFalse(new PreflightHandle(robot).shown());
        assertTrue(robot.lookup("#pageLabel").tryQuery().isEmpty(), "no preview is opened");
        ContentEditorHandle editor = window(robot).org().editor();
        assertEquals("“门卫”的安全内容", editor.title());
        assertEquals("riskCardTab", editor.selectedTab());
    }

    @Test
    void cancelMakesNothing(FxRobot robot) throws Exception {
        openWithRiskCards(robot);
        Path zip = java.nio.file.Files.createDirectories(tempDir.resolve("输出")).resolve("验收资料包.zip");
        ui.dialogs.files.add(zip);

        window(robot).chooseMenuItem("exportItem");
        PreflightHandle preflight = new PreflightHandle(robot);
        assertTrue(preflight.texts().contains("示范化工 / 门卫：没有岗位安全生产责任清单，打印时这一项是空白。"),
                preflight.texts()::toString);
        preflight.cancel();

        assertFalse(java.nio.file.Files.exists(zip));
        assertEquals(1, ui.dialogs.files.size(), "the save dialog was never asked");
        assertTrue(ui.dialogs.errors.isEmpty() && ui.dialogs.infos.isEmpty());
    }
}
