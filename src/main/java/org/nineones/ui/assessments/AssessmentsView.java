package org.nineones.ui.assessments;

import java.time.LocalDate;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.service.assessments.AssessmentItem;
import org.nineones.service.assessments.AssessmentLedger;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.assessments.AssessmentSummary;
import org.nineones.service.assessments.InterviewCase;
import org.nineones.service.assessments.PeriodKind;
import org.nineones.service.ledger.Ledger;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.ledger.LedgerActions;

/**
 * 考核 (periodic assessment): the period picker (kind and period, 新建/开始考核), the people of the period with status,
 * total and rating and the counts per rating; the selected person's items ({@link AssessmentItemsPane}); the
 * interview list (约谈) with 登记约谈…; the ledger to and from Excel. The dialogs are {@link AssessmentDialogs}.
 */
public final class AssessmentsView {

    private final AppContext context;
    private final Messages messages;
    private final AssessmentsViewModel viewModel;
    private final LedgerActions ledgers;
    private final BorderPane root = new BorderPane();
    private final TableView<AssessmentSummary> peopleTable = new TableView<>();
    private final TableView<InterviewCase> interviewTable = new TableView<>();
    private final AssessmentDialogs dialogs;
    private final AssessmentItemsPane itemsPane;

    public AssessmentsView(AppContext context, Workspace workspace) {
        this(context, new AssessmentsViewModel(context.messages(), context.tasks(), context.services().assessments(),
                workspace, LocalDate::now));
    }

    /** For tests: the view with its own idea of today. */
    AssessmentsView(AppContext context, AssessmentsViewModel viewModel) {
        this.context = context;
        this.ledgers = new LedgerActions(context);
        this.messages = context.messages();
        this.viewModel = viewModel;
        this.dialogs = new AssessmentDialogs(context, viewModel);
        this.itemsPane = new AssessmentItemsPane(context, viewModel, dialogs);
        build();
    }

    private void build() {
        root.setId("assessmentsView");
        root.setPadding(new Insets(8));
        root.setTop(periodBar());
        SplitPane split = new SplitPane(peoplePane(), itemsPane.node());
        split.setDividerPositions(0.42);
        SplitPane vertical = new SplitPane(split, interviewPane());
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        root.setCenter(vertical);
        viewModel.selectedProperty().addListener((o, was, now) -> {
            itemsPane.showSelected();
            selectInTable();
        });
        viewModel.items().addListener((ListChangeListener<AssessmentItem>) c -> itemsPane.showItems());
        itemsPane.showSelected();
    }

