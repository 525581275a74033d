package org.nineones.ui.backup;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.service.backup.BackupEntry;
import org.nineones.service.backup.BackupService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.TaskRunner;

/**
 * 备份与恢复: the open workspace's backups (newest first), backing up now, and restoring the selected one after the
 * user confirmed what it holds. Every read and write runs through the task runner.
 */
public final class BackupViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final BackupService backups;
    private final Workspace workspace;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper folderText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRestore = selected.isNotNull();

    public BackupViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, BackupService backups,
                           Workspace workspace) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.backups = backups;
        this.workspace = workspace;
        folderText.set(messages.get("backup.ui.folder", backups.folder(workspace.file())));
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }

    public ReadOnlyStringProperty folderTextProperty() {
        return folderText.getReadOnlyProperty();
    }

    /** Reads the list of backups (each opened read-only for what it holds). */
    public void load() {
        tasks.run(messages.get("backup.ui.taskList"), progress -> backups.list(workspace.file()), this::show);
    }

    private void show(List<BackupEntry> entries) {
        rows.setAll(entries.stream().map(this::row).toList());
    }

    private BackupRow row(BackupEntry e) {
        return new BackupRow(e.file(), backups.time(e.time()), backups.reasonName(e.reason()),
                BackupService.size(e.size()),
                e.contents().map(backups::describe).orElse(messages.get("backup.ui.unreadable")));
    }

    /** 立即备份: backs up the open workspace, says where, and lists the backups again. */
    public void backupNow() {
        tasks.run(messages.get("backup.ui.taskBackup"),
                progress -> backups.backupNow(workspace), path -> {
                    dialogs.showInfo(messages.get("backup.ui.title"),
                            messages.get("backup.ui.made", path.getFileName()));
                    load();
                });
    }

    /**
     * 恢复: asks, showing what the selected backup holds and that the current state is backed up first; then
     * restores it and runs {@code restored} (which reopens the workspace so every screen shows the restored data).
     */
    public void restore(Runnable restored) {
        BackupRow row = selected.get();
        if (row == null) {
            return;
        }
        String question = messages.get("backup.ui.confirm", row.time(), row.reason(), row.contents());
        if (!dialogs.confirm(messages.get("backup.ui.confirmTitle"), question,
                messages.get("backup.ui.confirmButton"))) {
            return;
        }
        Path file = row.file();
        tasks.run(messages.get("backup.ui.taskRestore"), progress -> backups.restore(workspace, file), result -> {
            // told first, while the dialog is still up; then the dialog closes and the workspace is opened again
            dialogs.showInfo(messages.get("backup.ui.title"), messages.get("backup.ui.restored", row.time(),
                    backups.describe(result.contents()), result.previousState().getFileName()));
            restored.run();
        });
    }

    /** 打开所在文件夹: shows the backup folder in the system's file manager. */
    public void openFolder() {
        dialogs.openFolder(backups.folder(workspace.file()));
    }
}
