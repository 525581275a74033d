package org.nineones.ui.readiness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.StoredChecklist;
import org.nineones.service.acceptance.ReadinessOverview;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.common.WholeText;
import org.nineones.ui.output.OutputActions;

/**
 * 验收准备, the first screen of a workspace: the total score and the conclusion it would get today, the nine items
 * (status colour, score against points, largest deductions; a click shows that item's deductions), then in tabs what
 * to do next, every deduction line by line, the score by month, and the signed self-assessments. A deduction opens
 * the screen that fixes it (double-click or Enter).
 */
public final class ReadinessView {

    private final AppContext context;
    private final Messages messages;
    private final ReadinessViewModel model;
    private final Navigator navigator;
    private final VBox page = new VBox(8);
    private final ScrollPane root = new ScrollPane(page);
    private final Label score = new Label();
    private final Label conclusion = new Label();
    private final Label summary = new Label();
    private final VBox tiles = new VBox(4);
    private final TableView<ReadinessOverview.NextStep> steps = new TableView<>();
    private Label stepsHint;
    private final DeductionsPane deductions;
    private final TabPane tabs = new TabPane();
    private final Tab deductionsTab;
    private final ScoreChart chart;
    private final HistoryPane history;
    private final Workspace workspace;
    private final ChecklistActions checklistActions;
    private final OutputActions output;

    public ReadinessView(AppContext context, Workspace workspace, Navigator navigator) {
        this.context = context;
        this.messages = context.messages();
        this.navigator = navigator;
        this.workspace = workspace;
        this.checklistActions = new ChecklistActions(context);
        this.output = new OutputActions(context);
        this.model = new ReadinessViewModel(messages, context.tasks(), context.services().readiness(),
                context.services().checklists(), context.services().selfAssessments(), context.services().problems(),
                context.services().grids(), workspace, LocalDate::now);
        this.deductions = new DeductionsPane(messages, this::open);
        this.chart = new ScoreChart(messages, model.months());
        this.history = new HistoryPane(context, model, workspace);
        this.deductions.judgeWith(lineId -> JudgementDialog.show(context, workspace,
                model.shownTemplateProperty().get(), lineId, null));
        deductionsTab = new Tab(messages.get("prepare.tab.deductions"), deductions.node());
        build();
        model.overviewProperty().addListener((obs, old, now) -> show(now));
    }

    public Parent view() {
        return root;
    }

    public ReadinessViewModel viewModel() {
        return model;
    }

    /** Reads the workspace again (the tab is shown, something changed). */
    public void reload() {
        model.load();
    }

