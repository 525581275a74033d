package org.nineones.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The output menu through its accelerators: each either produces its file and offers the folder, or explains. */
class OutputUiTest extends UiTestBase {

    private void press(FxRobot robot, KeyCode key) {
        robot.push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void printCardsWritesThePdfAndOffersToOpenItsFolder(FxRobot robot) throws Exception {
        Path file = openNewWorkspace(robot, "示范化工");
        Workspace ws = ui.main.viewModel().session().workspace();
        var services = ui.context.services();
        OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        Post post = services.org().savePost(ws, new Post(null, company.id(), "安全员", PostCategory.SAFETY_MANAGER,
                RiskLevel.LOW));
        services.org().replaceDuties(ws, post.id(), List.of("监督检查安全生产状况"));
        services.people().save(ws, new Employee(null, "张伟", null, IdNumber.of(TestData.id("37160219850312001")),
                "A001", "", company.id(), post.id(), null, EmployeeStatus.ACTIVE, "", null));
        Path pdf = tempDir.resolve("输出").resolve("责任卡.pdf");
        Files.createDirectories(pdf.getParent());
        ui.dialogs.files.add(pdf);

        press(robot, KeyCode.P);

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertTrue(Files.size(pdf) > 1000);
        assertTrue(ui.dialogs.questions.get(0).startsWith("已生成 1 张岗位责任卡："), ui.dialogs.questions.get(0));
        assertEquals(pdf.getParent(), ui.dialogs.openedFolders.get(0));
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void exportPackageWritesTheZipOrExplainsWhyNot(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Path zip = tempDir.resolve("输出").resolve("验收资料包.zip");
        Files.createDirectories(zip.getParent());
        ui.dialogs.files.add(zip);

        press(robot, KeyCode.E);

        if (ui.dialogs.errors.isEmpty()) {
            assertTrue(Files.isRegularFile(zip));
        } else {
            assertTrue(ui.dialogs.lastError().startsWith("“导出验收资料包”没有完成："), ui.dialogs.lastError());
        }
    }

    @Test
    void cancellingTheFileChooserDoesNothing(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");

        press(robot, KeyCode.P);

        assertTrue(ui.dialogs.errors.isEmpty());
        assertTrue(ui.dialogs.infos.isEmpty());
    }
}
