package org.nineones.ui.readiness;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.acceptance.Verdict;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Scrolling;
import org.nineones.ui.common.Theme;
import org.nineones.ui.common.WholeText;
import org.nineones.ui.readiness.JudgementViewModel.RecordChoice;
import org.nineones.ui.records.RecordEntry;

/**
 * 人工评定 of one checklist line: the line (id, item, points, evidence, criterion, the deduction rule, and for an A+M
 * line what the records show), the verdict (符合 / 扣分 P / 得分 P / 否决触发 / 否决未触发 / 缺项 where allowed / 未评),
 * a note, who judges, the records of duty performance it rests on (checked; the line's item only, or all; 新建记录…
 * through the records tab's dialog) and the line's history. A refusal shows in the dialog, which stays open; once
 * written the dialog closes and the workspace's screens are told ({@code Session.changed}).
 */
public final class JudgementDialog {

    private final AppContext context;
    private final JudgementViewModel model;
    private final Workspace workspace;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ToggleGroup verdicts = new ToggleGroup();

    private JudgementDialog(AppContext context, JudgementViewModel model, Workspace workspace) {
        this.context = context;
        this.model = model;
        this.workspace = workspace;
        this.messages = context.messages();
    }

    /**
     * Reads line {@code lineId} of {@code template} in the background, then opens its judgement dialog; {@code onSaved}
     * (may be null) runs on the FX thread after a judgement is written.
     */
    public static void show(AppContext context, Workspace workspace, ChecklistTemplate template, String lineId,
                            Runnable onSaved) {
        JudgementViewModel model = new JudgementViewModel(context.messages(), context.tasks(), context.dialogs(),
                context.errors(), context.services().judgements(), context.services().readiness(),
                context.services().dutyRecords(), workspace, template, lineId);
        model.load(() -> new JudgementDialog(context, model, workspace).open(onSaved));
    }

    private void open(Runnable onSaved) {
        dialog.setTitle(messages.get("judgement.ui.title"));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        ButtonType ok = new ButtonType(messages.get("judgement.ui.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setContent(Scrolling.fit(form()));
        Theme.apply(dialog.getDialogPane());
        dialog.setResizable(true);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("judgementOkButton");
        okButton.disableProperty().bind(model.valid().not());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog closes once the judgement is written, from the background work
            e.consume();
            model.save(saved -> {
                dialog.setResult(ok);
                dialog.close();
                context.session().changed();
                if (onSaved != null) {
                    onSaved.run();
                }
            });
        });
        dialog.setOnCloseRequest(e -> {
            if (model.busyProperty().get()) {
                e.consume();
            }
        });
        dialog.showAndWait();
    }

    /** The width the form's texts wrap at: its second column, in a form 660 wide. */
    private static final double TEXT_WIDTH = 540;

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.setPrefWidth(660);
        Label heading = wrapped("judgementHeading", model.heading());
        heading.getStyleClass().add("section-title");
        grid.add(heading, 0, 0, 2, 1);
        int row = 1;
        row = add(grid, row, "judgement.ui.criterion", WholeText.paragraph("judgementCriterion", model.criterion(),
                TEXT_WIDTH));
        row = add(grid, row, "judgement.ui.rule", WholeText.paragraph("judgementRule", model.rule(),
                TEXT_WIDTH));
        row = add(grid, row, "judgement.ui.evidence", WholeText.paragraph("judgementEvidence", model.evidenceText(),
                TEXT_WIDTH));
        if (!model.recordsShow().isEmpty()) {
            row = add(grid, row, "judgement.ui.recordsShow", WholeText.paragraph("judgementRecordsShow",
                    model.recordsShow(), TEXT_WIDTH));
        }
        if (!model.misfit().isEmpty()) {
            Label misfit = wrapped("judgementMisfit", model.misfit());
            misfit.getStyleClass().add("field-error");
            grid.add(misfit, 0, row++, 2, 1);
        }
        row = add(grid, row, "judgement.ui.verdict", verdictChoice());
        TextArea note = new TextArea();
        note.setId("judgementNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setPromptText(messages.get("judgement.ui.notePrompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        row = add(grid, row, "judgement.ui.note", note);
        TextField by = new TextField();
        by.setId("judgementBy");
        by.setPromptText(messages.get("judgement.ui.byPrompt"));
        by.textProperty().bindBidirectional(model.judgedByProperty());
        row = add(grid, row, "judgement.ui.by", by);
        row = add(grid, row, "judgement.ui.records", recordChoice());
        ListView<String> history = new ListView<>(model.history());
        history.setId("judgementHistory");
        history.setPrefHeight(80);
        history.setPlaceholder(new Label(messages.get("judgement.ui.noHistory")));
        row = add(grid, row, "judgement.ui.history", history);
        Label error = wrapped("judgementError", "");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        grid.add(error, 0, row, 2, 1);
        return grid;
    }

    private Node verdictChoice() {
        FlowPane choices = new FlowPane(10, 6);
        TextField points = new TextField();
        points.setId("judgementPoints");
        points.setPrefColumnCount(4);
        points.setPromptText(messages.get("judgement.ui.pointsPrompt"));
        points.textProperty().bindBidirectional(model.pointsProperty());
        points.disableProperty().bind(model.withPoints().not());
        for (Verdict v : model.verdicts()) {
            RadioButton radio = new RadioButton(model.verdictText(v));
            radio.setId("verdict-" + v.name());
            radio.setUserData(v);
            radio.setToggleGroup(verdicts);
            radio.setMinWidth(RadioButton.USE_PREF_SIZE);
            radio.setSelected(v == model.verdictProperty().get());
            choices.getChildren().add(radio);
        }
        verdicts.selectedToggleProperty().addListener((obs, old, now) ->
                model.verdictProperty().set(now == null ? null : (Verdict) now.getUserData()));
        model.verdictProperty().addListener((obs, old, now) -> {
            for (Toggle t : verdicts.getToggles()) {
                t.setSelected(t.getUserData() == now);
            }
        });
        Label unit = new Label(messages.get("judgement.ui.pointsUnit"));
        unit.setMinWidth(Label.USE_PREF_SIZE);
        HBox pointsBox = new HBox(4, points, unit);
        return new VBox(6, choices, pointsBox);
    }

    private Node recordChoice() {
        ListView<RecordChoice> list = new ListView<>(model.shownRecords());
        list.setId("judgementRecords");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(messages.get("judgement.ui.noRecords")));
        list.setCellFactory(CheckBoxListCell.forListView(RecordChoice::selectedProperty, new StringConverter<>() {
            @Override
            public String toString(RecordChoice c) {
                return c == null ? "" : model.recordLabel(c);
            }

            @Override
            public RecordChoice fromString(String s) {
                return null;
            }
        }));
        CheckBox onlyItem = new CheckBox(model.itemFilterText());
        onlyItem.setId("judgementOnlyItem");
        onlyItem.selectedProperty().bindBidirectional(model.onlyItemProperty());
        Button add = new Button(messages.get("judgement.ui.addRecord"));
        add.setId("judgementAddRecord");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(e -> RecordEntry.add(context, workspace, NineItem.ofNumber(model.line().item()),
                model::recordAdded));
        HBox top = new HBox(10, onlyItem, add);
        HBox.setHgrow(onlyItem, Priority.ALWAYS);
        onlyItem.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, top, list);
    }

    private int add(GridPane grid, int row, String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        return row + 1;
    }

    private static Label wrapped(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