    private void build() {
        root.setId("readinessView");
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        page.setPadding(new Insets(8));
        page.setMinHeight(420);
        page.setMinWidth(700);

        score.setId("readinessScore");
        score.getStyleClass().add("readiness-score");
        conclusion.setId("readinessConclusion");
        conclusion.getStyleClass().add("readiness-conclusion");
        summary.setId("readinessSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("hint");
        VBox figures = new VBox(2, new HBox(10, score, conclusion), summary);
        HBox.setHgrow(figures, Priority.ALWAYS);
        figures.setMinWidth(260);

        ComboBox<StoredChecklist> template = new ComboBox<>(model.templates());
        template.setId("readinessTemplateBox");
        template.setTooltip(new Tooltip(messages.get("prepare.template.tooltip")));
        template.setConverter(new StringConverter<>() {
            @Override
            public String toString(StoredChecklist c) {
                return c == null ? "" : messages.get("prepare.template.choice", c.name(), c.version());
            }

            @Override
            public StoredChecklist fromString(String s) {
                return null;
            }
        });
        template.setPrefWidth(300);
        template.setMaxWidth(300);
        model.templateProperty().addListener((obs, old, now) -> template.setValue(now));
        // a read may replace the list (which clears the box) and choose the same checklist again (no change event)
        model.overviewProperty().addListener((obs, old, now) -> template.setValue(model.templateProperty().get()));
        template.setOnAction(e -> model.choose(template.getValue()));
        Button refresh = new Button(messages.get("prepare.refresh"));
        refresh.setId("readinessRefreshButton");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setOnAction(e -> model.load());
        Button sign = new Button(messages.get("prepare.signButton"));
        sign.setId("readinessSignButton");
        sign.getStyleClass().add("primary");
        sign.setMinWidth(Region.USE_PREF_SIZE);
        sign.disableProperty().bind(model.shownTemplateProperty().isNull());
        sign.setOnAction(e -> history.sign(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1)));
        FlowPane actions = new FlowPane(8, 6, template, checklistMenu(), refresh, sign);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setPrefWrapLength(420);
        HBox header = new HBox(12, figures, actions);
        header.setAlignment(Pos.CENTER_LEFT);

        Label state = new Label();
        state.setId("readinessState");
        state.getStyleClass().add("hint");
        state.textProperty().bind(model.stateProperty());

        tiles.setId("readinessItems");
        tiles.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane tileScroll = new ScrollPane(tiles);
        tileScroll.setFitToWidth(true);
        tileScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        tileScroll.setMinWidth(250);

        buildSteps();
        stepsHint.getStyleClass().add("hint");
        stepsHint.setWrapText(true);
        stepsHint.setMinHeight(Region.USE_PREF_SIZE);
        stepsHint.setPadding(new Insets(4, 0, 0, 0));
        Tab stepsTab = new Tab(messages.get("prepare.tab.steps"), new javafx.scene.layout.BorderPane(steps, null, null,
                stepsHint, null));
        stepsTab.setId("readinessStepsTab");
        deductionsTab.setId("readinessDeductionsTab");
        Tab chartTab = new Tab(messages.get("prepare.tab.chart"), chart.node());
        chartTab.setId("readinessChartTab");
        chartTab.setOnSelectionChanged(e -> model.chartShown(chartTab.isSelected()));
        Tab historyTab = new Tab(messages.get("prepare.tab.history"), history.node());
        historyTab.setId("readinessHistoryTab");
        OverduePane overdue = new OverduePane(messages, model.overdue(), navigator);
        Tab overdueTab = new Tab(overdue.title(0), overdue.node());
        overdueTab.setId("readinessOverdueTab");
        model.overdue().addListener((javafx.collections.ListChangeListener<Object>) c ->
                overdueTab.setText(overdue.title(model.overdue().size())));
        GridGapsPane gridGaps = new GridGapsPane(messages, model.gridGaps(), navigator);
        Tab gridTab = new Tab(gridGaps.title(0), gridGaps.node());
        gridTab.setId("readinessGridTab");
        model.gridGaps().addListener((javafx.collections.ListChangeListener<Object>) c ->
                gridTab.setText(gridGaps.title(model.gridGaps().size())));
        tabs.getTabs().setAll(stepsTab, deductionsTab, overdueTab, gridTab, chartTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("readinessTabs");
        tabs.setMinWidth(420);
        SplitPane body = new SplitPane(tileScroll, tabs);
        body.setId("readinessSplit");
        body.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(tileScroll, false);
        body.setMinHeight(300);
        VBox.setVgrow(body, Priority.ALWAYS);
        page.getChildren().setAll(header, state, body);
    }

    /** 验收标准 ▾: import a county's sheet, export the chosen checklist, a blank template. */
    private MenuButton checklistMenu() {
        MenuButton menu = new MenuButton(messages.get("prepare.checklists"));
        menu.setId("readinessChecklistMenu");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        MenuItem importSheet = new MenuItem(messages.get("prepare.import.menu"));
        importSheet.setId("checklistImportItem");
        importSheet.setOnAction(e -> checklistActions.importSheet(workspace, model::useLatest));
        MenuItem export = new MenuItem(messages.get("prepare.export.menu"));
        export.setId("checklistExportItem");
        export.disableProperty().bind(model.shownTemplateProperty().isNull());
        export.setOnAction(e -> checklistActions.export(workspace, model.shownTemplateProperty().get()));
        MenuItem blank = new MenuItem(messages.get("prepare.blank.menu"));
        blank.setId("checklistBlankItem");
        blank.setOnAction(e -> checklistActions.blank(workspace));
        MenuItem print = new MenuItem(messages.get("prepare.printChecklist.menu"));
        print.setId("checklistPrintItem");
        print.disableProperty().bind(model.shownTemplateProperty().isNull());
        print.setOnAction(e -> {
            ChecklistTemplate t = model.shownTemplateProperty().get();
            output.preview(messages.get("prepare.printChecklist.title"), messages.get("prepare.printChecklist.fileName",
                    t.name(), t.version()), (out, progress) -> context.services().selfAssessmentReport()
                    .writeChecklist(t, out, progress));
        });
        menu.getItems().setAll(importSheet, export, blank, new SeparatorMenuItem(), print);
        return menu;
    }

    private void buildSteps() {
        steps.setId("readinessStepsTable");
        steps.setPlaceholder(Placeholder.of(messages.get("prepare.steps.none")));
        steps.getColumns().add(column("prepare.steps.line", 70, s -> s.lineId()));
        steps.getColumns().add(column("prepare.steps.item", 120, s -> itemName(s.item())));
        TableColumn<ReadinessOverview.NextStep, String> what = column("prepare.steps.what", 280,
                this::describeStep);
        steps.getColumns().add(what);
        steps.getColumns().add(column("prepare.steps.gain", 80, s -> s.veto() ? messages.get("prepare.steps.veto")
                : messages.get("prepare.points", Points.text(s.gain()))));
        steps.getColumns().add(column("prepare.steps.work", 80, s -> messages.get("prepare.steps.workValue",
                s.work())));
        steps.getColumns().add(column("prepare.steps.perWork", 90, s -> Points.text(s.gainPerWork())));
        steps.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openStep();
            }
        });
        steps.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openStep();
                e.consume();
            }
        });
        stepsHint = new Label(messages.get("prepare.steps.tooltip"));
    }

    private String describeStep(ReadinessOverview.NextStep step) {
        String first = step.charges().isEmpty() ? "" : step.charges().get(0).what();
        String criterion = step.criterion().replaceAll("[。；;.\\s]+$", "");
        return step.charges().size() <= 1 ? criterion + (first.isEmpty() ? "" : "：" + first)
                : messages.get("prepare.steps.many", criterion, first, step.charges().size());
    }

    private void openStep() {
        ReadinessOverview.NextStep step = steps.getSelectionModel().getSelectedItem();
        if (step == null) {
            return;
        }
        if (step.charges().isEmpty() || !open(step.charges().get(0))) {
            deductions.showLine(step.lineId());
            tabs.getSelectionModel().select(deductionsTab);
        }
    }

    /** Opens the screen that fixes {@code charge}; says so when there is none. */
    private boolean open(Charge charge) {
        boolean opened = navigator.open(charge);
        if (!opened) {
            context.dialogs().showInfo(messages.get("prepare.open.title"), messages.get("prepare.open.none",
                    charge.what()));
        }
        return opened;
    }

    private void show(ReadinessOverview overview) {
        if (overview == null) {
            return;
        }
        ChecklistScore s = overview.score();
        score.setText(messages.get("prepare.score", Points.text(s.score()), Points.text(s.totalPoints())));
        conclusion.setText(messages.of(s.conclusion()));
        conclusion.getStyleClass().removeIf(c -> c.startsWith("conclusion-"));
        conclusion.getStyleClass().add("conclusion-" + s.conclusion().name().toLowerCase(Locale.ROOT));
        summary.setText(summaryText(overview));
        tiles.getChildren().setAll(overview.items().stream().map(this::tile).toList());
        steps.getItems().setAll(overview.nextSteps());
        deductions.show(overview, model.shownTemplateProperty().get());
    }

    private String summaryText(ReadinessOverview overview) {
        ChecklistScore s = overview.score();
        StringBuilder text = new StringBuilder(messages.get("prepare.summary", s.templateName(), s.templateVersion(),
                Points.text(s.earned()), overview.nextSteps().size()));
        if (s.notApplicablePoints().signum() > 0) {
            text.append(messages.get("prepare.summary.notApplicable", Points.text(s.notApplicablePoints())));
        }
        if (!s.vetoes().isEmpty()) {
            text.append(messages.get("prepare.summary.vetoes", s.vetoes().size()));
        }
        int unjudged = s.unjudged().size();
        if (unjudged > 0) {
            text.append(messages.get("prepare.summary.unjudged", unjudged));
        }
        return text.toString();
    }

    /** One of the nine items: a coloured tile; a click shows its deductions. */
    private Node tile(ReadinessOverview.ItemStatus item) {
        Label title = new Label(itemName(item.item()));
        title.getStyleClass().add("readiness-tile-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label points = new Label(item.points().signum() == 0 && !item.vetoed() ? messages.get("prepare.tile.noPoints")
                : messages.get("prepare.tile.points", Points.text(item.score()), Points.text(item.points())));
        points.getStyleClass().add("readiness-tile-points");
        points.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, title, gap, points);
        Label detail = new Label(tileDetail(item));
        detail.getStyleClass().add("readiness-tile-detail");
        // the whole sentence, wrapped: the list of items scrolls rather than cutting it
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        VBox tile = new VBox(1, top, detail);
        tile.setId("readinessItem" + item.item());
        tile.getStyleClass().addAll("readiness-tile", "readiness-" + item.status().name().toLowerCase(Locale.ROOT));
        StringBuilder tip = new StringBuilder(itemName(item.item()) + "\n" + points.getText());
        item.topCharges().forEach(c -> tip.append("\n- ").append(c.what()).append("（")
                .append(messages.get("prepare.points", Points.text(c.points()))).append("）"));
        Tooltip.install(tile, new Tooltip(tip.toString()));
        tile.setOnMouseClicked(e -> {
            deductions.showItem(item.item());
            tabs.getSelectionModel().select(deductionsTab);
        });
        return tile;
    }

    private String tileDetail(ReadinessOverview.ItemStatus item) {
        if (item.vetoed()) {
            return messages.get("prepare.tile.vetoed");
        }
        if (!item.topCharges().isEmpty()) {
            Charge top = item.topCharges().get(0);
            return messages.get("prepare.tile.top", Points.text(item.deducted()), top.what());
        }
        if (item.unjudged() > 0) {
            return messages.get("prepare.tile.unjudged", item.unjudged());
        }
        return item.deducted().signum() > 0 ? messages.get("prepare.tile.deducted", Points.text(item.deducted()))
                : messages.get("prepare.tile.ok");
    }

    String itemName(int item) {
        return messages.get("records.item." + item);
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        return WholeText.column(messages.get(key), width, value);
    }

    static String points(BigDecimal value) {
        return value == null ? "—" : Points.text(value);
    }
}
