package org.nineones.ui.grids;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.model.grids.GridRules;
import org.nineones.service.attachments.FileType;
import org.nineones.service.grids.DispatchDraft;
import org.nineones.service.grids.DispatchService;
import org.nineones.service.grids.DispatchSummary;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.EditDialog;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.common.WholeText;
import org.nineones.ui.output.OutputActions;

/**
 * 网格调度 (issue 15): the chosen month's reports — area, day, checker, found, done, where it stands — and the areas
 * that did not report; 登记… (one area's report in a form), 导入… (the inspectors' sheet), 空白调度表… (the month's
 * sheet for the inspectors, saved where the user says), 打印月度调度汇总 (the month's summary in the print preview)
 * and 查看照片 (or a double-click: the selected report's photos, each a read-only copy in the system's viewer).
 */
public final class DispatchView {

    private final AppContext context;
    private final Messages messages;
    private final Workspace workspace;
    private final DispatchViewModel model;
    private final OutputActions output;
    private final BorderPane root = new BorderPane();

    public DispatchView(AppContext context, Workspace workspace) {
        this.context = context;
        this.messages = context.messages();
        this.workspace = workspace;
        this.model = new DispatchViewModel(messages, context.tasks(), context.dialogs(),
                context.services().dispatch(), workspace, () -> context.session().changed());
        this.output = new OutputActions(context);
        build();
    }

    public Parent view() {
        return root;
    }

    public DispatchViewModel viewModel() {
        return model;
    }

    public void reload() {
        model.reload();
    }

