package org.nineones.ui.rewards;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.nineones.model.Messages;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.rewards.EntryRow;
import org.nineones.service.rewards.RewardsLedger;
import org.nineones.service.rewards.TotalRow;
import org.nineones.service.rewards.TotalsBy;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.ledger.LedgerActions;
import org.nineones.ui.output.OutputActions;

/**
 * 奖惩: the ledger (filters by days, kind and a search text; 登记…, 更正…, 撤销…, 历史, 导入…, 导出…, 打印公示), the
 * totals by person, unit or month over the same days, and the rules (load the defaults, add, edit, deactivate).
 */
public final class RewardsView {

    private final AppContext context;
    private final Messages messages;
    private final RewardsViewModel model;
    private final LedgerActions ledgers;
    private final BorderPane root = new BorderPane();
    private final TableView<EntryRow> table = new TableView<>();
    private final TableView<TotalRow> totalsTable = new TableView<>();
    private final TableView<RewardRule> rulesTable = new TableView<>();

    public RewardsView(AppContext context, Workspace workspace) {
        this.ledgers = new LedgerActions(context);
        this.context = context;
        this.messages = context.messages();
        this.model = new RewardsViewModel(messages, context.tasks(), context.dialogs(), context.services().rewards(),
                workspace);
        build();
        // read when the tab is first shown, not when the workspace opens
    }

    public Parent view() {
        return root;
    }

    public RewardsViewModel viewModel() {
        return model;
    }

    public void reload() {
        model.reload();
    }

