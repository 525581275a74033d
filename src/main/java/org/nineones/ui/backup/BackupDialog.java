package org.nineones.ui.backup;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/**
 * 文件 → 备份与恢复: the open workspace's backups with time, reason, size and contents; 立即备份, 恢复 (after a
 * confirmation; the dialog closes and the workspace is opened again with the restored data) and 打开所在文件夹.
 */
public final class BackupDialog {

    @FXML private Label folderLabel;
    @FXML private TableView<BackupRow> backupTable;
    @FXML private TableColumn<BackupRow, String> timeColumn;
    @FXML private TableColumn<BackupRow, String> reasonColumn;
    @FXML private TableColumn<BackupRow, String> sizeColumn;
    @FXML private TableColumn<BackupRow, String> contentsColumn;
    @FXML private Button restoreButton;

    private final BackupViewModel viewModel;
    private final Runnable reopen;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    /** {@code reopen} closes the workspace and opens it again, after a restore. */
    public BackupDialog(AppContext context, Workspace workspace, Runnable reopen) {
        Messages messages = context.messages();
        this.reopen = reopen;
        this.viewModel = new BackupViewModel(messages, context.tasks(), context.dialogs(),
                context.services().backups(), workspace);
        Parent content = context.views().load(this);
        dialog.setTitle(messages.get("backup.ui.title"));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        ButtonType close = new ButtonType(messages.get("backup.ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("closeBackupsButton");
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        Theme.apply(dialog.getDialogPane());
        viewModel.load();
    }

    @FXML
    private void initialize() {
        folderLabel.textProperty().bind(viewModel.folderTextProperty());
        backupTable.setItems(viewModel.rows());
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().time()));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().size()));
        contentsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().contents()));
        viewModel.selectedProperty().bind(backupTable.getSelectionModel().selectedItemProperty());
        restoreButton.disableProperty().bind(viewModel.canRestoreProperty().not());
    }

    @FXML
    private void onBackupNow() {
        viewModel.backupNow();
    }

    @FXML
    private void onRestore() {
        viewModel.restore(() -> {
            dialog.close();
            reopen.run();
        });
    }

    @FXML
    private void onOpenFolder() {
        viewModel.openFolder();
    }

    public BackupViewModel viewModel() {
        return viewModel;
    }

    public void show() {
        dialog.showAndWait();
    }
}
