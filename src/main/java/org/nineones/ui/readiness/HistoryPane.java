package org.nineones.ui.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.service.acceptance.SelfAssessmentService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.output.OutputActions;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.common.WholeText;

/**
 * 自评记录: the signed self-assessments, the latest first; 签署自评 records a new one (final once signed); two
 * selected are compared line by line.
 */
final class HistoryPane {

    private final AppContext context;
    private final Messages messages;
    private final ReadinessViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<SelfAssessment> table = new TableView<>();
    private final TableView<SelfAssessmentService.LineComparison> comparison = new TableView<>();
    private final Label comparisonTitle = new Label();
    private final Workspace workspace;
    private final OutputActions output;

    HistoryPane(AppContext context, ReadinessViewModel model, Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
        this.output = new OutputActions(context);
        this.messages = context.messages();
        this.model = model;
        build();
    }

    Node node() {
        return root;
    }

    private void build() {
        root.setPadding(new Insets(6));
        Button sign = new Button(messages.get("prepare.signButton"));
        sign.setId("historySignButton");
        sign.setMinWidth(Region.USE_PREF_SIZE);
        sign.disableProperty().bind(model.shownTemplateProperty().isNull());
        sign.setOnAction(e -> sign(() -> { }));
        Button compare = new Button(messages.get("prepare.history.compare"));
        compare.setId("historyCompareButton");
        compare.setMinWidth(Region.USE_PREF_SIZE);
        compare.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        compare.setOnAction(e -> compareSelected());
        Label hint = new Label(messages.get("prepare.history.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button print = new Button(messages.get("prepare.history.print"));
        print.setId("historyPrintButton");
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        print.setOnAction(e -> printSelected());
        Button preview = new Button(messages.get("prepare.history.preview"));
        preview.setId("historyPreviewButton");
        preview.setMinWidth(Region.USE_PREF_SIZE);
        preview.disableProperty().bind(model.overviewProperty().isNull());
        preview.setOnAction(e -> previewToday());
        FlowPane bar = new FlowPane(8, 6, sign, print, preview, compare, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        root.setTop(bar);

        table.setId("historyTable");
        table.setItems(model.history());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(Placeholder.of(messages.get("prepare.history.none")));
        table.getColumns().add(column("prepare.history.id", 50, a -> "#" + a.id()));
        table.getColumns().add(column("prepare.history.asOf", 95, a -> a.asOf().toString()));
        table.getColumns().add(column("prepare.history.score", 70, a -> Points.text(a.score()) + " / "
                + Points.text(a.maxScore())));
        table.getColumns().add(column("prepare.history.conclusion", 80, a -> messages.of(a.conclusion())));
        table.getColumns().add(column("prepare.history.template", 190, a -> messages.get("prepare.template.choice",
                a.templateName(), a.templateVersion())));
        table.getColumns().add(column("prepare.history.signed", 200, a -> messages.get("prepare.history.signedValue",
                a.signedBy(), a.signedAt().replace('T', ' '))));
        table.setPrefHeight(140);

        comparison.setId("historyComparison");
        comparison.setPlaceholder(Placeholder.of(messages.get("prepare.history.compareHint")));
        comparison.getColumns().add(column("prepare.history.line", 60, SelfAssessmentService.LineComparison::id));
        comparison.getColumns().add(column("prepare.steps.item", 120, c -> messages.get("records.item." + c.item())));
        comparison.getColumns().add(column("prepare.history.earlier", 80, c -> ReadinessView.points(c.earlier())));
        comparison.getColumns().add(column("prepare.history.later", 80, c -> ReadinessView.points(c.later())));
        comparison.getColumns().add(column("prepare.history.change", 80, c -> c.change() == null ? "—"
                : (c.change().signum() > 0 ? "+" : "") + Points.text(c.change())));
        comparison.setPrefHeight(140);
        comparisonTitle.setId("historyComparisonTitle");
        comparisonTitle.setWrapText(true);
        comparisonTitle.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(table,
                new BorderPane(comparison, comparisonTitle, null, null, null));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        root.setCenter(split);
    }

    /** Asks who signs and the day, then records the self-assessment; {@code then} runs once it is recorded. */
    void sign(Runnable then) {
        ChecklistTemplate template = model.shownTemplateProperty().get();
        if (template == null) {
            return;
        }
        SignDialog.ask(context, template, model.today()).ifPresent(answer ->
                model.sign(answer.signedBy(), answer.day(), signed -> {
                    context.dialogs().showInfo(messages.get("prepare.sign.title"), messages.get("prepare.sign.done",
                            signed.id(), signed.asOf(), Points.text(signed.score()), messages.of(signed.conclusion()),
                            signed.signedBy()));
                    table.getSelectionModel().clearSelection();
                    table.getItems().stream().filter(a -> a.id().equals(signed.id())).findFirst()
                            .ifPresent(a -> table.getSelectionModel().select(a));
                    then.run();
                }));
    }

    /** 打印自评报告: the selected signed self-assessment, in the print preview. */
    private void printSelected() {
        SelfAssessment chosen = table.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        output.preview(messages.get("prepare.history.printTitle", chosen.id()),
                messages.get("prepare.history.printFile", chosen.asOf()), (out, progress) ->
                        context.services().selfAssessmentReport().write(workspace, chosen, out, progress));
    }

    /** The report of today's score, not signed (marked so on every page), to read before signing. */
    private void previewToday() {
        ChecklistTemplate template = model.shownTemplateProperty().get();
        var overview = model.overviewProperty().get();
        if (template == null || overview == null) {
            return;
        }
        LocalDate day = model.today();
        output.preview(messages.get("prepare.history.previewTitle"), messages.get("prepare.history.previewFile", day),
                (out, progress) -> context.services().selfAssessmentReport().writePreview(workspace, template,
                        overview.score(), day, out, progress));
    }

    private void compareSelected() {
        List<SelfAssessment> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (chosen.size() != 2) {
            return;
        }
        ReadinessViewModel.Compared compared = model.compare(chosen.get(0), chosen.get(1));
        SelfAssessment earlier = compared.earlier();
        SelfAssessment later = compared.later();
        comparison.getItems().setAll(compared.lines());
        comparisonTitle.setText(messages.get("prepare.history.compareTitle", earlier.id(), earlier.asOf(),
                Points.text(earlier.score()), later.id(), later.asOf(), Points.text(later.score())));
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        return WholeText.column(messages.get(key), width, value);
    }
}
