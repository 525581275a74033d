package org.nineones.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.Test;
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
    void printCardsWritesThePdfAndOffersTheFolderOrExplainsWhyNot(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Path pdf = tempDir.resolve("输出").resolve("责任卡.pdf");
        Files.createDirectories(pdf.getParent());
        ui.dialogs.files.add(pdf);

        press(robot, KeyCode.P);

        if (ui.dialogs.errors.isEmpty()) {
            assertTrue(Files.isRegularFile(pdf));
            assertEquals(pdf.getParent(), ui.dialogs.openedFolders.get(0));
        } else {
            assertTrue(ui.dialogs.lastError().startsWith("“打印岗位责任卡”没有完成："), ui.dialogs.lastError());
        }
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
