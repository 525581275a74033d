package org.nineones.ui.inspector;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.service.inspection.InspectorReview;
import org.nineones.ui.common.AppContext;

/**
 * 签字: the on-site record (Art. 65: time, place, what was checked, the problems and their handling — prefilled from
 * the findings until the inspector writes there —, the inspectors one per line, the enterprise's responsible person,
 * a refusal to sign with its note) with the acceptance opinion's number and the team's words (both optional; no
 * words: the default sentence), 签字确认 after a confirmation (once: then the whole review is read-only and the
 * form shows what was signed), and the previews of 评分表, 现场检查记录 and 验收意见书.
 */
final class SignPart implements InspectionScreen.Part {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AppContext context;
    private final Messages messages;
    private final ReviewViewModel model;
    private final TextField checkedAt = new TextField();
    private final TextField place = new TextField();
    private final TextArea content = area("signContentField", 2);
    private final TextArea problems = area("signProblemsField", 3);
    private final TextArea handling = area("signHandlingField", 2);
    private final TextArea inspectors = area("signInspectorsField", 2);
    private final TextField responsible = new TextField();
    private final CheckBox refused = new CheckBox();
    private final TextField refusalNote = new TextField();
    private final TextField opinionNumber = new TextField();
    private final TextArea opinionWords = area("signOpinionWordsField", 3);
    private final Label state = new Label();
    private final VBox node;

    SignPart(AppContext context, ReviewViewModel model) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        checkedAt.setId("signCheckedAtField");
        checkedAt.setText(LocalDateTime.now().format(MINUTES));
        place.setId("signPlaceField");
        place.setText(model.inspection().enterpriseName());
        content.setText(messages.get("inspreview.sign.contentDefault"));
        problems.setPromptText(messages.get("inspreview.sign.problemsPrompt"));
        handling.setPromptText(messages.get("inspreview.sign.handlingPrompt"));
        responsible.setId("signResponsibleField");
        refused.setId("signRefusedCheck");
        refused.setText(messages.get("inspreview.sign.refused"));
        refused.setMinWidth(Region.USE_PREF_SIZE);
        refusalNote.setId("signRefusalNoteField");
        refusalNote.setPromptText(messages.get("inspreview.sign.refusalNote"));
        refusalNote.disableProperty().bind(refused.selectedProperty().not());
        opinionNumber.setId("signOpinionNumberField");
        opinionNumber.setPromptText(messages.get("inspreview.sign.opinionNumberPrompt"));
        opinionWords.setPromptText(messages.get("inspreview.sign.opinionWordsPrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, values);
        int row = 0;
        row = row(grid, row, "inspreview.sign.checkedAt", checkedAt);
        row = row(grid, row, "inspreview.sign.place", place);
        row = row(grid, row, "inspreview.sign.content", content);
        row = row(grid, row, "inspreview.sign.problems", problems);
        row = row(grid, row, "inspreview.sign.handling", handling);
        row = row(grid, row, "inspreview.sign.inspectors", inspectors);
        row = row(grid, row, "inspreview.sign.responsible", responsible);
        FlowPane refusal = new FlowPane(8, 4, refused, refusalNote);
        refusalNote.setPrefColumnCount(24);
        row = row(grid, row, "inspreview.sign.refusal", refusal);
        row = row(grid, row, "inspreview.sign.opinionNumber", opinionNumber);
        row(grid, row, "inspreview.sign.opinionWords", opinionWords);

        BooleanBinding signed = model.signedProperty();
        Button sign = button("signButton", "inspreview.sign.button");
        sign.disableProperty().bind(signed.or(model.reviewProperty().isNull()));
        sign.setDefaultButton(false);
        sign.setOnAction(e -> sign());
        Button scoring = button("printScoringButton", "inspreview.print.scoring");
        scoring.disableProperty().bind(model.reviewProperty().isNull());
        scoring.setOnAction(e -> model.previewScoring());
        Button onSite = button("printOnSiteButton", "inspreview.print.onSite");
        onSite.disableProperty().bind(model.reviewProperty().isNull());
        onSite.setOnAction(e -> model.previewOnSite(record()));
        Button opinion = button("printOpinionButton", "inspreview.print.opinion");
        opinion.disableProperty().bind(signed.not());
        opinion.setOnAction(e -> model.previewOpinion());
        FlowPane actions = new FlowPane(8, 4, sign, scoring, onSite, opinion);
        actions.getStyleClass().add("toolbar");
        state.setId("signState");
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        state.getStyleClass().add("hint");
        VBox box = new VBox(8, grid);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        node = new VBox(8, state, scroll, actions);
        node.getStyleClass().add("page");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        for (TextInputControl field : fields()) {
            field.editableProperty().bind(signed.not());
        }
        refused.disableProperty().bind(signed);
        model.reviewProperty().addListener((obs, old, now) -> show(now));
    }

    private List<TextInputControl> fields() {
        return List.of(checkedAt, place, content, problems, handling, inspectors, responsible, refusalNote,
                opinionNumber, opinionWords);
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    private Button button(String id, String key) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private int row(GridPane grid, int row, String key, Node value) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (value instanceof javafx.scene.control.Control control) {
            label.setLabelFor(control);
        }
        grid.addRow(row, label, value);
        return row + 1;
    }

    /** The record as the form holds it. */
    OnSiteRecord record() {
        return new OnSiteRecord(checkedAt.getText(), place.getText(), content.getText(), problems.getText(),
                handling.getText(), Arrays.asList(inspectors.getText().split("\\R")), responsible.getText(),
                refused.isSelected(), refusalNote.getText(), opinionNumber.getText(), opinionWords.getText());
    }

    private void sign() {
        if (context.dialogs().confirm(messages.get("inspreview.sign.confirmTitle"),
                messages.get("inspreview.sign.confirm", model.inspection().enterpriseName()),
                messages.get("inspreview.sign.button"))) {
            model.sign(record(), () -> context.dialogs().showInfo(messages.get("inspreview.sign.confirmTitle"),
                    messages.get("inspreview.sign.done")));
        }
    }

    private void show(InspectorReview review) {
        if (review == null) {
            return;
        }
        if (review.signed().isPresent()) {
            OnSiteRecord r = review.signed().get().record();
            checkedAt.setText(r.checkedAt());
            place.setText(r.place());
            content.setText(r.content());
            problems.setText(r.problems());
            handling.setText(r.handling());
            inspectors.setText(String.join("\n", r.inspectors()));
            responsible.setText(r.responsiblePerson());
            refused.setSelected(r.refusedToSign());
            refusalNote.setText(r.refusalNote());
            opinionNumber.setText(r.opinionNumber());
            opinionWords.setText(r.opinionWords());
            state.setText(messages.get("inspreview.sign.signed", review.signed().get().signedAt()));
            return;
        }
        // the findings go onto the record one by one, each with its deadline: the two fields hold only the rest
        state.setText(messages.get("inspreview.sign.unsigned", review.findings().size()));
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void load() {
        model.loadOnce();
    }
}
