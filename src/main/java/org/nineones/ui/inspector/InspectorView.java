package org.nineones.ui.inspector;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.inspection.Inspection;
import org.nineones.pack.PackageFingerprint;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.county.CountyDeskView;

/**
 * The inspector's window (issue 13): the inspection file's inspections on the left (enterprise, county, package
 * fingerprint, opened at), 打开资料包… above, and the chosen inspection's screen ({@link InspectionScreen}) on the
 * right. Nothing here writes the enterprise's records: they are shown from a read-only workspace.
 */
public final class InspectorView {

    private final AppContext context;
    private final Messages messages;
    private final InspectorViewModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<Inspection> table = new ListView<>();
    private final StackPane area = new StackPane();
    private final Runnable onClose;
    private InspectionScreen screen;
    private CountyDeskView desk;

    /** {@code onClose} runs when the inspector closes the inspection file (the welcome page comes back). */
    public InspectorView(AppContext context, InspectorViewModel model, Runnable onClose) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        this.onClose = onClose;
        root.setId("inspectorView");
        root.getStyleClass().add("page");
        root.setTop(toolbar());
        root.setCenter(body());
        model.shownProperty().addListener((obs, old, now) -> showInspection(now));
        showInspection(model.shownProperty().get());
    }

    private HBox toolbar() {
        Label fileLabel = new Label();
        fileLabel.setId("inspectionFileLabel");
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> model.file() == null ? ""
                : messages.get("inspector.toolbar.file", model.file().file().getFileName()), model.fileProperty()));
        fileLabel.setMinWidth(0);
        Button openPackage = new Button(messages.get("inspector.openPackage"));
        openPackage.setId("openPackageButton");
        openPackage.setDefaultButton(true);
        openPackage.setOnAction(e -> openPackage());
        Button county = new Button(messages.get("county.ui.open"));
        county.setId("countyDeskButton");
        county.setOnAction(e -> showCountyDesk());
        Button close = new Button(messages.get("inspector.closeFile"));
        close.setId("closeInspectionFileButton");
        close.setOnAction(e -> {
            closeScreen();
            model.close();
            onClose.run();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, fileLabel, gap, openPackage, county, close);
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    /**
     * 县级汇总…: the county desk takes the window (issue 14, point 3) until its 返回; the desk is closed when it
     * leaves the window, whichever way.
     */
    void showCountyDesk() {
        Node toolbar = root.getTop();
        Node body = root.getCenter();
        desk = CountyDeskView.open(context, view -> {
            root.setTop(null);
            root.setCenter(view);
        }, () -> {
            desk = null;
            root.setTop(toolbar);
            root.setCenter(body);
        }, model::file);
    }

    /** The county desk now shown in the window, or null (for tests). */
    public CountyDeskView countyDesk() {
        return desk;
    }

    private SplitPane body() {
        table.setId("inspectionTable");
        table.setItems(model.inspections());
        table.setPlaceholder(wrapped(messages.get("inspector.list.empty")));
        table.setCellFactory(list -> new InspectionCell());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.show(now);
            }
        });
        Label title = new Label(messages.get("inspector.list.title"));
        title.getStyleClass().add("section-title");
        VBox left = new VBox(6, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setMinWidth(200);
        area.setId("inspectionArea");
        SplitPane split = new SplitPane(left, area);
        split.setId("inspectorSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(left, false);
        return split;
    }

    /** An inspection in the list: the enterprise and county, then the package's fingerprint and when it was opened. */
    private final class InspectionCell extends ListCell<Inspection> {
        @Override
        protected void updateItem(Inspection i, boolean empty) {
            super.updateItem(i, empty);
            if (empty || i == null) {
                setText(null);
                return;
            }
            setText(i.enterpriseName() + (i.county() == null || i.county().isBlank() ? "" : "（" + i.county() + "）")
                    + "\n" + messages.get("inspector.list.fingerprint") + " "
                    + PackageFingerprint.shortForm(i.packageFingerprint()) + "\n"
                    + messages.get("inspector.list.openedAt") + " " + i.openedAt());
            setWrapText(true);
            setPrefWidth(0);
        }
    }

    private static Label wrapped(String text) {
        Label label = Placeholder.of(text);
        label.setWrapText(true);
        return label;
    }

    /** 打开资料包…: the zip, then the fingerprint from the cover letter (may be left empty). */
    void openPackage() {
        String title = messages.get("inspector.openPackage.title");
        context.dialogs().chooseFileToOpen(title, new FileFilter(messages.get("ui.file.zipFilter"), "*.zip"))
                .ifPresent(zip -> {
                    String typed = context.dialogs().askOptionalText(title, messages.get("inspector.openPackage.fingerprint"),
                            "").orElse(null);
                    if (typed == null) {
                        return;
                    }
                    if (!typed.isBlank() && !PackageFingerprint.normalise(typed).matches("[0-9a-f]{64}")) {
                        context.dialogs().showError(title, messages.get("pack.verify.expectBadFormat", typed));
                        return;
                    }
                    model.openPackage(zip, typed);
                });
    }

    private void showInspection(InspectorViewModel.Shown shown) {
        closeScreen();
        if (shown == null) {
            area.getChildren().setAll(wrapped(messages.get("inspector.choose")));
            return;
        }
        if (table.getSelectionModel().getSelectedItem() == null
                || !shown.inspection().id().equals(table.getSelectionModel().getSelectedItem().id())) {
            model.inspections().stream().filter(i -> i.id().equals(shown.inspection().id())).findFirst()
                    .ifPresent(i -> table.getSelectionModel().select(i));
        }
        screen = new InspectionScreen(context, model.file(), shown.inspection(), shown.records().workspace());
        area.getChildren().setAll(screen.node());
    }

    private void closeScreen() {
        screen = null;
    }

    /** The inspection's screen now shown, or null (for tests and the tabs added later). */
    public InspectionScreen screen() {
        return screen;
    }

    public Parent root() {
        return root;
    }

    /** Where the file is, for the window's title. */
    public Path file() {
        return model.file() == null ? null : model.file().file();
    }
}
