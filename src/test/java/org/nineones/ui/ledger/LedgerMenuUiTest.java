package org.nineones.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.ImportPreviewHandle;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.nineones.service.sample.SampleCopy;
import org.testfx.api.FxRobot;

/** The 人员记录 menu on the sample enterprise: export a ledger, read it back in the preview, preview a printout. */
class LedgerMenuUiTest extends UiTestBase {

    private int rewardEntries(Workspace ws) {
        return ws.read(s -> s.rewards().countEntries());
    }

    @Test
    void exportsTheRewardsLedgerAndRefusesToRecordItsEntriesTwice(FxRobot robot) throws Exception {
        SampleCopy.into(ui.context.services().settings().workspaces()); // built once per run, opened here
        window(robot).openSample();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        Workspace ws = ui.main.viewModel().session().workspace();
        Path sheet = Files.createDirectories(tempDir.resolve("安全科")).resolve("奖惩台账.xlsx");

        ui.dialogs.files.add(sheet);
        window(robot).chooseMenuItem("export-ledger-rewards");
        assertTrue(Files.isRegularFile(sheet));
        assertTrue(ui.dialogs.infos.get(0).startsWith("已导出"), ui.dialogs.infos.get(0));

        int before = rewardEntries(ws);
        ui.dialogs.files.add(sheet);
        window(robot).chooseMenuItem("import-ledger-rewards");
        ImportPreviewHandle dialog = new ImportPreviewHandle(robot, "importLedgerButton");
        assertTrue(dialog.summary().contains("表头在第"), dialog.summary());
        assertFalse(dialog.errors().isEmpty(), "every entry of the sheet is already recorded");
        assertFalse(dialog.canImport());
        assertTrue(dialog.problem().startsWith("有 "), dialog.problem());
        robot.type(KeyCode.ESCAPE);
        assertEquals(before, rewardEntries(ws), "nothing was written");
    }

    @Test
    void previewsTheTrainingFilesOfEveryone(FxRobot robot) {
        SampleCopy.into(ui.context.services().settings().workspaces()); // built once per run, opened here
        window(robot).openSample();
        window(robot).chooseMenuItem("preview-training-file");
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        assertTrue(preview.page().startsWith("第 1 页"), preview.page());
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        preview.close();
    }
}
