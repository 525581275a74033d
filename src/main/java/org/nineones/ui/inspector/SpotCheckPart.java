package org.nineones.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.model.inspection.Inspection;
import org.nineones.service.inspection.DrawResult;
import org.nineones.service.inspection.FramePerson;
import org.nineones.service.inspection.SampleSizeRule;
import org.nineones.service.inspection.SpotCheck;
import org.nineones.store.InspectionFile;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Columns;
import org.nineones.ui.output.OutputActions;

/**
 * 抽查 (issue 13, point 4): the draw as typed (seed — blank for a new one, shown large and selectable after —, size,
 * rule), what replays it (algorithm, the frame's SHA-256, the plan per org unit), the workers drawn with their marks
 * and rating status, and the chosen worker's screen ({@link SpotWorkerPane}). A new draw is allowed until the first
 * rating: the button is then disabled with a hint.
 */
final class SpotCheckPart implements InspectionScreen.Part {

    /** A worker of the draw as listed: marks (特种作业, 班组长, 替换) and status (未评定, the rating, 缺席). */
    record WorkerRow(SpotCheck.Worker worker, String marks, String status) {
    }

    private final AppContext context;
    private final Messages messages;
    private final SpotCheckViewModel model;
    private final TextField seed = new TextField();
    private final TextField size = new TextField();
    private final ComboBox<SampleSizeRule> rule = new ComboBox<>();
    private final Button draw = new Button();
    private final Button print = new Button();
    private final Label redrawHint = new Label();
    private final TextField seedShown = new TextField();
    private final Label algorithm = new Label();
    private final Label frame = new Label();
    private final TableView<DrawResult.Stratum> plan = new TableView<>();
    private final TableView<WorkerRow> workers = new TableView<>();
    private final SpotWorkerPane worker;
    private final ObservableBooleanValue signed;
    private final VBox node;

