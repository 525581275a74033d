package org.nineones.ui.grids;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.Post;
import org.nineones.model.RiskLevel;
import org.nineones.service.grids.GridBoards;
import org.nineones.service.grids.GridMap;
import org.nineones.service.grids.ListedArea;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.people.People;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.common.WholeText;
import org.nineones.ui.ledger.LedgerActions;
import org.nineones.ui.output.OutputActions;

/**
 * 网格 (issue 15): the enterprise's responsibility areas, parents before their children and indented by level, with
 * location, risk level as a coloured cell, the supervising and the specific responsible person, the grid inspector
 * and what is missing — an area without both people (unset, or someone who has left) is marked as a gap. Below, the
 * selected area in full with its org units and posts. Actions: 新增网格… (under the area selected; the first is the
 * enterprise itself), 编辑…, 删除, the grid as a spreadsheet (导出 Excel… / 导入 Excel…), and in the print preview the
 * selected area's 网格责任公示牌 on A4 or A3 (打印公示牌…) and the whole 网格图 (打印网格图).
 */
public final class GridView {

    private final AppContext context;
    private final Messages messages;
    private final GridViewModel model;
    private final GridDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<ListedArea> table = new TableView<>();
    private final TextArea details = new TextArea();

    public GridView(AppContext context, Workspace workspace) {
        this.context = context;
        this.messages = context.messages();
        this.model = new GridViewModel(messages, context.tasks(), context.services().grids(),
                context.services().people(), workspace, () -> context.session().changed());
        this.dialogs = new GridDialogs(context);
        build(workspace);
    }

    public Parent view() {
        return root;
    }

    public GridViewModel viewModel() {
        return model;
    }

    public void reload() {
        model.reload();
    }

    /** Shows the grid with this area selected. */
    public void show(long areaId) {
        model.show(areaId);
    }

    private void build(Workspace workspace) {
        root.setId("gridView");
        root.setPadding(new Insets(8));
        Label count = new Label();
        count.setId("gridCount");
        count.textProperty().bind(model.countProperty());
        Button add = button("gridAddButton", "gridui.add", this::add);
        Button edit = button("gridEditButton", "gridui.edit", this::edit);
        Button delete = button("gridDeleteButton", "gridui.delete", this::delete);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        LedgerActions ledgers = new LedgerActions(context);
        Button export = button("gridExportButton", "gridui.export", () -> ledgers.export(workspace,
                model.service().ledger()));
        Button importSheet = button("gridImportButton", "gridui.import", () -> ledgers.importFile(workspace,
                model.service().ledger(), model::reload));
        OutputActions output = new OutputActions(context);
        Button board = button("gridPrintBoardButton", "gridui.printBoard", () -> printBoard(workspace, output));
        board.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button map = button("gridPrintMapButton", "gridui.printMap", () -> print(workspace, output, GridMap.KEY,
                RecordPrintRequest.all(LocalDate.now())));
        map.disableProperty().bind(Bindings.isEmpty(model.areas()));
        FlowPane bar = new FlowPane(8, 6, add, edit, delete, export, importSheet, board, map, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar");
        bar.setPadding(new Insets(0, 0, 6, 0));
        root.setTop(bar);

        buildTable();
        details.setId("gridDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(4);
        details.setMinHeight(60);
        SplitPane split = new SplitPane(table, details);
        split.setId("gridSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setCenter(split);
    }

    private void buildTable() {
        table.setId("gridTable");
        table.setItems(model.areas());
        table.setPlaceholder(Placeholder.of(messages.get("gridui.empty")));
        table.setMinHeight(120);
        table.getColumns().add(column("gridui.col.area", 180, a -> "　".repeat(a.level() - 1) + a.area().name()));
        table.getColumns().add(column("gridui.col.location", 120, a -> a.area().location()));
        TableColumn<ListedArea, String> risk = column("gridui.col.risk", 115, a -> a.riskLevel() == null ? ""
                : messages.of(a.riskLevel()) + (a.riskFromPosts() ? "" : messages.get("gridui.byHand")));
        risk.setId("gridRiskColumn");
        risk.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                ListedArea a = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                RiskLevel level = a == null ? null : a.riskLevel();
                setStyle(level == null ? "" : "-fx-background-color: " + level.colour() + "; -fx-text-fill: "
                        + (level == RiskLevel.GENERAL ? "black" : "white") + ";");
            }
        });
        table.getColumns().add(risk);
        table.getColumns().add(column("gridui.col.supervisor", 130, a -> person(a.supervisor())));
        table.getColumns().add(column("gridui.col.responsible", 130, a -> person(a.responsible())));
        table.getColumns().add(column("gridui.col.inspector", 130, a -> person(a.gridInspector())));
        table.getColumns().add(column("gridui.col.state", 150, this::state));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(ListedArea a, boolean empty) {
                super.updateItem(a, empty);
                getStyleClass().remove("overdue");
                if (!empty && a != null && a.isGap()) {
                    getStyleClass().add("overdue");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                details.setText(now == null ? "" : detailsText(now)));
        model.areas().addListener((ListChangeListener<ListedArea>) c -> {
            Long wanted = model.wantedProperty().get();
            model.areas().stream().filter(a -> wanted != null && Objects.equals(a.area().id(), wanted)).findFirst()
                    .ifPresent(a -> {
                        table.getSelectionModel().select(a);
                        table.scrollTo(a);
                    });
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                edit();
            }
        });
    }