    private Node periodBar() {
        ComboBox<PeriodKind> kindBox = new ComboBox<>();
        kindBox.setId("assessKindBox");
        kindBox.getItems().setAll(PeriodKind.values());
        kindBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(PeriodKind kind) {
                return kind == null ? "" : messages.get("assessments.kind." + kind.name());
            }

            @Override
            public PeriodKind fromString(String text) {
                return null;
            }
        });
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        TextField periodField = new TextField();
        periodField.setId("assessPeriodField");
        periodField.setPrefColumnCount(9);
        periodField.setPromptText(messages.get("assessments.ui.periodPrompt"));
        periodField.textProperty().bindBidirectional(viewModel.periodTextProperty());
        periodField.setOnAction(e -> viewModel.load());
        ComboBox<String> periodsBox = new ComboBox<>(viewModel.periods());
        periodsBox.setId("assessPeriodsBox");
        periodsBox.setPromptText(messages.get("assessments.ui.existing"));
        periodsBox.setOnAction(e -> {
            String chosen = periodsBox.getValue();
            if (chosen != null) {
                viewModel.periodTextProperty().set(chosen);
                viewModel.load();
                Platform.runLater(() -> periodsBox.getSelectionModel().clearSelection());
            }
        });
        Button start = button("assessStartButton", "assessments.ui.start", () -> viewModel.start(text ->
                context.dialogs().showInfo(messages.get("assessments.ui.start"), text)));
        start.setDefaultButton(false);
        Button refresh = button("assessRefreshButton", "assessments.ui.refresh", viewModel::load);
        Button export = button("assessExportButton", "assessments.ui.export", this::onExport);
        Button importButton = button("assessImportButton", "assessments.ui.import", this::onImport);
        Label periodError = new Label();
        periodError.setId("assessPeriodError");
        periodError.getStyleClass().add("field-error");
        periodError.textProperty().bind(viewModel.periodErrorProperty());
        HBox bar = new HBox(8, new Label(messages.get("assessments.ui.kind")), kindBox,
                new Label(messages.get("assessments.ui.period")), periodField, periodsBox, start, refresh, export, importButton,
                periodError);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private Node peoplePane() {
        peopleTable.setId("assessPeopleTable");
        peopleTable.setItems(viewModel.people());
        peopleTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        peopleTable.setPlaceholder(new Label(messages.get("assessments.ui.noAssessments")));
        peopleTable.getColumns().add(column("assessments.ui.col.name", AssessmentSummary::name, 70));
        peopleTable.getColumns().add(column("assessments.ui.col.unit", AssessmentSummary::unitPath, 110));
        peopleTable.getColumns().add(column("assessments.ui.col.post", AssessmentSummary::postName, 80));
        peopleTable.getColumns().add(column("assessments.ui.col.status", viewModel::status, 70));
        peopleTable.getColumns().add(column("assessments.ui.col.total", s -> s.score() == null ? ""
                : AssessmentService.text(s.score()) + "/" + AssessmentService.text(s.maxScore()), 70));
        peopleTable.getColumns().add(column("assessments.ui.col.percent", s -> s.percent() == null ? ""
                : s.percent() + "%", 60));
        peopleTable.getColumns().add(column("assessments.ui.col.rating", s -> viewModel.texts().rating(s.rating()), 60));
        peopleTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (viewModel.selectedProperty().get() == null
                    || viewModel.selectedProperty().get().id() != now.id())) {
                viewModel.select(now);
            }
        });
        peopleTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && itemsPane.focusFirstPoints()) {
                e.consume();
            }
        });
        Label summary = new Label();
        summary.setId("assessSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        Hyperlink notAssessable = new Hyperlink();
        notAssessable.setId("assessNotAssessable");
        notAssessable.textProperty().bind(viewModel.notAssessableTextProperty());
        notAssessable.visibleProperty().bind(viewModel.notAssessableTextProperty().isNotEmpty());
        notAssessable.setOnAction(e -> context.dialogs().showInfo(messages.get("assessments.ui.notAssessableTitle"),
                viewModel.notAssessableLines()));
        VBox box = new VBox(6, summary, peopleTable, notAssessable);
        VBox.setVgrow(peopleTable, Priority.ALWAYS);
        return box;
    }

    private Node interviewPane() {
        interviewTable.setId("assessInterviewTable");
        interviewTable.setItems(viewModel.interviews());
        interviewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        interviewTable.setPlaceholder(new Label(""));
        interviewTable.getColumns().add(interviewColumn("assessments.ui.col.name", InterviewCase::name, 70));
        interviewTable.getColumns().add(interviewColumn("assessments.ui.col.unit", InterviewCase::unitPath, 120));
        interviewTable.getColumns().add(interviewColumn("assessments.ui.col.post", InterviewCase::postName, 90));
        interviewTable.getColumns().add(interviewColumn("assessments.ui.col.earlier", c ->
                viewModel.texts().periodName(c.earlier()) + " " + viewModel.texts().rating(c.earlierRating()), 150));
        interviewTable.getColumns().add(interviewColumn("assessments.ui.col.later", c ->
                viewModel.texts().periodName(c.later()) + " " + viewModel.texts().rating(c.laterRating()), 150));
        interviewTable.getColumns().add(interviewColumn("assessments.ui.col.interview", viewModel.texts()::interviewState,
                180));
        Button record = new Button(messages.get("assessments.ui.recordInterview"));
        record.setId("assessInterviewButton");
        record.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            InterviewCase c = interviewTable.getSelectionModel().getSelectedItem();
            return c == null || c.done();
        }, interviewTable.getSelectionModel().selectedItemProperty()));
        record.setOnAction(e -> {
            InterviewCase c = interviewTable.getSelectionModel().getSelectedItem();
            if (c != null && !c.done()) {
                dialogs.interview(c);
            }
        });
        HBox head = new HBox(8, new Label(messages.get("assessments.ui.interviews")), record);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, interviewTable);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(interviewTable, Priority.ALWAYS);
        return box;
    }

    private void selectInTable() {
        AssessmentSummary s = viewModel.selectedProperty().get();
        if (s != null && peopleTable.getSelectionModel().getSelectedItem() != s) {
            int index = viewModel.people().indexOf(s);
            if (index >= 0) {
                peopleTable.getSelectionModel().select(index);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- ledger

    private Ledger ledger() {
        return context.services().ledgers().byKey(AssessmentLedger.KEY).orElseThrow();
    }

    private void onExport() {
        ledgers.export(viewModel.workspace(), ledger());
    }

    private void onImport() {
        ledgers.importFile(viewModel.workspace(), ledger(), viewModel::load);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableColumn<AssessmentSummary, String> column(String key,
                                                          java.util.function.Function<AssessmentSummary, String> value,
                                                          double width) {
        TableColumn<AssessmentSummary, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<InterviewCase, String> interviewColumn(String key,
                                                               java.util.function.Function<InterviewCase, String> value,
                                                               double width) {
        TableColumn<InterviewCase, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Reads the period shown again (the tab is shown). */
    public void reload() {
        viewModel.load();
    }

    public Parent view() {
        return root;
    }

    AssessmentsViewModel viewModel() {
        return viewModel;
    }
}
