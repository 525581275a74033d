package org.nineones.ui.assessments;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
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
import org.nineones.ui.common.EditDialog;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.ledger.LedgerActions;

/**
 * 考核 (periodic assessment): the period picker (kind and period, 新建/开始考核), the people of the period with status,
 * total and rating and the counts per rating; the selected person's items to score (Tab and Enter move through the
 * points), 关闭并签字…, 更正…, 作废…, 历史; the interview list (约谈) with 登记约谈…; the ledger to and from Excel.
 */
public final class AssessmentsView {

    private final AppContext context;
    private final Messages messages;
    private final AssessmentsViewModel viewModel;
    private final LedgerActions ledgers;
    private final BorderPane root = new BorderPane();
    private final TableView<AssessmentSummary> peopleTable = new TableView<>();
    private final TableView<InterviewCase> interviewTable = new TableView<>();
    private final GridPane itemsGrid = new GridPane();
    private final Label personTitle = new Label();
    private final Label totals = new Label();
    private final Label itemError = new Label();
    private final List<TextField> pointsFields = new ArrayList<>();
    private final Button closeButton = new Button();
    private final Button correctButton = new Button();
    private final Button withdrawButton = new Button();
    private final Button abandonButton = new Button();
    private final Button historyButton = new Button();
    /** The assessment whose items the grid shows, and whether they were editable then. */
    private long builtFor = -1;
    private boolean builtEditable;

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
        build();
    }

    private void build() {
        root.setId("assessmentsView");
        root.setPadding(new Insets(8));
        root.setTop(periodBar());
        SplitPane split = new SplitPane(peoplePane(), itemsPane());
        split.setDividerPositions(0.42);
        SplitPane vertical = new SplitPane(split, interviewPane());
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        root.setCenter(vertical);
        viewModel.selectedProperty().addListener((o, was, now) -> showSelected());
        viewModel.items().addListener((javafx.collections.ListChangeListener<AssessmentItem>) c -> showItems());
        showSelected();
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
        peopleTable.getColumns().add(column("assessments.ui.col.rating", s -> viewModel.rating(s.rating()), 60));
        peopleTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (viewModel.selectedProperty().get() == null
                    || viewModel.selectedProperty().get().id() != now.id())) {
                viewModel.select(now);
            }
        });
        peopleTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !pointsFields.isEmpty()) {
                pointsFields.get(0).requestFocus();
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

    private Node itemsPane() {
        personTitle.setId("assessPersonTitle");
        personTitle.getStyleClass().add("section-title");
        totals.setId("assessTotals");
        itemError.setId("assessItemError");
        itemError.getStyleClass().add("field-error");
        itemError.setWrapText(true);
        itemsGrid.setId("assessItemsGrid");
        itemsGrid.setHgap(8);
        itemsGrid.setVgap(6);
        itemsGrid.setPadding(new Insets(4));
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints(120, 220, Double.MAX_VALUE);
        wide.setHgrow(Priority.ALWAYS);
        itemsGrid.getColumnConstraints().setAll(fixed, wide, wide, fixed, fixed, fixed);
        ScrollPane scroll = new ScrollPane(itemsGrid);
        scroll.setFitToWidth(true);
        closeButton.setId("assessCloseButton");
        closeButton.setText(messages.get("assessments.ui.close"));
        closeButton.setOnAction(e -> onClose());
        correctButton.setId("assessCorrectButton");
        correctButton.setText(messages.get("assessments.ui.correct"));
        correctButton.setOnAction(e -> onCorrect(false));
        withdrawButton.setId("assessWithdrawButton");
        withdrawButton.setText(messages.get("assessments.ui.withdraw"));
        withdrawButton.setOnAction(e -> onCorrect(true));
        abandonButton.setId("assessAbandonButton");
        abandonButton.setText(messages.get("assessments.ui.abandon"));
        abandonButton.setOnAction(e -> viewModel.abandon().ifPresent(this::error));
        historyButton.setId("assessHistoryButton");
        historyButton.setText(messages.get("assessments.ui.history"));
        historyButton.setOnAction(e -> context.dialogs().showInfo(messages.get("assessments.ui.historyTitle"),
                viewModel.history()));
        HBox actions = new HBox(8, closeButton, correctButton, withdrawButton, abandonButton, historyButton);
        Label hint = new Label(messages.get("assessments.ui.items"));
        VBox box = new VBox(6, personTitle, hint, scroll, totals, itemError, actions);
        box.setPadding(new Insets(0, 0, 0, 8));
        VBox.setVgrow(scroll, Priority.ALWAYS);
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
                viewModel.periodName(c.earlier()) + " " + viewModel.rating(c.earlierRating()), 150));
        interviewTable.getColumns().add(interviewColumn("assessments.ui.col.later", c ->
                viewModel.periodName(c.later()) + " " + viewModel.rating(c.laterRating()), 150));
        interviewTable.getColumns().add(interviewColumn("assessments.ui.col.interview", viewModel::interviewState,
                180));
        Button record = new Button(messages.get("assessments.ui.recordInterview"));
        record.setId("assessInterviewButton");
        record.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            InterviewCase c = interviewTable.getSelectionModel().getSelectedItem();
            return c == null || c.done();
        }, interviewTable.getSelectionModel().selectedItemProperty()));
        record.setOnAction(e -> onInterview());
        HBox head = new HBox(8, new Label(messages.get("assessments.ui.interviews")), record);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, interviewTable);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(interviewTable, Priority.ALWAYS);
        return box;
    }

    // ----------------------------------------------------------------------------------------------- items

    private void showSelected() {
        AssessmentSummary s = viewModel.selectedProperty().get();
        boolean none = s == null;
        personTitle.setText(none ? messages.get("assessments.ui.noSelection")
                : s.name() + "　" + s.unitPath() + " " + s.postName() + "　" + viewModel.status(s));
        totals.setText(viewModel.totals(s));
        closeButton.setDisable(none || s.closed());
        correctButton.setDisable(none || !s.closed());
        withdrawButton.setDisable(none || !s.closed() || s.voided());
        abandonButton.setDisable(none || s.closed() || s.correctsId() == null);
        historyButton.setDisable(none);
        if (!none && peopleTable.getSelectionModel().getSelectedItem() != s) {
            int index = viewModel.people().indexOf(s);
            if (index >= 0) {
                peopleTable.getSelectionModel().select(index);
            }
        }
    }

    private void showItems() {
        AssessmentSummary current = viewModel.selectedProperty().get();
        long id = current == null ? -1 : current.id();
        if (id == builtFor && builtEditable == (current != null && !current.closed())
                && pointsFields.size() == viewModel.items().size()) {
            // the same assessment: only values changed; leave the fields (and the focus) where they are
            for (AssessmentItem item : viewModel.items()) {
                TextField points = field("assessPoints" + item.position());
                TextField note = field("assessNote" + item.position());
                if (points != null && !points.isFocused()) {
                    points.setText(item.points() == null ? "" : AssessmentService.text(item.points()));
                    points.getStyleClass().remove("field-invalid");
                }
                if (note != null && !note.isFocused()) {
                    note.setText(item.note());
                }
            }
            return;
        }
        builtFor = id;
        builtEditable = current != null && !current.closed();
        itemsGrid.getChildren().clear();
        pointsFields.clear();
        itemError.setText("");
        AssessmentSummary s = viewModel.selectedProperty().get();
        boolean editable = s != null && !s.closed();
        String[] headers = {"position", "duty", "standard", "max", "points", "note"};
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(messages.get("assessments.ui.col." + headers[c]));
            h.getStyleClass().add("section-title");
            itemsGrid.add(h, c, 0);
        }
        int row = 1;
        for (AssessmentItem item : viewModel.items()) {
            Label duty = new Label(item.duty());
            duty.setWrapText(true);
            Label standard = new Label(item.standard());
            standard.setWrapText(true);
            TextField points = new TextField(item.points() == null ? "" : AssessmentService.text(item.points()));
            points.setId("assessPoints" + item.position());
            points.setPrefColumnCount(4);
            points.setEditable(editable);
            TextField note = new TextField(item.note());
            note.setId("assessNote" + item.position());
            note.setPrefColumnCount(10);
            note.setEditable(editable);
            int index = pointsFields.size();
            pointsFields.add(points);
            points.setOnAction(e -> {
                if (save(item.position(), points, note) && index + 1 < pointsFields.size()) {
                    pointsFields.get(index + 1).requestFocus();
                }
            });
            points.focusedProperty().addListener((o, was, now) -> {
                if (!now && editable && points.getScene() != null) {
                    save(item.position(), points, note);
                }
            });
            note.setOnAction(e -> {
                save(item.position(), points, note);
                if (index + 1 < pointsFields.size()) {
                    pointsFields.get(index + 1).requestFocus();
                }
            });
            note.focusedProperty().addListener((o, was, now) -> {
                if (!now && editable && note.getScene() != null) {
                    save(item.position(), points, note);
                }
            });
            itemsGrid.addRow(row++, new Label(Integer.toString(item.position())), duty, standard,
                    new Label(AssessmentService.text(item.maxPoints())), points, note);
        }
    }

    /**
     * Saves one item if it changed. The outcome comes once the work is done: a refusal is shown under the items, the
     * field marked and focused again (the edit was not saved). False when refused at once (not a number).
     */
    private boolean save(int position, TextField points, TextField note) {
        AssessmentSummary s = viewModel.selectedProperty().get();
        if (s == null || s.closed()) {
            return true;
        }
        boolean[] returned = {false};
        boolean[] refused = {false};
        viewModel.score(position, points.getText(), note.getText(), refusal -> {
            if (refusal.isPresent()) {
                refused[0] = true;
                if (returned[0] && points.getScene() != null) {
                    // the refusal came after the focus moved on: bring the person back to the field first (the
                    // field left saves itself and would clear the message)
                    points.requestFocus();
                }
                itemError.setText(messages.get("assessments.ui.col.position") + " " + position + "："
                        + refusal.get());
                if (!points.getStyleClass().contains("field-invalid")) {
                    points.getStyleClass().add("field-invalid");
                }
                return;
            }
            points.getStyleClass().remove("field-invalid");
            itemError.setText("");
            totals.setText(viewModel.totals(viewModel.selectedProperty().get()));
        });
        returned[0] = true;
        return !refused[0];
    }

    private TextField field(String id) {
        return itemsGrid.getChildren().stream().filter(n -> id.equals(n.getId())).map(TextField.class::cast)
                .findFirst().orElse(null);
    }

    // --------------------------------------------------------------------------------------------- dialogs

    private void onClose() {
        AssessmentSummary s = viewModel.selectedProperty().get();
        if (s == null || s.closed()) {
            return;
        }
        TextField assessor = field("assessAssessorField", "");
        TextField assessorOn = field("assessAssessorDateField", viewModel.today().toString());
        TextField assesseeOn = field("assessAssesseeDateField", viewModel.today().toString());
        TextField scan = field("assessScanField", "");
        Button chooseScan = new Button(messages.get("assessments.ui.chooseScan"));
        chooseScan.setId("assessChooseScanButton");
        chooseScan.setOnAction(e -> context.dialogs().chooseFileToOpen(messages.get("assessments.ui.scan"),
                        new FileFilter(messages.get("assessments.ui.scan"), "*.pdf", "*.png", "*.jpg", "*.jpeg"))
                .ifPresent(p -> scan.setText(p.toString())));
        Label assessorError = errorLabel("assessAssessorError");
        Label assessorDateError = errorLabel("assessAssessorDateError");
        Label assesseeDateError = errorLabel("assessAssesseeDateError");
        assessor.textProperty().addListener((o, was, now) -> assessorError.setText(
                now.isBlank() ? messages.get("assessments.error.noAssessor") : ""));
        dateCheck(assessorOn, assessorDateError);
        dateCheck(assesseeOn, assesseeDateError);
        GridPane form = form();
        form.addRow(0, new Label(messages.get("assessments.ui.assessor")), assessor, assessorError);
        form.addRow(1, new Label(messages.get("assessments.ui.assessorSignedOn")), assessorOn, assessorDateError);
        form.addRow(2, new Label(messages.get("assessments.ui.assesseeSignedOn")), assesseeOn, assesseeDateError);
        form.addRow(3, new Label(messages.get("assessments.ui.scan")), scan, chooseScan);
        Label hint = new Label(messages.get("assessments.ui.closeHint"));
        hint.setWrapText(true);
        form.add(hint, 0, 4, 3, 1);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> !assessor.getText().isBlank()
                        && assessorDateError.getText().isEmpty() && assesseeDateError.getText().isEmpty()
                        && !assessorOn.getText().isBlank() && !assesseeOn.getText().isBlank(),
                assessor.textProperty(), assessorOn.textProperty(), assesseeOn.textProperty(),
                assessorDateError.textProperty(), assesseeDateError.textProperty());
        EditDialog dialog = new EditDialog(context, messages.get("assessments.ui.closeTitle"), form, valid,
                "assessCloseOk", assessor, messages.get("assessments.ui.close").replace("…", ""));
        if (!dialog.showAndWait()) {
            return;
        }
        Path scanFile = scan.getText().isBlank() ? null : Path.of(scan.getText().strip());
        viewModel.close(assessor.getText(), AssessmentsViewModel.parseDate(assessorOn.getText()),
                AssessmentsViewModel.parseDate(assesseeOn.getText()), scanFile,
                refusal -> refusal.ifPresent(e -> error(e.getMessage())));
    }

    private void dateCheck(TextField field, Label error) {
        field.textProperty().addListener((o, was, now) -> error.setText(dateProblem(now)));
    }

    private String dateProblem(String text) {
        try {
            LocalDate day = AssessmentsViewModel.parseDate(text);
            if (day == null) {
                return messages.get("assessments.error.noDate");
            }
            return day.isAfter(viewModel.today()) ? messages.get("assessments.error.futureDate", day.toString()) : "";
        } catch (DateTimeException e) {
            return messages.get("assessments.error.badDate", text.strip());
        }
    }

    private void onCorrect(boolean withdraw) {
        AssessmentSummary s = viewModel.selectedProperty().get();
        if (s == null || !s.closed()) {
            return;
        }
        Optional<String> reason = context.dialogs().askText(
                messages.get(withdraw ? "assessments.ui.withdrawTitle" : "assessments.ui.correctTitle"),
                messages.get(withdraw ? "assessments.ui.withdrawLabel" : "assessments.ui.correctLabel"), "");
        if (reason.isEmpty()) {
            return;
        }
        viewModel.correct(reason.get(), withdraw, refusal -> refusal.ifPresent(this::error));
    }

    private void onInterview() {
        InterviewCase c = interviewTable.getSelectionModel().getSelectedItem();
        if (c == null || c.done()) {
            return;
        }
        TextField heldOn = field("assessHeldOnField", viewModel.today().toString());
        TextField heldBy = field("assessHeldByField", "");
        TextArea note = new TextArea();
        note.setId("assessInterviewNoteField");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        Label dateError = errorLabel("assessHeldOnError");
        dateCheck(heldOn, dateError);
        GridPane form = form();
        form.addRow(0, new Label(messages.get("assessments.ui.heldOn")), heldOn, dateError);
        form.addRow(1, new Label(messages.get("assessments.ui.heldBy")), heldBy);
        form.addRow(2, new Label(messages.get("assessments.ui.interviewNote")), note);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> !heldBy.getText().isBlank()
                && dateError.getText().isEmpty() && !heldOn.getText().isBlank(), heldBy.textProperty(),
                heldOn.textProperty(), dateError.textProperty());
        EditDialog dialog = new EditDialog(context, messages.get("assessments.ui.interviewTitle") + "：" + c.name(),
                form, valid, "assessInterviewOk", heldBy);
        if (dialog.showAndWait()) {
            viewModel.recordInterview(c, AssessmentsViewModel.parseDate(heldOn.getText()), heldBy.getText(),
                    note.getText()).ifPresent(e -> error(e.getMessage()));
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

    private void error(String message) {
        context.dialogs().showError(messages.get("assessments.tab"), message);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }

    private static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        return l;
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        return form;
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