    private String person(Employee e) {
        return PersonText.of(messages, e);
    }

    /** 已落实, or what is missing: 缺分管责任人、具体责任人. */
    private String state(ListedArea a) {
        if (!a.isGap()) {
            return messages.get("gridui.staffed");
        }
        return messages.get("gridui.missing", a.missing().stream().map(messages::of)
                .collect(Collectors.joining("、")));
    }

    private String detailsText(ListedArea a) {
        People people = model.choicesProperty().get();
        StringBuilder text = new StringBuilder(a.path()).append('\n');
        if (people != null) {
            Map<Long, String> units = OrgPaths.printed(people.units());
            Map<Long, Post> posts = people.posts().stream().collect(Collectors.toMap(Post::id, p -> p));
            text.append(messages.get("gridui.details.units", join(a.area().orgUnitIds(), units::get))).append('\n');
            text.append(messages.get("gridui.details.posts", join(a.area().postIds(), id -> {
                Post p = posts.get(id);
                return p == null ? null : units.getOrDefault(p.orgUnitId(), "") + OrgPaths.PRINTED_SEPARATOR
                        + p.name();
            }))).append('\n');
        }
        if (!a.riskFromPosts()) {
            text.append(messages.get("gridui.details.riskReason", a.area().riskReason())).append('\n');
        }
        text.append(state(a));
        return text.toString();
    }

    private String join(List<Long> ids, Function<Long, String> name) {
        String joined = ids.stream().map(name).filter(Objects::nonNull).collect(Collectors.joining("、"));
        return joined.isEmpty() ? messages.get("gridui.details.none") : joined;
    }

    private void add() {
        People people = model.choicesProperty().get();
        if (people == null) {
            return;
        }
        ListedArea selected = table.getSelectionModel().getSelectedItem();
        ListedArea parent = model.areas().isEmpty() ? null : selected != null ? selected : model.areas().get(0);
        dialogs.area(null, parent, List.copyOf(model.areas()), people).ifPresent(model::add);
    }

    private void edit() {
        ListedArea selected = table.getSelectionModel().getSelectedItem();
        People people = model.choicesProperty().get();
        if (selected != null && people != null) {
            dialogs.area(selected, null, List.copyOf(model.areas()), people).ifPresent(model::save);
        }
    }

    private void delete() {
        ListedArea selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && context.dialogs().confirm(messages.get("gridui.delete"),
                messages.get("gridui.deleteConfirm", selected.path()), messages.get("gridui.delete"))) {
            model.delete(selected);
        }
    }

    /** 打印公示牌…: the selected area's board on the paper chosen (A4 unless A3 is), in the print preview. */
    private void printBoard(Workspace workspace, OutputActions output) {
        ListedArea selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            // the file name the preview suggests names the area too: 企业-仓库-网格责任公示牌.pdf
            dialogs.boardPaper(selected).ifPresent(paper -> output.preview(workspace, context.services()
                    .recordPrints().byKey(GridBoards.KEY).orElseThrow(), new RecordPrintRequest(null, null, null, null,
                    null, false, LocalDate.now(), null, String.valueOf(selected.area().id()), paper),
                    context.session().enterpriseNameProperty().get() + "-" + selected.area().name()));
        }
    }

    private void print(Workspace workspace, OutputActions output, String key, RecordPrintRequest request) {
        output.preview(workspace, context.services().recordPrints().byKey(key).orElseThrow(), request,
                context.session().enterpriseNameProperty().get());
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        return WholeText.column(messages.get(key), width, value);
    }
}