    /**
     * @param signed true once the inspection's on-site record is signed: the spot check is final then (the service
     *               refuses any change), so drawing, rating and replacing are disabled
     */
    SpotCheckPart(AppContext context, InspectionFile file, Inspection inspection, ObservableBooleanValue signed) {
        this.messages = context.messages();
        this.context = context;
        this.model = new SpotCheckViewModel(context, file, inspection);
        this.worker = new SpotWorkerPane(context, model, this::select, signed);
        SplitPane split = new SplitPane(left(), worker.node());
        split.setId("spotSplit");
        split.setDividerPositions(0.5);
        this.signed = signed;
        signed.addListener((obs, was, now) -> draw.setDisable(now || !model.redrawAllowed()));
        node = new VBox(6, drawBar(), redrawHint, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        node.setId("spotCheckPart");
        node.getProperties().put(SpotCheckPart.class, this);
        model.checkProperty().addListener((obs, old, now) -> show(now));
        show(null);
    }

    private FlowPane drawBar() {
        seed.setId("spotSeedField");
        seed.setPromptText(messages.get("spot.seedPrompt"));
        seed.setPrefColumnCount(10);
        size.setId("spotSizeField");
        size.setPromptText(messages.get("spot.sizePrompt"));
        size.setPrefColumnCount(5);
        rule.setId("spotRuleChoice");
        rule.getItems().setAll(model.rules());
        rule.setConverter(new StringConverter<>() {
            @Override
            public String toString(SampleSizeRule r) {
                return r == null ? "" : ruleLabel(r.name());
            }

            @Override
            public SampleSizeRule fromString(String s) {
                return null;
            }
        });
        rule.getSelectionModel().select(0);
        draw.setText(messages.get("spot.draw"));
        draw.setId("spotDrawButton");
        draw.setOnAction(e -> model.draw(seed.getText(), size.getText(),
                rule.getValue() == null ? null : rule.getValue().name(), () -> seed.clear()));
        seed.setOnAction(e -> draw.fire());
        print.setText(messages.get("spot.print"));
        print.setId("spotPrintButton");
        print.setOnAction(e -> model.spotCheckSheet(sheet -> new OutputActions(context).preview(sheet)));
        redrawHint.setId("spotRedrawHint");
        redrawHint.setText(messages.get("spot.redrawHint"));
        redrawHint.getStyleClass().add("hint");
        redrawHint.setWrapText(true);
        redrawHint.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 6, label("spot.seed", seed), seed, label("spot.size", size), size,
                label("spot.rule", rule), rule, draw, print);
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    private VBox left() {
        seedShown.setId("spotSeedShown");
        seedShown.setEditable(false);
        seedShown.getStyleClass().add("read-only-value");
        seedShown.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        seedShown.setPrefColumnCount(12);
        seedShown.setMaxWidth(Region.USE_PREF_SIZE);
        algorithm.setId("spotAlgorithm");
        frame.setId("spotFrame");
        HBox seedLine = new HBox(8, label("spot.seedShown", seedShown), seedShown);
        seedLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        algorithm.setWrapText(true);
        frame.setWrapText(true);
        algorithm.setMinHeight(Region.USE_PREF_SIZE);
        frame.setMinHeight(Region.USE_PREF_SIZE);
        VBox facts = new VBox(2, algorithm, frame);
        plan.setId("spotPlanTable");
        plan.setFixedCellSize(24);
        plan.getColumns().add(Columns.text(messages, "spot.plan.orgUnit", 140, DrawResult.Stratum::orgUnit));
        plan.getColumns().add(Columns.text(messages, "spot.plan.people", 50, s -> String.valueOf(s.people())));
        plan.getColumns().add(Columns.text(messages, "spot.plan.allotted", 50, s -> String.valueOf(s.allotted())));
        plan.getColumns().add(Columns.text(messages, "spot.plan.drawn", 50, s -> String.valueOf(s.drawn())));
        plan.setPlaceholder(new Label(messages.get("spot.plan.none")));
        workers.setId("spotWorkerTable");
        workers.setFixedCellSize(24);
        workers.getColumns().add(rowColumn("spot.col.name", 70, r -> r.worker().person().name()));
        workers.getColumns().add(rowColumn("spot.col.employeeNumber", 70, r -> r.worker().person().employeeNumber()));
        workers.getColumns().add(rowColumn("spot.col.status", 80, WorkerRow::status));
        workers.getColumns().add(rowColumn("spot.col.marks", 110, WorkerRow::marks));
        workers.getColumns().add(rowColumn("spot.col.orgUnit", 110, r -> r.worker().person().stratum()));
        workers.getColumns().add(rowColumn("spot.col.post", 100, r -> r.worker().person().post()));
        // the draw's order is the order the inspector calls the workers in: never sorted away
        workers.getColumns().forEach(c -> c.setSortable(false));
        Label none = new Label(messages.get("spot.none"));
        none.setWrapText(true);
        workers.setPlaceholder(none);
        workers.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                worker.show(now == null ? null : now.worker()));
        SplitPane tables = new SplitPane(workers, plan);
        tables.setOrientation(Orientation.VERTICAL);
        tables.setDividerPositions(0.68);
        VBox box = new VBox(4, seedLine, facts, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        box.setMinWidth(240);
        return box;
    }

    private Label label(String key, Node labelFor) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(labelFor);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private String ruleLabel(String name) {
        String label = messages.get("spot.rule." + name);
        return label.startsWith("!") ? name : label;
    }


    private TableColumn<WorkerRow, String> rowColumn(String key, double width, Function<WorkerRow, String> text) {
        return Columns.text(messages, key, width, text);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void load() {
        model.load();
    }

    private void show(SpotCheck check) {
        boolean allowed = model.redrawAllowed();
        draw.setDisable(!allowed || signed.get());
        print.setDisable(check == null);
        redrawHint.setVisible(!allowed);
        redrawHint.setManaged(!allowed);
        FramePerson selected = workers.getSelectionModel().getSelectedItem() == null ? null
                : workers.getSelectionModel().getSelectedItem().worker().person();
        if (check == null) {
            seedShown.setText("");
            algorithm.setText("");
            frame.setText("");
            frame.setTooltip(null);
            plan.getItems().clear();
            workers.getItems().clear();
            return;
        }
        DrawResult d = check.draw();
        seedShown.setText(Long.toString(d.seed()));
        algorithm.setText(messages.get("spot.algorithm", d.algorithm(), d.population(), d.size(),
                d.rule() == null ? messages.get("spot.givenSize") : ruleLabel(d.rule())));
        frame.setText(messages.get("spot.frame", d.frameSha256().substring(0, Math.min(12, d.frameSha256().length()))));
        frame.setTooltip(new Tooltip(d.frameSha256()));
        plan.getItems().setAll(d.plan());
        workers.getItems().setAll(rows(check));
        select(selected);
    }

    private List<WorkerRow> rows(SpotCheck check) {
        List<WorkerRow> rows = new ArrayList<>();
        for (SpotCheck.Worker w : check.workers()) {
            FramePerson p = w.person();
            List<String> marks = new ArrayList<>();
            if (p.specialOperation()) {
                marks.add(messages.get("spot.mark.special"));
            }
            if (p.teamLeader()) {
                marks.add(messages.get("spot.mark.leader"));
            }
            if (w.replacement()) {
                marks.add(messages.get("spot.mark.replacement"));
            }
            String status = check.rating(p).map(r -> messages.get(r.familiarity().labelKey()))
                    .or(() -> check.replacementOf(p).map(r -> messages.get("spot.status.absent")))
                    .orElse(messages.get("spot.status.open"));
            rows.add(new WorkerRow(w, String.join("、", marks), status));
        }
        return rows;
    }

    /** Selects a worker of the list (and shows his or her screen), or nobody. */
    private void select(FramePerson person) {
        WorkerRow row = person == null ? null : workers.getItems().stream()
                .filter(r -> r.worker().person().equals(person)).findFirst().orElse(null);
        if (row == null) {
            workers.getSelectionModel().clearSelection();
            worker.show(null);
        } else {
            workers.getSelectionModel().select(row);
            workers.scrollTo(row);
        }
    }

    /** For tests. */
    SpotCheckViewModel model() {
        return model;
    }
}
