package org.nineones.ui.inspector;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.VetoHit;
import org.nineones.model.inspection.ChosenTemplate;
import org.nineones.service.acceptance.JudgementService;
import org.nineones.service.inspection.InspectorReview;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Columns;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.WholeText;

/**
 * 评分: the template in force (the package's own or a county's file), the inspector's total, conclusion and vetoes
 * beside the enterprise's self-score, and every line — computed score, the enterprise's self-score, the inspector's
 * score in force and its reason. The line selected shows its deductions and the enterprise's words; its actions change
 * the score (with a reason), take it back to the computed score, judge a manual line, or make a finding of it.
 */
final class ReviewPart implements InspectionScreen.Part {

    private final AppContext context;
    private final Messages messages;
    private final ReviewViewModel model;
    private final Label template = new Label();
    private final Label total = new Label();
    private final TableView<InspectorReview.Line> table = new TableView<>();
    private final TextArea detail = new TextArea();
    private final VBox node;

    ReviewPart(AppContext context, ReviewViewModel model) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        template.setId("reviewTemplate");
        template.setWrapText(true);
        template.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        total.setId("reviewTotal");
        total.setWrapText(true);
        total.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        total.getStyleClass().add("section-title");
        BooleanBinding signed = model.signedProperty();
        Button choose = button("reviewChooseTemplateButton", "inspreview.template.choose", signed);
        choose.setOnAction(e -> context.dialogs().chooseFileToOpen(messages.get("inspreview.template.choose"),
                new FileFilter(messages.get("inspreview.template.filter"), "*.json", "*.xlsx"))
                .ifPresent(model::chooseTemplate));
        Button restoreTemplate = button("reviewPackageTemplateButton", "inspreview.template.package", signed);
        restoreTemplate.setOnAction(e -> model.chooseTemplate(null));
        FlowPane templateBar = new FlowPane(8, 4, template, choose, restoreTemplate);
        templateBar.getStyleClass().add("toolbar");

