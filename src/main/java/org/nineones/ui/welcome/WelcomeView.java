package org.nineones.ui.welcome;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
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

import org.nineones.app.Settings;
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

        /** The user chose a side (企业端 or 验收检查): remembered for the next start. */
        default void chooseSide(Settings.Side side) {
        }

        /** 新建检查档案… */
        default void newInspectionFile() {
        }

        /** 打开检查档案… */
        default void openInspectionFile() {
        }

        /** A recent inspection file chosen. */
        default void openInspectionFile(Path file) {
        }

        /** 县级汇总…: the county desk, without an inspection file (issue 14, point 3). */
        default void openCountyDesk() {
        }
    }

    @FXML private VBox recentBox;
    @FXML private ListView<Path> recentList;
    @FXML private Label firstStartHint;
    @FXML private Label lastNote;
    @FXML private ToggleButton enterpriseSideButton;
    @FXML private ToggleButton inspectorSideButton;
    @FXML private VBox enterpriseBox;
    @FXML private VBox inspectorBox;
    @FXML private VBox recentInspectionBox;
    @FXML private ListView<Path> recentInspectionList;

    private final Parent root;
    private final ObservableList<Path> recentFiles;
    private final ObservableStringValue note;
    private final Actions actions;
    private final ObservableList<Path> recentInspections;
    private final ObjectProperty<Settings.Side> side = new SimpleObjectProperty<>(Settings.Side.ENTERPRISE);

    /**
     * {@code recentFiles} is the main window's list, newest first; {@code note} says why the last workspace was not
     * reopened at start (empty: nothing to say).
     */
    public WelcomeView(AppContext context, ObservableList<Path> recentFiles, ObservableStringValue note,
                       Actions actions) {
        this(context, recentFiles, note, actions, FXCollections.observableArrayList(), Settings.Side.ENTERPRISE);
    }

    /**
     * With the inspector's side too: {@code recentInspections} are the inspection files used last, {@code side} the
     * side shown first (the one remembered).
     */
    public WelcomeView(AppContext context, ObservableList<Path> recentFiles, ObservableStringValue note,
                       Actions actions, ObservableList<Path> recentInspections, Settings.Side side) {
        this.recentInspections = recentInspections;
        this.side.set(side);
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
                openSelected(recentList, actions::open);
            }
        });
        recentList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(recentList, actions::open);
            }
        });
        initInspectorSide();
    }

    private void initInspectorSide() {
        ToggleGroup sides = new ToggleGroup();
        enterpriseSideButton.setToggleGroup(sides);
        inspectorSideButton.setToggleGroup(sides);
        // a side stays chosen: clicking the chosen one again does not unselect it
        sides.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        var inspector = side.isEqualTo(Settings.Side.INSPECTOR);
        inspectorBox.visibleProperty().bind(inspector);
        inspectorBox.managedProperty().bind(inspector);
        enterpriseBox.visibleProperty().bind(inspector.not());
        enterpriseBox.managedProperty().bind(inspector.not());
        (side.get() == Settings.Side.INSPECTOR ? inspectorSideButton : enterpriseSideButton).setSelected(true);
        recentInspectionList.setItems(recentInspections);
        recentInspectionList.setCellFactory(recentList.getCellFactory());
        recentInspectionBox.visibleProperty().bind(Bindings.isNotEmpty(recentInspections));
        recentInspectionBox.managedProperty().bind(recentInspectionBox.visibleProperty());
        recentInspectionList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(recentInspectionList, actions::openInspectionFile);
            }
        });
        recentInspectionList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(recentInspectionList, actions::openInspectionFile);
            }
        });
    }

    @FXML
    private void onEnterpriseSide() {
        enterpriseSideButton.setSelected(true);
        choose(Settings.Side.ENTERPRISE);
    }

    @FXML
    private void onInspectorSide() {
        inspectorSideButton.setSelected(true);
        choose(Settings.Side.INSPECTOR);
    }

    private void choose(Settings.Side chosen) {
        if (side.get() != chosen) {
            side.set(chosen);
            actions.chooseSide(chosen);
        }
    }

    /** The side shown. */
    public Settings.Side side() {
        return side.get();
    }

    @FXML
    private void onNewInspectionFile() {
        actions.newInspectionFile();
    }

    @FXML
    private void onOpenInspectionFile() {
        actions.openInspectionFile();
    }

    @FXML
    private void onOpenCountyDesk() {
        actions.openCountyDesk();
    }

    private static void openSelected(ListView<Path> list, Consumer<Path> open) {
        Path selected = list.getSelectionModel().getSelectedItem();
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