    private void build() {
        root.setId("dispatchView");
        root.setPadding(new Insets(8));
        ComboBox<YearMonth> month = new ComboBox<>();
        month.setId("dispatchMonthBox");
        month.getItems().setAll(model.months());
        month.setValue(model.monthProperty().get());
        month.setOnAction(e -> model.monthProperty().set(month.getValue()));
        Label monthLabel = new Label(messages.get("dispatch.ui.month"));
        monthLabel.setLabelFor(month);
        Label count = new Label();
        count.setId("dispatchCount");
        count.textProperty().bind(model.countProperty());
        Button record = button("dispatchRecordButton", "dispatch.ui.record", this::record);
        Button importSheet = button("dispatchImportButton", "dispatch.ui.import", model::importSheet);
        Button print = button("dispatchPrintButton", "dispatch.ui.print", this::print);
        Button template = button("dispatchTemplateButton", "dispatch.ui.template", model::saveTemplate);
        TableView<DispatchService.ReportLine> table = new TableView<>(model.reports());
        Button photos = button("dispatchPhotosButton", "dispatch.ui.openPhotos", () -> openPhotos(table));
        photos.disableProperty().bind(Bindings.createBooleanBinding(() -> !hasPhotos(table),
                table.getSelectionModel().selectedItemProperty()));
        FlowPane bar = new FlowPane(8, 6, monthLabel, month, record, importSheet, template, print, photos, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar");
        bar.setPadding(new Insets(0, 0, 6, 0));
        root.setTop(bar);

        table.setId("dispatchTable");
        table.setPlaceholder(Placeholder.of(messages.get("dispatch.ui.empty")));
        // the enterprise's own name heads the window: an area shows by its path below it, as on the summary
        table.getColumns().add(WholeText.column(messages.get("dispatch.print.col.area"), 150,
                l -> GridRules.belowRoot(l.area())));
        table.getColumns().add(WholeText.column(messages.get("dispatch.print.col.day"), 85,
                l -> l.report().checkedOn().toString()));
        table.getColumns().add(WholeText.column(messages.get("dispatch.print.col.checker"), 70,
                l -> l.report().checkedBy()));
        table.getColumns().add(WholeText.column(messages.get("dispatch.print.col.found"), 200,
                l -> l.report().found()));
        table.getColumns().add(WholeText.column(messages.get("dispatch.print.col.done"), 160, l -> l.report().done()));
        table.getColumns().add(WholeText.column(messages.get("dispatch.print.col.state"), 110, model::state));
        table.getColumns().add(WholeText.column(messages.get("dispatch.ui.photos"), 60, model::photos));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && hasPhotos(table)) {
                openPhotos(table);
            }
        });
        ListView<String> missing = new ListView<>(model.notReported());
        missing.setId("dispatchNotReportedList");
        missing.setPlaceholder(Placeholder.of(messages.get("dispatch.print.allReported")));
        Label missingLabel = new Label(messages.get("dispatch.ui.notReported"));
        missingLabel.setLabelFor(missing);
        VBox side = new VBox(4, missingLabel, missing);
        VBox.setVgrow(missing, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.75);
        root.setCenter(split);
    }

    private static boolean hasPhotos(TableView<DispatchService.ReportLine> table) {
        DispatchService.ReportLine line = table.getSelectionModel().getSelectedItem();
        return line != null && !line.report().photoIds().isEmpty();
    }

    private void openPhotos(TableView<DispatchService.ReportLine> table) {
        if (hasPhotos(table)) {
            model.openPhotos(table.getSelectionModel().getSelectedItem());
        }
    }

    private void record() {
        model.areas(areas -> form(areas).ifPresent(model::record));
    }

    /** 登记…: the area, the day, who checked, found, done, settled on the spot, photos; OK once complete. */
    private Optional<DispatchDraft> form(List<DispatchService.AreaChoice> areas) {
        ComboBox<DispatchService.AreaChoice> area = new ComboBox<>();
        area.setId("dispatchAreaBox");
        area.getItems().setAll(areas);
        area.setConverter(new StringConverter<>() {
            @Override
            public String toString(DispatchService.AreaChoice a) {
                return a == null ? "" : a.responsible().isEmpty() ? a.path()
                        : messages.get("dispatch.ui.areaChoice", a.path(), a.responsible());
            }

            @Override
            public DispatchService.AreaChoice fromString(String s) {
                return null;
            }
        });
        YearMonth month = model.monthProperty().get();
        DatePicker day = Dates.picker("dispatchDayPicker");
        day.setValue(month.equals(YearMonth.from(model.today())) ? model.today() : month.atEndOfMonth());
        TextField checker = GridDialogs.field("dispatchCheckerField", 12);
        TextField found = GridDialogs.field("dispatchFoundField", 30);
        TextField done = GridDialogs.field("dispatchDoneField", 30);
        CheckBox settled = new CheckBox(messages.get("dispatch.ui.settled"));
        settled.setId("dispatchSettledBox");
        settled.setSelected(true);
        ListView<Path> photos = new ListView<>();
        photos.setId("dispatchPhotosList");
        photos.setPrefHeight(70);
        Button addPhoto = new Button(messages.get("dispatch.ui.addPhoto"));
        addPhoto.setId("dispatchAddPhotoButton");
        addPhoto.setOnAction(e -> photos.getItems().addAll(context.dialogs().chooseFilesToOpen(
                messages.get("dispatch.ui.addPhoto"), new FileFilter(messages.get("dispatch.ui.photoFilter"),
                        FileType.allExtensions().stream().filter(x -> FileType.ofName("x." + x)
                                .map(t -> t.mediaType().startsWith("image/")).orElse(false))
                                .map(x -> "*." + x).toArray(String[]::new)))));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.addRow(0, GridDialogs.label(messages, "dispatch.ui.area", area), area);
        grid.addRow(1, GridDialogs.label(messages, "dispatch.ui.month", day), new Label(month.toString()));
        grid.addRow(2, GridDialogs.label(messages, "dispatch.print.col.day", day), day);
        grid.addRow(3, GridDialogs.label(messages, "dispatch.print.col.checker", checker), checker);
        grid.addRow(4, GridDialogs.label(messages, "dispatch.print.col.found", found), found);
        grid.addRow(5, GridDialogs.label(messages, "dispatch.print.col.done", done), done);
        grid.add(settled, 1, 6);
        grid.addRow(7, GridDialogs.label(messages, "dispatch.ui.photos", photos), new VBox(4, photos, addPhoto));
        BooleanBinding valid = Bindings.createBooleanBinding(() -> area.getValue() != null && day.getValue() != null
                        && !checker.getText().isBlank() && (settled.isSelected() || !found.getText().isBlank()),
                area.valueProperty(), day.valueProperty(), checker.textProperty(), found.textProperty(),
                settled.selectedProperty());
        if (!new EditDialog(context, messages.get("dispatch.ui.recordTitle", month.toString()), grid, valid,
                "dispatchOkButton", area).showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new DispatchDraft(area.getValue().id(), month, day.getValue(), checker.getText(),
                found.getText(), done.getText(), settled.isSelected(), List.copyOf(photos.getItems()), null));
    }

    private void print() {
        RecordPrintRequest request = new RecordPrintRequest(null, null, null, model.monthProperty().get().toString(),
                null, false, model.today());
        output.preview(workspace, context.services().recordPrints().byKey(DispatchSummary.KEY).orElseThrow(),
                request, context.session().enterpriseNameProperty().get());
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
