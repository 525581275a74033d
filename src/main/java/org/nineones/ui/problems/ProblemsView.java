package org.nineones.ui.problems;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.model.problems.FindingsImport;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.problems.RectificationList;
import org.nineones.service.problems.RectificationReport;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.common.WholeText;
import org.nineones.ui.output.OutputActions;

/**
 * 问题清单 (issue 14): the problems — all, or one imported findings file's — with source, line, what was seen,
 * requirement, deadline, who answers, measures (overdue marked); the selected problem's measures with owner,
 * deadline, status and evidence, and the selected measure's evidence and history. Actions: 导入检查问题清单…,
 * 从自评扣分生成, 新增问题…, 新增整改措施…, 更改状态…, 更正…, and the printouts 整改清单 and 整改报告 (of the findings
 * file chosen), and 生成整改回复包… (of the findings file chosen, for the inspector).
 */
public final class ProblemsView {

    private final AppContext context;
    private final Messages messages;
    private final Workspace workspace;
    private final ProblemsViewModel model;
    private final ProblemDialogs dialogs;
    private final OutputActions output;
    private final BorderPane root = new BorderPane();
    private final TableView<ListedProblem> table = new TableView<>();
    private final TableView<Measure> measures = new TableView<>();
    private final TextArea details = new TextArea();

    public ProblemsView(AppContext context, Workspace workspace) {
        this.context = context;
        this.messages = context.messages();
        this.workspace = workspace;
        this.model = new ProblemsViewModel(messages, context.tasks(), context.dialogs(),
                context.services().problems(), context.services().dutyRecords(), workspace,
                () -> context.session().changed(), LocalDate::now);
        this.dialogs = new ProblemDialogs(context, model);
        this.output = new OutputActions(context);
        build();
    }

    public Parent view() {
        return root;
    }

    public ProblemsViewModel viewModel() {
        return model;
    }

    public void reload() {
        model.reload();
    }

    /** Shows every problem and selects this one (from the readiness view's overdue measures). */
    public void show(long problemId) {
        model.show(problemId);
    }

