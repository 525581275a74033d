package org.nineones.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.store.BackupReason;
import org.nineones.store.WorkspaceBackups;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.BackupDialogHandle;
import org.nineones.ui.handles.MainWindowHandle;
import org.testfx.api.FxRobot;

class BackupUiTest extends UiTestBase {

    private BackupDialogHandle openDialog(FxRobot robot) {
        window(robot).chooseMenuItem("backupItem");
        return new BackupDialogHandle(robot);
    }

    @Test
    void restoresABackupChosenFromTheFileMenuAndTheAppShowsTheRestoredData(FxRobot robot) throws Exception {
        Path file = openNewWorkspace(robot, "示范化工");
        MainWindowHandle window = window(robot);
        window.org().addUnit("示范化工");

        BackupDialogHandle dialog = openDialog(robot);
        assertTrue(dialog.folder().endsWith("示范化工.nineones.backups"), dialog.folder());
        assertEquals(List.of("每日自动"), dialog.rows().stream().map(BackupRow::reason).toList(),
                "the first open of the day backed up");
        assertFalse(dialog.canRestore(), "nothing selected yet");
        dialog.backupNow();
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).startsWith("已备份到 "), ui.dialogs.infos.toString());
        BackupRow manual = dialog.rows().get(0);
        assertEquals("手动", manual.reason());
        assertEquals("示范化工：组织单元 1 个，岗位 0 个，人员 0 人，人员记录 0 条", manual.contents());
        dialog.close();

        window.org().selectUnit("示范化工").addUnit("一车间");
        assertEquals(List.of("示范化工", "一车间"), window.org().unitNames());

        openDialog(robot).select("手动").restore();

        String question = ui.dialogs.questions.get(ui.dialogs.questions.size() - 1);
        assertTrue(question.contains("组织单元 1 个") && question.contains("先把当前状态另做一份备份"), question);
        assertEquals(List.of("示范化工"), window.org().unitNames(), "the app shows the restored data");
        assertEquals(List.of(), ui.dialogs.errors);
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).contains("恢复前的状态已备份到"),
                ui.dialogs.infos.toString());
        assertEquals(file, ui.main.viewModel().session().workspace().file());
        assertEquals(BackupReason.BEFORE_RESTORE, WorkspaceBackups.list(file).get(0).reason());
        assertEquals(2, WorkspaceBackups.inspect(WorkspaceBackups.list(file).get(0).file()).orgUnits(),
                "the state before the restore was kept");
    }

    @Test
    void aRestoreTheUserDoesNotConfirmChangesNothing(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        MainWindowHandle window = window(robot);
        window.org().addUnit("示范化工");
        ui.dialogs.confirmations.add(false);

        BackupDialogHandle dialog = openDialog(robot).select("每日自动");
        dialog.restore();
        dialog.close();

        assertEquals(List.of("示范化工"), window.org().unitNames());
    }
}