    private void build() {
        root.setId("rewardsView");
        root.setPadding(new Insets(8));
        DatePicker from = IsoDates.picker("rewardsFromDate");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = IsoDates.picker("rewardsToDate");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<RewardKind> kind = new ComboBox<>(FXCollections.observableArrayList(null, RewardKind.REWARD,
                RewardKind.PENALTY));
        kind.setId("rewardsKindBox");
        kind.setConverter(converter(k -> k == null ? messages.get("rewards.ui.allKinds")
                : model.service().kindName(k)));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField search = new TextField();
        search.setId("rewardsSearchField");
        search.setPromptText(messages.get("rewards.ui.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(e -> model.reload());
        search.textProperty().addListener((obs, old, now) -> model.reload());
        for (Node n : new Node[] {from, to, kind}) {
            if (n instanceof DatePicker d) {
                d.valueProperty().addListener((obs, old, now) -> model.reload());
            } else if (n instanceof ComboBox<?> c) {
                c.valueProperty().addListener((obs, old, now) -> model.reload());
            }
        }
        Button refresh = button("rewardsRefreshButton", "rewards.ui.refresh", model::reload);
        Label count = new Label();
        count.setId("rewardsCount");
        count.textProperty().bind(model.countProperty());
        HBox filters = new HBox(8, label("rewards.ui.from", from), from, label("rewards.ui.to", to), to,
                label("rewards.ui.kind", kind), kind, search, refresh, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        filters.getStyleClass().add("toolbar");
        root.setTop(filters);

        TabPane views = new TabPane();
        views.setId("rewardsViews");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab ledgerTab = new Tab(messages.get("rewards.ui.ledgerTab"), ledgerPane());
        ledgerTab.setId("rewardsLedgerTab");
        Tab totalsTab = new Tab(messages.get("rewards.ui.totalsTab"), totalsPane());
        totalsTab.setId("rewardsTotalsTab");
        Tab rulesTab = new Tab(messages.get("rewards.ui.rulesTab"), rulesPane());
        rulesTab.setId("rewardsRulesTab");
        views.getTabs().setAll(ledgerTab, totalsTab, rulesTab);
        BorderPane.setMargin(views, new Insets(8, 0, 0, 0));
        root.setCenter(views);
    }

    private Node ledgerPane() {
        table.setId("rewardsTable");
        table.setItems(model.entries());
        table.setPlaceholder(new Label(messages.get("rewards.ui.empty")));
        table.getColumns().add(column("rewardsDateColumn", "rewards.column.date", 90,
                r -> r.entry().occurredOn().toString()));
        table.getColumns().add(column("rewardsSubjectColumn", "rewards.notice.subject", 90, EntryRow::subject));
        table.getColumns().add(column("rewardsUnitColumn", "rewards.column.unit", 150, EntryRow::unitPath));
        table.getColumns().add(column("rewardsKindColumn", "rewards.column.kind", 60,
                r -> model.service().kindName(r.entry().kind())));
        table.getColumns().add(column("rewardsReasonColumn", "rewards.column.reason", 220, r -> r.entry().reason()));
        table.getColumns().add(column("rewardsDutyColumn", "rewards.column.duty", 160,
                r -> r.entry().dutyPosition() == null ? "" : r.entry().dutyPosition() + ". " + r.entry().dutyText()));
        table.getColumns().add(column("rewardsAmountColumn", "rewards.column.amount", 70,
                r -> model.amount(r.entry().amount())));
        table.getColumns().add(column("rewardsPointsColumn", "rewards.column.points", 50,
                r -> model.amount(r.entry().points())));
        table.getColumns().add(column("rewardsApproverColumn", "rewards.column.approver", 80,
                r -> r.entry().approvedBy()));
        table.getColumns().add(column("rewardsRuleColumn", "rewards.column.rule", 60, EntryRow::ruleCode));
        table.getColumns().add(column("rewardsStateColumn", "rewards.ui.state", 70,
                r -> r.corrected() ? messages.get("rewards.ui.corrected") : ""));
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                history();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                history();
                e.consume();
            }
        });
        Button record = button("rewardsRecordButton", "rewards.ui.recordButton", this::record);
        Button correct = button("rewardsCorrectButton", "rewards.ui.correctButton", this::correct);
        Button withdraw = button("rewardsWithdrawButton", "rewards.ui.withdrawButton", this::withdraw);
        Button history = button("rewardsHistoryButton", "rewards.ui.history", this::history);
        for (Button b : new Button[] {correct, withdraw, history}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Button importButton = button("rewardsImportButton", "rewards.ui.importButton", this::importSheet);
        Button exportButton = button("rewardsExportButton", "rewards.ui.exportButton", this::exportSheet);
        TextField period = new TextField();
        period.setId("rewardsPeriodField");
        period.setPrefColumnCount(7);
        period.textProperty().bindBidirectional(model.periodProperty());
        Spinner<Integer> days = new Spinner<>(1, 30, model.publicityDaysProperty().get());
        days.setId("rewardsDaysSpinner");
        days.setEditable(true);
        days.setPrefWidth(70);
        days.valueProperty().addListener((obs, old, now) -> model.publicityDaysProperty().set(now));
        Button print = button("rewardsPrintButton", "rewards.ui.printButton", this::printNotice);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        FlowPane actions = new FlowPane(8, 6, record, correct, withdraw, history, importButton, exportButton,
                new Label(messages.get("rewards.ui.period")), period, new Label(messages.get("rewards.ui.days")), days,
                print);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(6, 0, 6, 0));
        javafx.scene.control.TextArea historyArea = new javafx.scene.control.TextArea();
        historyArea.setId("rewardsHistoryArea");
        historyArea.setEditable(false);
        historyArea.setWrapText(true);
        historyArea.setPrefRowCount(4);
        historyArea.setPromptText(messages.get("rewards.ui.historyPrompt"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                showHistory(historyArea, now));
        Label historyTitle = new Label(messages.get("rewards.ui.historyTitle"));
        historyTitle.setLabelFor(historyArea);
        VBox box = new VBox(4, actions, table, historyTitle, historyArea);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node totalsPane() {
        ComboBox<TotalsBy> by = new ComboBox<>(FXCollections.observableArrayList(TotalsBy.values()));
        by.setId("rewardsTotalsByBox");
        by.setConverter(converter(b -> b == null ? "" : messages.get("rewards.ui.totalsBy." + b.name())));
        by.valueProperty().bindBidirectional(model.totalsByProperty());
        by.valueProperty().addListener((obs, old, now) -> model.reload());
        totalsTable.setId("rewardsTotalsTable");
        totalsTable.setItems(model.totals());
        totalsTable.setPlaceholder(new Label(messages.get("rewards.ui.empty")));
        totalsTable.getColumns().add(totalColumn("totalsKeyColumn", "rewards.ui.totalsKey", 220, TotalRow::key));
        totalsTable.getColumns().add(totalColumn("totalsRewardsColumn", "rewards.ui.rewardCount", 80,
                t -> String.valueOf(t.rewards())));
        totalsTable.getColumns().add(totalColumn("totalsRewardAmountColumn", "rewards.ui.rewardAmount", 100,
                t -> model.amount(t.rewardAmount())));
        totalsTable.getColumns().add(totalColumn("totalsRewardPointsColumn", "rewards.ui.rewardPoints", 80,
                t -> model.amount(t.rewardPoints())));
        totalsTable.getColumns().add(totalColumn("totalsPenaltiesColumn", "rewards.ui.penaltyCount", 80,
                t -> String.valueOf(t.penalties())));
        totalsTable.getColumns().add(totalColumn("totalsPenaltyAmountColumn", "rewards.ui.penaltyAmount", 100,
                t -> model.amount(t.penaltyAmount())));
        totalsTable.getColumns().add(totalColumn("totalsPenaltyPointsColumn", "rewards.ui.penaltyPoints", 80,
                t -> model.amount(t.penaltyPoints())));
        Label hint = new Label(messages.get("rewards.ui.totalsHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox bar = new HBox(8, new Label(messages.get("rewards.ui.totalsByLabel")), by, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 6, 0));
        VBox box = new VBox(bar, totalsTable);
        VBox.setVgrow(totalsTable, Priority.ALWAYS);
        return box;
    }

    private Node rulesPane() {
        rulesTable.setId("rewardsRulesTable");
        rulesTable.setItems(model.rules());
        rulesTable.setPlaceholder(new Label(messages.get("rewards.ui.noRules")));
        rulesTable.getColumns().add(ruleColumn("ruleCodeColumn", "rewards.ui.ruleCode", 70, RewardRule::code));
        rulesTable.getColumns().add(ruleColumn("ruleKindColumn", "rewards.column.kind", 60,
                r -> model.service().kindName(r.kind())));
        rulesTable.getColumns().add(ruleColumn("ruleDescriptionColumn", "rewards.ui.ruleDescription", 320,
                RewardRule::description));
        rulesTable.getColumns().add(ruleColumn("ruleAmountColumn", "rewards.column.amount", 80,
                r -> model.amount(r.amount())));
        rulesTable.getColumns().add(ruleColumn("rulePointsColumn", "rewards.column.points", 60,
                r -> model.amount(r.points())));
        rulesTable.getColumns().add(ruleColumn("ruleActiveColumn", "rewards.ui.ruleState", 60,
                r -> messages.get(r.active() ? "rewards.ui.ruleOn" : "rewards.ui.ruleOff")));
        Button load = button("rewardsLoadDefaultsButton", "rewards.ui.loadDefaults", model::loadDefaultRules);
        Button add = button("rewardsAddRuleButton", "rewards.ui.addRuleButton",
                () -> new RuleDialog(model, null).showAndWait(context).ifPresent(model::saveRule));
        Button edit = button("rewardsEditRuleButton", "rewards.ui.editRuleButton", () -> {
            RewardRule rule = rulesTable.getSelectionModel().getSelectedItem();
            if (rule != null) {
                new RuleDialog(model, rule).showAndWait(context).ifPresent(model::saveRule);
            }
        });
        Button toggle = button("rewardsToggleRuleButton", "rewards.ui.toggleRule", () -> {
            RewardRule rule = rulesTable.getSelectionModel().getSelectedItem();
            if (rule != null) {
                model.toggleRule(rule);
            }
        });
        edit.disableProperty().bind(rulesTable.getSelectionModel().selectedItemProperty().isNull());
        toggle.disableProperty().bind(rulesTable.getSelectionModel().selectedItemProperty().isNull());
        Label hint = new Label(messages.get("rewards.ui.rulesHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox bar = new HBox(8, load, add, edit, toggle, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 6, 0));
        VBox box = new VBox(bar, rulesTable);
        VBox.setVgrow(rulesTable, Priority.ALWAYS);
        return box;
    }

    private void record() {
        model.choices(choices -> new EntryDialog(model, choices, null).showAndWait(context)
                .ifPresent(result -> model.record(result.draft())));
    }

    private void correct() {
        EntryRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        model.choices(choices -> new EntryDialog(model, choices, row.entry()).showAndWait(context)
                .ifPresent(result -> model.correct(row.entry().id(), result.draft(), result.correctionReason())));
    }

    private void withdraw() {
        EntryRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.withdraw(row);
        }
    }

    /** Shows the selected entry's history once it is read (unless another entry was selected meanwhile). */
    private void showHistory(javafx.scene.control.TextArea area, EntryRow row) {
        area.setText("");
        if (row != null) {
            model.history(row, text -> {
                if (table.getSelectionModel().getSelectedItem() == row) {
                    area.setText(text);
                }
            });
        }
    }

    private void history() {
        EntryRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.showHistory(row);
        }
    }

    private void importSheet() {
        ledgers.importFile(model.workspace(), ledger(), model::reload);
    }

    private void exportSheet() {
        ledgers.export(model.workspace(), ledger());
    }

    /** The rewards ledger as the app registers it (the command line and the package use the same). */
    private Ledger ledger() {
        return context.services().ledgers().byKey(RewardsLedger.KEY).orElseThrow();
    }

    private void printNotice() {
        String title = messages.get("rewards.notice.title");
        new OutputActions(context).preview(title, messages.get("rewards.ui.noticeFile", model.periodProperty().get()),
                model.noticeMaker());
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Label label(String key, Node target) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(target);
        return l;
    }

    private TableColumn<EntryRow, String> column(String id, String key, double width, Function<EntryRow, String> value) {
        TableColumn<EntryRow, String> c = new TableColumn<>(messages.get(key));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private TableColumn<TotalRow, String> totalColumn(String id, String key, double width,
                                                      Function<TotalRow, String> value) {
        TableColumn<TotalRow, String> c = new TableColumn<>(messages.get(key));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private TableColumn<RewardRule, String> ruleColumn(String id, String key, double width,
                                                       Function<RewardRule, String> value) {
        TableColumn<RewardRule, String> c = new TableColumn<>(messages.get(key));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
