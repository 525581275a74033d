package org.nineones.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.Test;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.MainWindowHandle;
import org.nineones.ui.handles.NewEnterpriseDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class WorkspaceUiTest extends UiTestBase {

    @Test
    void firstStartShowsTheWelcomeView(FxRobot robot) {
        MainWindowHandle window = window(robot);

        assertTrue(window.welcomeShown());
        assertEquals("九个一 全员安全生产责任制", window.title());
    }

    @Test
    void invalidCreditCodeDisablesCreateAndShowsTheProblem(FxRobot robot) {
        String wrongCheck = TestData.CREDIT_CODE.substring(0, 17) + (TestData.CREDIT_CODE.endsWith("1") ? "2" : "1");
        NewEnterpriseDialogHandle dialog = window(robot).newEnterprise()
                .name("滨州示范化工有限公司")
                .creditCode(wrongCheck);

        assertFalse(dialog.canCreate());
        assertEquals("统一社会信用代码校验位不正确，请核对", dialog.creditCodeProblem());
        // the message under the field makes the dialog taller: its buttons stay inside the window
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Scene scene = robot.lookup("#creditCodeField").query().getScene();
        assertEquals(java.util.List.of(), org.nineones.ui.common.LayoutCheck.problems(scene));

        dialog.creditCode("12345");
        assertEquals("统一社会信用代码应为 18 位", dialog.creditCodeProblem());
        assertFalse(dialog.canCreate());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void validNewEnterpriseCreatesTheWorkspaceAndShowsItsName(FxRobot robot) {
        Path file = tempDir.resolve("我的文件").resolve("示范化工.nineones");
        MainWindowHandle window = window(robot);
        NewEnterpriseDialogHandle dialog = window.newEnterprise()
                .name("滨州示范化工有限公司")
                .creditCode(TestData.CREDIT_CODE)
                .location(file.toString());

        assertEquals("", dialog.creditCodeProblem());
        assertTrue(dialog.canCreate());
        dialog.create();

        assertTrue(Files.isRegularFile(file));
        assertEquals("滨州示范化工有限公司 — 九个一 全员安全生产责任制", window.title());
        assertFalse(window.welcomeShown());
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertTrue(ui.context.services().workspaces().recentFiles().list().contains(file.toAbsolutePath()));
    }

    @Test
    void locationFollowsTheNameInTheDefaultFolder(FxRobot robot) {
        NewEnterpriseDialogHandle dialog = window(robot).newEnterprise().name("滨州示范化工有限公司");

        assertTrue(dialog.location().endsWith("滨州示范化工有限公司.nineones"), dialog.location());
        assertEquals(dialog.location().length(), dialog.locationCaret(), "the file name at the end of the path shows");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void openingAFileThatIsNotAWorkspaceShowsTheClearMessage(FxRobot robot) throws Exception {
        Path notOurs = tempDir.resolve("花名册.nineones");
        Files.writeString(notOurs, "姓名,身份证号\n", StandardCharsets.UTF_8);
        ui.dialogs.files.add(notOurs);

        window(robot).openExisting();

        assertEquals("“" + notOurs + "”不是九个一的企业数据文件（*.nineones），未做任何修改。请选择正确的文件。",
                ui.dialogs.lastError());
        assertTrue(window(robot).welcomeShown());
        assertEquals("姓名,身份证号\n", Files.readString(notOurs, StandardCharsets.UTF_8));
    }

    @Test
    void theWelcomeViewOpensTheSampleEnterpriseWithItsPeople(FxRobot robot) {
        MainWindowHandle window = window(robot);
        window.openSample();

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertFalse(window.welcomeShown());
        String name = ui.main.viewModel().session().enterpriseNameProperty().get();
        assertEquals(name + " — 九个一 全员安全生产责任制", window.title());
        int people = window.people().names().size();
        assertTrue(people > 150, "sample has " + people + " people");
    }

    @Test
    void closingReturnsToTheWelcomeViewWhichReopensARecentFile(FxRobot robot) throws Exception {
        Path file = openNewWorkspace(robot, "示范化工");
        robot.push(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();

        MainWindowHandle window = window(robot);
        assertTrue(window.welcomeShown());
        assertEquals("九个一 全员安全生产责任制", window.title());
        ListView<Path> recent = robot.lookup("#recentList").query();
        assertEquals(List.of(file.toAbsolutePath().normalize()), List.copyOf(recent.getItems()));

        robot.doubleClickOn(robot.lookup("#recentList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(window.welcomeShown());
        assertEquals("示范化工 — 九个一 全员安全生产责任制", window.title());
    }
}
