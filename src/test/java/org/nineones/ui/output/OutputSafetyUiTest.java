package org.nineones.ui.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.ImportPreviewHandle;
import org.nineones.ui.handles.PreflightHandle;
import org.nineones.service.sample.SampleCopy;
import org.testfx.api.FxRobot;

/**
 * The GUI's save dialogs hold to the same rule as the command line: the open workspace (by any spelling or link)
 * and the spreadsheet a report is about are refused with their sentence, and nothing is written over them.
 */
class OutputSafetyUiTest extends UiTestBase {

    @Test
    void everySaveDialogRefusesTheOpenWorkspace(FxRobot robot) throws Exception {
        SampleCopy.into(ui.context.services().settings().workspaces()); // built once per run, opened here
        window(robot).openSample();
        Workspace ws = ui.main.viewModel().session().workspace();
        Messages messages = ui.context.services().messages();
        Path file = ws.file().toAbsolutePath();
        Path link = Files.createSymbolicLink(tempDir.resolve("快捷方式.xlsx"), file);
        byte[] before = sha256(file);
        int people = ws.read(s -> s.employees().count());
        int after;

        for (String item : new String[] {"export-duties", "export-ledger-rewards", "cardsItem", "exportItem"}) {
            ui.dialogs.errors.clear();
            ui.dialogs.files.add(item.startsWith("export-ledger") ? link : file);
            window(robot).chooseMenuItem(item);
            PreflightHandle preflight = new PreflightHandle(robot);
            if (preflight.shown()) { // the sample's drafts are named before cards and the package: go on
                preflight.continueAnyway();
            }
            Path named = item.startsWith("export-ledger") ? link.toAbsolutePath() : file;
            assertEquals(messages.get("files.refused.WORKSPACE", named), ui.dialogs.lastError(), item);
        }
        assertTrue(ui.dialogs.infos.isEmpty(), () -> ui.dialogs.infos.toString());
        assertArrayEquals(before, sha256(file), "the workspace's bytes are unchanged");
        after = ws.read(s -> s.employees().count());
        assertEquals(people, after);
    }

    @Test
    void anErrorReportIsNotWrittenOverTheSpreadsheetItIsAbout(FxRobot robot) throws Exception {
        SampleCopy.into(ui.context.services().settings().workspaces()); // built once per run, opened here
        window(robot).openSample();
        Messages messages = ui.context.services().messages();
        Path sheet = Files.createDirectories(tempDir.resolve("安全科")).resolve("奖惩台账.xlsx");
        ui.dialogs.files.add(sheet);
        window(robot).chooseMenuItem("export-ledger-rewards");
        byte[] before = sha256(sheet);

        ui.dialogs.files.add(sheet);
        window(robot).chooseMenuItem("import-ledger-rewards");
        ImportPreviewHandle dialog = new ImportPreviewHandle(robot, "importLedgerButton");
        assertFalse(dialog.errors().isEmpty(), "every entry of the sheet is already recorded");
        ui.dialogs.files.add(sheet);
        dialog.saveErrorReport();
        assertEquals(messages.get("files.refused.INPUT", sheet.toAbsolutePath()), ui.dialogs.lastError());
        assertArrayEquals(before, sha256(sheet), "the spreadsheet is unchanged");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
