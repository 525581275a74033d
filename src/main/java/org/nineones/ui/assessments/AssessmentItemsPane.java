package org.nineones.ui.assessments;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.service.assessments.AssessmentItem;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.assessments.AssessmentSummary;
import org.nineones.ui.common.AppContext;

/**
 * The selected person's assessment in the 考核 tab: the items to score (Tab and Enter move through the points, a
 * field left saves itself), the totals, and 关闭并签字…, 更正…, 作废…, 放弃更正, 历史.
 */
final class AssessmentItemsPane {

    private final AppContext context;
    private final Messages messages;
    private final AssessmentsViewModel viewModel;
    private final AssessmentDialogs dialogs;
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
    private final Node node;
    /** The assessment whose items the grid shows, and whether they were editable then. */
    private long builtFor = -1;
    private boolean builtEditable;

    AssessmentItemsPane(AppContext context, AssessmentsViewModel viewModel, AssessmentDialogs dialogs) {
        this.context = context;
        this.messages = context.messages();
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.node = build();
    }

    Node node() {
        return node;
    }

    /** Moves the focus to the first item's points; false when there are no items. */
    boolean focusFirstPoints() {
        if (pointsFields.isEmpty()) {
            return false;
        }
        pointsFields.get(0).requestFocus();
        return true;
    }

    private Node build() {
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
        closeButton.setOnAction(e -> dialogs.close());
        correctButton.setId("assessCorrectButton");
        correctButton.setText(messages.get("assessments.ui.correct"));
        correctButton.setOnAction(e -> dialogs.correct(false));
        withdrawButton.setId("assessWithdrawButton");
        withdrawButton.setText(messages.get("assessments.ui.withdraw"));
        withdrawButton.setOnAction(e -> dialogs.correct(true));
        abandonButton.setId("assessAbandonButton");
        abandonButton.setText(messages.get("assessments.ui.abandon"));
        abandonButton.setOnAction(e -> viewModel.abandon(refusal -> refusal.ifPresent(dialogs::error)));
        historyButton.setId("assessHistoryButton");
        historyButton.setText(messages.get("assessments.ui.history"));
        historyButton.setOnAction(e -> viewModel.history(text -> context.dialogs().showInfo(
                messages.get("assessments.ui.historyTitle"), text)));
        HBox actions = new HBox(8, closeButton, correctButton, withdrawButton, abandonButton, historyButton);
        Label hint = new Label(messages.get("assessments.ui.items"));
        VBox box = new VBox(6, personTitle, hint, scroll, totals, itemError, actions);
        box.setPadding(new Insets(0, 0, 0, 8));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    /** Shows who is selected and which actions apply to their assessment. */
    void showSelected() {
        AssessmentSummary s = viewModel.selectedProperty().get();
        boolean none = s == null;
        personTitle.setText(none ? messages.get("assessments.ui.noSelection")
                : s.name() + "　" + s.unitPath() + " " + s.postName() + "　" + viewModel.status(s));
        totals.setText(viewModel.texts().totals(s));
        closeButton.setDisable(none || s.closed());
        correctButton.setDisable(none || !s.closed());
        withdrawButton.setDisable(none || !s.closed() || s.voided());
        abandonButton.setDisable(none || s.closed() || s.correctsId() == null);
        historyButton.setDisable(none);
    }

    /** Builds the grid of items again, or only refreshes the values when the same assessment is shown. */
    void showItems() {
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
            totals.setText(viewModel.texts().totals(viewModel.selectedProperty().get()));
        });
        returned[0] = true;
        return !refused[0];
    }

    private TextField field(String id) {
        return itemsGrid.getChildren().stream().filter(n -> id.equals(n.getId())).map(TextField.class::cast)
                .findFirst().orElse(null);
    }
}
