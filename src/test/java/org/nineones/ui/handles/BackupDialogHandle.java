package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.TableView;

import org.nineones.ui.backup.BackupRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The 备份与恢复 dialog (文件 menu). */
public final class BackupDialogHandle extends Handle {

    public BackupDialogHandle(FxRobot robot) {
        super(robot);
    }

    public List<BackupRow> rows() {
        TableView<BackupRow> table = node("backupTable");
        return List.copyOf(table.getItems());
    }

    public String folder() {
        return label("folderLabel");
    }

    public BackupDialogHandle backupNow() {
        click("backupNowButton");
        return this;
    }

    /** Selects the newest backup taken for this reason (as the list names it, e.g. 手动). */
    public BackupDialogHandle select(String reason) {
        TableView<BackupRow> table = node("backupTable");
        BackupRow row = table.getItems().stream().filter(r -> r.reason().equals(reason)).findFirst()
                .orElseThrow(() -> new AssertionError("no backup for " + reason + " in " + table.getItems()));
        robot.interact(() -> table.getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public boolean canRestore() {
        return !disabled("restoreButton");
    }

    /** 恢复…; the confirmation is answered by the fake dialog service. */
    public void restore() {
        click("restoreButton");
    }

    public void close() {
        click("closeBackupsButton");
    }
}
