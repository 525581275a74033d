package org.nineones.ui.inspector;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.Verdict;
import org.nineones.service.acceptance.JudgementService;
import org.nineones.service.inspection.FindingDraft;
import org.nineones.service.inspection.InspectorReview;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.EditDialog;
import org.nineones.ui.common.EnumConverter;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.WholeText;

/**
 * The review's small forms: a line's new score with its reason, a manual line's judgement (verdict, points, note,
 * photos) and a finding (what was seen, the requirement, the deadline — today + 30 days unless changed — and the
 * enterprise's responsible person). What the inspector types is checked by the service, whose refusal is shown as its
 * sentence; the forms only gather it.
 */
final class ReviewDialogs {

    /** A new score and its reason. */
    record NewScore(BigDecimal score, String reason) {
    }

    /** A manual line's judgement. */
    record Judgement(Verdict verdict, BigDecimal points, String note, List<Path> photos) {
    }

    private ReviewDialogs() {
    }

    static Optional<NewScore> changeScore(AppContext context, InspectorReview.Line line) {
        Messages messages = context.messages();
        TextField score = new TextField(Points.text(line.score().score()));
        score.setId("reviewScoreField");
        TextArea reason = area("reviewReasonField");
        GridPane grid = grid();
        row(grid, 0, messages.get("inspreview.dialog.line"), WholeText.paragraph("reviewLineText",
                line.id() + "  " + line.line().criterion(), LINE_WIDTH));
        row(grid, 1, messages.get("inspreview.dialog.score", Points.text(line.line().pointsOrZero())), score);
        row(grid, 2, messages.get("inspreview.dialog.reason"), reason);
        EditDialog dialog = new EditDialog(context, messages.get("inspreview.action.change"), grid,
                new SimpleBooleanProperty(true), "reviewScoreOk", score);
        if (!dialog.showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new NewScore(number(score.getText()), reason.getText()));
    }

    static Optional<Judgement> judge(AppContext context, InspectorReview.Line line) {
        Messages messages = context.messages();
        // the verdicts this line takes, as on the enterprise's side: an A line that may be 缺项 takes 缺项 and 未评
        List<Verdict> verdicts = JudgementService.verdicts(line.line());
        ComboBox<Verdict> verdict = new ComboBox<>(FXCollections.observableArrayList(verdicts));
        verdict.setId("reviewVerdictChoice");
        verdict.setConverter(new EnumConverter<>(messages, Verdict.class));
        line.judgement().filter(j -> verdicts.contains(j.verdict())).ifPresentOrElse(j -> verdict.setValue(
                j.verdict()), () -> verdict.setValue(verdicts.get(0)));
        TextField points = new TextField(line.judgement().map(j -> j.points() == null ? "" : Points.text(j.points()))
                .orElse(""));
        points.setId("reviewPointsField");
        points.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> verdict.getValue() == null || !verdict.getValue().withPoints(), verdict.valueProperty()));
        TextArea note = area("reviewNoteField");
        line.judgement().ifPresent(j -> note.setText(j.note()));
        ListView<Path> photos = new ListView<>();
        photos.setId("reviewPhotoList");
        photos.setPrefHeight(60);
        Button add = new Button(messages.get("inspreview.dialog.addPhotos"));
        add.setId("reviewAddPhotosButton");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> photos.getItems().addAll(context.dialogs().chooseFilesToOpen(
                messages.get("inspreview.dialog.addPhotos"), new FileFilter(messages.get("inspreview.dialog.photoFilter"),
                        "*.jpg", "*.jpeg", "*.png"))));
        HBox photoBox = new HBox(6, photos, add);
        HBox.setHgrow(photos, Priority.ALWAYS);
        GridPane grid = grid();
        row(grid, 0, messages.get("inspreview.dialog.line"), WholeText.paragraph("reviewLineText",
                line.id() + "  " + line.line().criterion(), LINE_WIDTH));
        row(grid, 1, messages.get("inspreview.dialog.verdict"), verdict);
        row(grid, 2, messages.get("inspreview.dialog.points", Points.text(line.line().pointsOrZero())), points);
        row(grid, 3, messages.get("inspreview.dialog.note"), note);
        row(grid, 4, messages.get("inspreview.dialog.photos"), photoBox);
        EditDialog dialog = new EditDialog(context, messages.get("inspreview.action.judge"), grid,
                new SimpleBooleanProperty(true), "reviewJudgeOk", verdict);
        if (!dialog.showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new Judgement(verdict.getValue(), number(points.getText()), note.getText(),
                new ArrayList<>(photos.getItems())));
    }

    /** A finding: {@code draft} prefilled (from a line, or empty by hand), the deadline today + 30 days by default. */
    static Optional<FindingDraft> finding(AppContext context, String title, FindingDraft draft) {
        Messages messages = context.messages();
        TextField lineId = new TextField(draft.lineId());
        lineId.setId("findingLineField");
        lineId.setEditable(draft.source() == org.nineones.model.inspection.InspectionFinding.Source.MANUAL);
        TextArea seen = area("findingSeenField");
        seen.setText(draft.seen());
        TextArea requirement = area("findingRequirementField");
        requirement.setText(draft.requirement());
        DatePicker deadline = Dates.picker("findingDeadlineField");
        deadline.setValue(draft.deadline() != null ? draft.deadline() : ReviewViewModel.defaultDeadline());
        TextField responsible = new TextField(draft.responsible());
        responsible.setId("findingResponsibleField");
        GridPane grid = grid();
        row(grid, 0, messages.get("inspreview.finding.line"), lineId);
        row(grid, 1, messages.get("inspreview.finding.seen"), seen);
        row(grid, 2, messages.get("inspreview.finding.requirement"), requirement);
        row(grid, 3, messages.get("inspreview.finding.deadline"), deadline);
        row(grid, 4, messages.get("inspreview.finding.responsible"), responsible);
        EditDialog dialog = new EditDialog(context, title, grid, new SimpleBooleanProperty(true), "findingOk",
                draft.seen().isEmpty() ? seen : responsible);
        if (!dialog.showAndWait()) {
            return Optional.empty();
        }
        LocalDate day = deadline.getValue();
        return Optional.of(new FindingDraft(lineId.getText(), draft.source(), seen.getText(), requirement.getText(),
                day, responsible.getText()));
    }

    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(30);
        return area;
    }

    /** The width a line's criterion wraps at in these dialogs. */
    private static final double LINE_WIDTH = 420;

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, values);
        return grid;
    }

    private static void row(GridPane grid, int row, String name, javafx.scene.Node value) {
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(value);
        grid.addRow(row, label, value);
    }
}
