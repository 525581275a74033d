package org.nineones.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.Test;
import org.nineones.excel.TestWorkbooks;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.ContentEditorHandle;
import org.nineones.ui.handles.GapsHandle;
import org.nineones.ui.handles.OrgHandle;
import org.nineones.ui.handles.RosterImportDialogHandle;
import org.nineones.ui.handles.TemplateApplyDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Every tab shows what an import, a template or an approval just changed, without reopening the workspace. */
class FreshAfterChangeUiTest extends UiTestBase {

    private Path roster() throws Exception {
        return TestWorkbooks.xlsx(tempDir.resolve("人事部").resolve("花名册.xlsx"), wb -> TestWorkbooks.rows(
                wb.createSheet("在职人员"), 0,
                new Object[] {"姓名", "公民身份号码", "所在部门", "班组", "工种", "入厂日期"},
                new Object[] {"张伟", TestWorkbooks.id(1), "生产部", "合成甲班", "反应釜操作工", LocalDate.of(2019, 4, 1)},
                new Object[] {"李娜", TestWorkbooks.id(2), "生产部", "合成甲班", "电工", LocalDate.of(2021, 3, 5)}));
    }

    private void importRoster(FxRobot robot) throws Exception {
        ui.dialogs.files.add(roster());
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        new RosterImportDialogHandle(robot).importRows();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }

    @Test
    void theOrgTreeShowsTheUnitsOfARosterImportedThroughTheGui(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        OrgHandle org = window(robot).org();
        assertEquals(List.of(), org.unitNames(), "a new workspace has no units");

        importRoster(robot);

        assertTrue(org.unitNames().containsAll(List.of("生产部", "合成甲班")), org.unitNames()::toString);
        org.selectUnit("生产部");
        assertEquals(List.of("反应釜操作工", "电工"), org.posts().stream().map(Post::name).sorted().toList());
    }

    @Test
    void everyOtherTabShowsTheImportWhenItIsNextShown(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        window(robot).org();
        GapsHandle gaps = window(robot).gaps();
        assertEquals(List.of(), gaps.posts());
        window(robot).people();

        importRoster(robot);

        assertEquals(List.of("李娜", "张伟"), window(robot).people().names());
        assertTrue(window(robot).org().unitNames().contains("合成甲班"));
        assertEquals(List.of("反应釜操作工", "电工"), window(robot).gaps().posts().stream().sorted().toList());
    }

    @Test
    void aUnitRenamedInTheOrgScreenShowsInThePeopleList(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        importRoster(robot);
        assertTrue(window(robot).people().orgUnitOf("张伟").contains("合成甲班"));

        OrgHandle org = window(robot).org().selectUnit("合成甲班");
        ui.dialogs.texts.add("合成一班");
        robot.clickOn("#renameUnitButton");
        WaitForAsyncUtils.waitForFxEvents();

        String shown = window(robot).people().orgUnitOf("张伟");
        assertTrue(shown.contains("合成一班"), shown);
        assertTrue(org.unitNames().contains("合成一班"), org.unitNames()::toString);
    }

    /** A unit with a 电工 and a 焊工 post, written before the workspace is opened. */
    private void openWithTwoPosts(FxRobot robot) throws Exception {
        Path file = tempDir.resolve("企业").resolve("示范化工.nineones");
        var services = ui.context.services();
        try (Workspace ws = services.workspaces().create(file, "示范化工", org.nineones.ui.TestData.CREDIT_CODE)) {
            OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
            services.org().savePost(ws, new Post(null, company.id(), "电工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.GENERAL));
            services.org().savePost(ws, new Post(null, company.id(), "焊工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.GENERAL));
        }
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theGapsViewInFrontShowsATemplateJustApplied(FxRobot robot) throws Exception {
        openWithTwoPosts(robot);
        GapsHandle gaps = window(robot).gaps();
        assertEquals("MISSING", gaps.state("电工", "dutyListColumn"));

        robot.push(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        TemplateApplyDialogHandle dialog = new TemplateApplyDialogHandle(robot);
        dialog.filter("电工").pickFirstWithKeyboard().tickWithSpace("电工");
        dialog.apply();

        assertEquals("DRAFT_ONLY", gaps.state("电工", "dutyListColumn"), "the gaps view, still in front, shows it");
        assertEquals("MISSING", gaps.state("焊工", "dutyListColumn"));
    }

    @Test
    void anApprovalInTheEditorShowsInTheGapsView(FxRobot robot) throws Exception {
        openWithTwoPosts(robot);
        Workspace ws = ui.main.viewModel().session().workspace();
        long electrician = ws.read(s -> s.posts().all().stream().filter(p -> p.name().equals("电工")).findFirst()
                .orElseThrow().id());
        ui.context.services().templates().apply(ws, "电工", List.of(electrician), java.util.Set.of());
        GapsHandle gaps = window(robot).gaps();
        assertEquals("DRAFT_ONLY", gaps.state("电工", "riskCardColumn"));

        gaps.fix("电工", "riskCardColumn");
        ContentEditorHandle editor = window(robot).org().editor();
        editor.approve().approver("王厂长").effectiveFrom(LocalDate.now()).confirm();

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertEquals("IN_FORCE", window(robot).gaps().state("电工", "riskCardColumn"));
    }
}