        table.setId("reviewTable");
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label(messages.get("inspreview.table.empty")));
        table.getColumns().add(Columns.text(messages, "inspreview.col.id", 60, l -> l.id()));
        table.getColumns().add(Columns.text(messages, "inspreview.col.item", 40, l -> String.valueOf(l.line().item())));
        table.getColumns().add(WholeText.column(messages.get("inspreview.col.criterion"), 220,
                l -> l.line().criterion()));
        table.getColumns().add(Columns.text(messages, "inspreview.col.points", 45, l -> Points.text(l.line().pointsOrZero())));
        table.getColumns().add(Columns.text(messages, "inspreview.col.computed", 60, l -> scoreText(l.computed())));
        table.getColumns().add(Columns.text(messages, "inspreview.col.self", 60, l -> l.selfScore() == null ? "—"
                : Points.text(l.selfScore())));
        table.getColumns().add(Columns.text(messages, "inspreview.col.score", 70, l -> scoreText(l.score())
                + (l.changed() ? messages.get("inspreview.col.changedMark") : "")));
        table.getColumns().add(WholeText.column(messages.get("inspreview.col.reason"), 160, this::reason));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showDetail(now));
        detail.setId("reviewDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(4);
        detail.setMinHeight(60);

        BooleanBinding noLine = table.getSelectionModel().selectedItemProperty().isNull();
        BooleanBinding closed = signed.or(noLine);
        Button change = button("reviewChangeScoreButton", "inspreview.action.change", closed);
        change.setOnAction(e -> selected().ifPresent(l -> ReviewDialogs.changeScore(context, l)
                .ifPresent(c -> model.changeScore(l.id(), c.score(), c.reason()))));
        Button restore = button("reviewRestoreScoreButton", "inspreview.action.restore", closed);
        restore.setOnAction(e -> selected().ifPresent(l -> context.dialogs().askText(
                messages.get("inspreview.action.restore"), messages.get("inspreview.restore.reason", l.id()), "")
                .ifPresent(reason -> model.restoreScore(l.id(), reason))));
        Button judge = button("reviewJudgeButton", "inspreview.action.judge", closed);
        judge.disableProperty().unbind();
        judge.disableProperty().bind(closed.or(Bindings.createBooleanBinding(() -> selected()
                .map(l -> !JudgementService.judgeable(l.line())).orElse(true), table.getSelectionModel()
                .selectedItemProperty())));
        judge.setOnAction(e -> selected().ifPresent(l -> ReviewDialogs.judge(context, l)
                .ifPresent(j -> model.judge(l.id(), j.verdict(), j.points(), j.note(), j.photos()))));
        Button finding = button("reviewFindingButton", "inspreview.action.finding", closed);
        finding.setOnAction(e -> selected().ifPresent(l -> model.draftFromLine(l.id(),
                draft -> ReviewDialogs.finding(context, messages.get("inspreview.action.finding"), draft)
                        .ifPresent(model::addFinding))));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !change.isDisabled()) {
                e.consume();
                change.fire();
            }
        });
        FlowPane actions = new FlowPane(8, 4, change, restore, judge, finding);
        actions.getStyleClass().add("toolbar");

        node = new VBox(6, templateBar, total, table, actions, detail);
        node.getStyleClass().add("page");
        VBox.setVgrow(table, Priority.ALWAYS);
        model.reviewProperty().addListener((obs, old, now) -> show(now));
    }

    private Button button(String id, String key, BooleanBinding disabled) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.disableProperty().bind(disabled);
        return b;
    }


    private java.util.Optional<InspectorReview.Line> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private String scoreText(LineScore score) {
        if (score.notApplicable()) {
            return messages.get("inspreview.notApplicable");
        }
        if (score.veto() != null) {
            return messages.get("inspreview.vetoed");
        }
        return Points.text(score.score());
    }

    private String reason(InspectorReview.Line l) {
        if (l.change().isPresent()) {
            return l.change().get().reason();
        }
        return l.judgement().map(j -> messages.of(j.verdict()) + (j.note().isBlank() ? "" : "：" + j.note()))
                .orElse("");
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void load() {
        model.loadOnce();
    }

    /** Shown again: read again, since the spot check's ratings may have changed the knowledge line meanwhile. */
    @Override
    public void shownAgain() {
        if (model.review() != null) {
            model.reload();
        }
    }

    private void show(InspectorReview review) {
        if (review == null) {
            return;
        }
        String selectedId = selected().map(InspectorReview.Line::id).orElse(null);
        String source = review.chosen().filter(c -> ChosenTemplate.FILE.equals(c.source()))
                .map(c -> messages.get("inspreview.template.file", c.fileName())).orElse(messages.get(
                        "inspreview.template.packaged"));
        template.setText(messages.get("inspreview.template", review.template().name(), review.template().version(),
                source));
        var score = review.score();
        String vetoes = score.vetoes().isEmpty() ? messages.get("inspreview.total.noVeto")
                : String.join("、", score.vetoes().stream().map(VetoHit::lineId).toList());
        String self = review.self().map(s -> messages.get("inspreview.total.self", Points.text(s.score()),
                messages.of(s.conclusion()))).orElse(messages.get("inspreview.total.noSelf"));
        total.setText(messages.get("inspreview.total", Points.text(score.score()), Points.text(score.totalPoints()),
                messages.of(score.conclusion()), vetoes, self)
                + (review.isSigned() ? messages.get("inspreview.total.signed") : ""));
        table.getItems().setAll(review.lines());
        if (selectedId != null) {
            review.line(selectedId).ifPresent(l -> table.getSelectionModel().select(l));
        }
    }

    private void showDetail(InspectorReview.Line line) {
        if (line == null) {
            detail.clear();
            return;
        }
        List<String> text = new ArrayList<>();
        text.add(messages.get("inspreview.detail.line", line.id(), line.line().criterion()));
        text.add(messages.get("inspreview.detail.inspector"));
        addCharges(text, line.score());
        line.change().ifPresent(c -> text.add(messages.get("inspreview.detail.changed",
                c.score() == null ? messages.get("inspreview.detail.computed") : Points.text(c.score()), c.reason())));
        line.judgement().ifPresent(j -> text.add(messages.get("inspreview.detail.judged", messages.of(j.verdict()),
                j.note())));
        if (!line.photos().isEmpty()) {
            text.add(messages.get("inspreview.detail.photos", line.photos().size()));
        }
        text.add(messages.get("inspreview.detail.enterprise"));
        if (line.selfLine() == null) {
            text.add("  " + messages.get("inspreview.detail.noSelf"));
        } else {
            addCharges(text, line.selfLine());
            if (!line.selfLine().note().isBlank()) {
                text.add("  " + line.selfLine().note());
            }
        }
        detail.setText(String.join("\n", text));
    }

    private void addCharges(List<String> text, LineScore score) {
        if (score.veto() != null) {
            score.veto().findings().forEach(f -> text.add("  " + messages.get("inspreview.detail.veto", f.what())));
        }
        List<Charge> charges = score.charges().stream().filter(c -> c.points() != null
                && c.points().compareTo(BigDecimal.ZERO) > 0).toList();
        charges.forEach(c -> text.add("  " + messages.get("inspreview.detail.charge", c.what(), Points.text(c.points()))));
        if (charges.isEmpty() && score.veto() == null) {
            text.add("  " + messages.get("inspreview.detail.noCharge"));
        }
    }

    /** The lines shown, for tests. */
    List<InspectorReview.Line> lines() {
        return List.copyOf(table.getItems());
    }
}