    private void build() {
        root.setId("problemsView");
        root.setPadding(new Insets(8));
        ComboBox<FindingsImport> file = new ComboBox<>();
        file.setId("problemsFileBox");
        file.setPrefWidth(300);
        file.setMaxWidth(300);
        model.imports().addListener((ListChangeListener<FindingsImport>) c -> {
            FindingsImport chosen = model.fileProperty().get();
            file.getItems().setAll(model.imports());
            file.getItems().add(0, null);
            file.setValue(chosen);
        });
        file.getItems().add(null);
        file.setConverter(new StringConverter<>() {
            @Override
            public String toString(FindingsImport i) {
                return model.fileText(i);
            }

            @Override
            public FindingsImport fromString(String s) {
                return null;
            }
        });
        file.setOnAction(e -> model.fileProperty().set(file.getValue()));
        model.fileProperty().addListener((obs, old, now) -> file.setValue(now));
        Label fileLabel = new Label(messages.get("problems.ui.file"));
        fileLabel.setLabelFor(file);
        Label count = new Label();
        count.setId("problemsCount");
        count.textProperty().bind(model.countProperty());
        Button printList = button("problemsPrintListButton", "problems.ui.printList", this::printList);
        Button printReport = button("problemsPrintReportButton", "problems.ui.printReport", this::printReport);
        printReport.disableProperty().bind(model.fileProperty().isNull());
        Button closing = button("problemsClosingButton", "problems.ui.closing", model::closingPackage);
        closing.disableProperty().bind(model.fileProperty().isNull());
        FlowPane filters = new FlowPane(8, 6, fileLabel, file, count, printList, printReport, closing);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("toolbar");

        Button importFindings = button("problemsImportButton", "problems.ui.importFindings", model::importFindings);
        Button fromSelf = button("problemsFromSelfButton", "problems.ui.fromSelfAssessment", model::fromSelfAssessment);
        Button addProblem = button("problemsAddButton", "problems.ui.addProblem", this::addProblem);
        Button addMeasure = button("problemsAddMeasureButton", "problems.ui.addMeasure", this::addMeasure);
        addMeasure.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button status = button("problemsStatusButton", "problems.ui.changeStatus", this::changeStatus);
        Button correct = button("problemsCorrectButton", "problems.ui.correct", this::correct);
        status.disableProperty().bind(measures.getSelectionModel().selectedItemProperty().isNull());
        correct.disableProperty().bind(measures.getSelectionModel().selectedItemProperty().isNull());
        // the selected measure's evidence files, each opened as a read-only copy
        Button openEvidence = button("problemsOpenEvidenceButton", "problems.ui.openFile", () -> {
            Measure m = measures.getSelectionModel().getSelectedItem();
            if (m != null) {
                m.attachments().forEach(model::open);
            }
        });
        openEvidence.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                measures.getSelectionModel().getSelectedItem() == null
                        || measures.getSelectionModel().getSelectedItem().attachments().isEmpty(),
                measures.getSelectionModel().selectedItemProperty()));
        FlowPane actions = new FlowPane(8, 6, importFindings, fromSelf, addProblem, addMeasure, status, correct,
                openEvidence);
        actions.setPadding(new Insets(6, 0, 6, 0));
        root.setTop(new VBox(filters, actions));

        buildProblems();
        buildMeasures();
        details.setId("problemsDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(5);
        details.setMinHeight(60);
        SplitPane lower = new SplitPane(measures, details);
        lower.setId("problemsMeasuresSplit");
        lower.setDividerPositions(0.6);
        SplitPane split = new SplitPane(table, lower);
        split.setId("problemsSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setCenter(split);
    }

    private void buildProblems() {
        table.setId("problemsTable");
        table.setItems(model.problems());
        table.setPlaceholder(Placeholder.of(messages.get("problems.ui.empty")));
        table.setMinHeight(120);
        table.getColumns().add(column("problems.ui.col.id", 45, p -> "#" + p.problem().id()));
        table.getColumns().add(column("problems.column.source", 70, p -> messages.of(p.problem().source())));
        table.getColumns().add(column("problems.column.line", 50, p -> p.problem().lineId()));
        table.getColumns().add(column("problems.column.seen", 200, p -> p.problem().seen()));
        table.getColumns().add(column("problems.column.requirement", 170, p -> p.problem().requirement()));
        table.getColumns().add(column("problems.column.problemDeadline", 85, p -> p.problem().deadline() == null ? ""
                : p.problem().deadline().toString()));
        table.getColumns().add(column("problems.column.responsible", 80, p -> p.problem().responsible()));
        table.getColumns().add(column("problems.ui.col.measures", 80, model::measuresText));
        table.getColumns().add(column("problems.ui.col.state", 70, p -> messages.of(p.state())));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(ListedProblem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove("overdue");
                if (!empty && p != null && model.overdue(p)) {
                    getStyleClass().add("overdue");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            Long keep = measures.getSelectionModel().getSelectedItem() == null ? null
                    : measures.getSelectionModel().getSelectedItem().id();
            measures.getItems().setAll(now == null ? List.of() : now.measures());
            measures.getItems().stream().filter(m -> keep != null && m.id() == keep).findFirst()
                    .ifPresentOrElse(m -> measures.getSelectionModel().select(m), () -> {
                        if (!measures.getItems().isEmpty()) {
                            measures.getSelectionModel().selectFirst();
                        }
                    });
        });
        // after a read: the problem asked for (a change, the readiness view), else the one selected before
        model.problems().addListener((ListChangeListener<ListedProblem>) c -> {
            Long wanted = model.wantedProperty().get();
            Long id = wanted != null ? wanted : selectedId;
            model.wantedProperty().set(null);
            model.problems().stream().filter(p -> id != null && p.problem().id() == id).findFirst()
                    .ifPresent(p -> {
                        table.getSelectionModel().select(p);
                        table.scrollTo(p);
                    });
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selectedId = now.problem().id();
            }
        });
    }

    private Long selectedId;

    private void buildMeasures() {
        measures.setId("problemsMeasuresTable");
        measures.setPlaceholder(Placeholder.of(messages.get("problems.ui.noMeasures")));
        measures.setMinHeight(90);
        measures.getColumns().add(WholeText.column(messages.get("problems.ui.col.id"), 45, m -> "#" + m.id()));
        measures.getColumns().add(WholeText.column(messages.get("problems.column.measure"), 200, Measure::text));
        measures.getColumns().add(WholeText.column(messages.get("problems.column.name"), 90, model::owner));
        measures.getColumns().add(WholeText.column(messages.get("problems.column.deadline"), 85,
                m -> m.deadline().toString()));
        measures.getColumns().add(WholeText.column(messages.get("problems.column.status"), 100, model::status));
        measures.getColumns().add(WholeText.column(messages.get("problems.column.evidence"), 90, model::evidence));
        measures.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(Measure m, boolean empty) {
                super.updateItem(m, empty);
                getStyleClass().remove("overdue");
                if (!empty && m != null && model.overdue(m)) {
                    getStyleClass().add("overdue");
                }
            }
        });
        measures.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                details.setText(model.details(now)));
    }

    private void addProblem() {
        dialogs.problem().ifPresent(model::addProblem);
    }

    private void addMeasure() {
        ListedProblem problem = table.getSelectionModel().getSelectedItem();
        if (problem != null) {
            model.choices(choices -> dialogs.measure(choices.owners(), null, problem.problem().deadline())
                    .ifPresent(form -> model.addMeasure(problem.problem().id(), form.draft())));
        }
    }

    private void changeStatus() {
        Measure measure = measures.getSelectionModel().getSelectedItem();
        if (measure != null) {
            model.choices(choices -> dialogs.status(measure, choices.records())
                    .ifPresent(form -> model.changeStatus(measure, form.status(), form.note(), form.evidence())));
        }
    }

    private void correct() {
        Measure measure = measures.getSelectionModel().getSelectedItem();
        if (measure != null) {
            model.choices(choices -> dialogs.measure(choices.owners(), measure)
                    .ifPresent(form -> model.correct(measure, form.draft(), form.reason())));
        }
    }

    private void printList() {
        output.preview(workspace, context.services().recordPrints().byKey(RectificationList.KEY).orElseThrow(),
                RecordPrintRequest.all(model.today()), context.session().enterpriseNameProperty().get());
    }

    private void printReport() {
        FindingsImport file = model.fileProperty().get();
        if (file != null) {
            RecordPrintRequest request = new RecordPrintRequest(null, null, null, null, null, false, model.today(),
                    String.valueOf(file.id()));
            output.preview(workspace, context.services().recordPrints().byKey(RectificationReport.KEY).orElseThrow(),
                    request, context.session().enterpriseNameProperty().get());
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        return WholeText.column(messages.get(key), width, value);
    }
}
