package org.nineones.ui.welcome;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

import org.nineones.ui.common.AppContext;

/**
 * Shown when no workspace is open. On first start (no recent files) it offers the sample enterprise first;
 * otherwise it also lists the recent files.
 */
public final class WelcomeView {

    /** What the welcome view's buttons do; the main window supplies them. */
    public interface Actions {
        void openSample();

        void newEnterprise();

        void openExisting();

        void open(Path file);
    }

    @FXML private VBox recentBox;
    @FXML private ListView<Path> recentList;
    @FXML private Label firstStartHint;
    @FXML private Label lastNote;

    private final Parent root;
    private final ObservableList<Path> recentFiles;
    private final ObservableStringValue note;
    private final Actions actions;

    /**
     * {@code recentFiles} is the main window's list, newest first; {@code note} says why the last workspace was not
     * reopened at start (empty: nothing to say).
     */
    public WelcomeView(AppContext context, ObservableList<Path> recentFiles, ObservableStringValue note,
                       Actions actions) {
        this.recentFiles = recentFiles;
        this.note = note;
        this.actions = actions;
        this.root = context.views().load(this);
    }

    @FXML
    private void initialize() {
        recentList.setItems(recentFiles);
        lastNote.textProperty().bind(note);
        lastNote.visibleProperty().bind(Bindings.isNotEmpty(note));
        lastNote.managedProperty().bind(lastNote.visibleProperty());
        recentList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName() + "    " + item.toAbsolutePath().getParent());
            }
        });
        recentBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(recentFiles));
        recentBox.managedProperty().bind(recentBox.visibleProperty());
        firstStartHint.visibleProperty().bind(recentBox.visibleProperty().not());
        firstStartHint.managedProperty().bind(firstStartHint.visibleProperty());
        recentList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(actions::open);
            }
        });
        recentList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(actions::open);
            }
        });
    }

    private void openSelected(Consumer<Path> open) {
        Path selected = recentList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            open.accept(selected);
        }
    }

    @FXML
    private void onOpenSample() {
        actions.openSample();
    }

    @FXML
    private void onNew() {
        actions.newEnterprise();
    }

    @FXML
    private void onOpen() {
        actions.openExisting();
    }

    public Parent root() {
        return root;
    }
}
