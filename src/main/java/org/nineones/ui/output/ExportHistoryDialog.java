package org.nineones.ui.output;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.PackageExport;
import org.nineones.pack.CreatedAt;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/**
 * 移交记录: every package exported from the workspace, the latest first, with its time (and offset), file,
 * fingerprint and counts; for the selected one its fingerprint to copy, its cover letter and its folder.
 */
final class ExportHistoryDialog {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Dialog<ButtonType> dialog = new Dialog<>();

    ExportHistoryDialog(AppContext context, PackageActions actions, List<PackageExport> history) {
        Messages messages = context.messages();
        dialog.setTitle(messages.get("pack.ui.historyTitle"));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        TableView<PackageExport> table = new TableView<>();
        table.setId("exportHistoryTable");
        // the table keeps to what tells exports apart; the details below give the offset, the path and the counts
        table.getColumns().add(column(messages.get("pack.cover.exportedAt"), 150, e -> localTime(e.exportedAt())));
        table.getColumns().add(column(messages.get("pack.cover.file"), 330, PackageExport::fileName));
        table.getColumns().add(column(messages.get("pack.count.employees"), 60,
                e -> String.valueOf(e.quantity("employees"))));
        table.getColumns().add(column(messages.get("pack.ui.fingerprintColumn"), 170,
                e -> shortFingerprint(e.fingerprint())));
        table.getItems().setAll(history);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(220);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label details = new Label();
        details.setId("exportHistoryDetails");
        details.setWrapText(true);
        FingerprintField fingerprint = new FingerprintField(messages, "exportHistoryFingerprint");
        Button cover = new Button(messages.get("pack.ui.printCoverLetter"));
        cover.setId("exportHistoryCoverLetter");
        Button folder = new Button(messages.get("ui.output.openFolder"));
        folder.setId("exportHistoryOpenFolder");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            details.setText(selected == null ? "" : messages.get("pack.history.line", String.valueOf(selected.id()),
                    CreatedAt.parse(selected.exportedAt()).display(), selected.fileName()) + "\n"
                    + messages.get("pack.history.path", selected.filePath(), String.valueOf(selected.fileSize()))
                    .strip() + "\n" + countsText(context, selected));
            fingerprint.setText(selected == null ? "" : selected.fingerprint());
        });
        cover.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        folder.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        cover.setOnAction(e -> actions.printCoverLetter(table.getSelectionModel().getSelectedItem()));
        folder.setOnAction(e -> actions.openFolder(Path.of(table.getSelectionModel().getSelectedItem().filePath())));
        table.getSelectionModel().selectFirst();

        VBox content = new VBox(8, table, details, fingerprint.node(), new HBox(8, cover, folder));
        content.setPrefWidth(760);
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(messages.get("pack.ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("exportHistoryClose");
        Theme.apply(dialog.getDialogPane());
        dialog.setResizable(true);
    }

    private static TableColumn<PackageExport, String> column(String title, double width,
                                                              Function<PackageExport, String> value) {
        TableColumn<PackageExport, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** The local date and time of an export, without its offset (the details show it). */
    private static String localTime(String exportedAt) {
        CreatedAt at = CreatedAt.parse(exportedAt);
        return at.local() == null ? exportedAt : at.local().format(LOCAL_TIME);
    }

    /** The start and end of a fingerprint, enough to tell exports apart in the list: 9f2c1a3b…77e0d4c1. */
    static String shortFingerprint(String fingerprint) {
        return org.nineones.pack.PackageFingerprint.shortForm(fingerprint);
    }

    /** What an export held, in one line: 组织机构 6 个，岗位 5 个，人员 5 人…… */
    static String countsText(AppContext context, PackageExport export) {
        return context.messages().get("pack.history.counts", context.services().packages().describeCounts(export))
                .strip();
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
