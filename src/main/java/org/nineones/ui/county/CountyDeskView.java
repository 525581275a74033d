package org.nineones.ui.county;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.county.Colour;
import org.nineones.model.county.CountyRow;
import org.nineones.model.county.CountySummary;
import org.nineones.model.county.EnterpriseRow;
import org.nineones.service.county.CountySummaryService;
import org.nineones.store.DeskStore;
import org.nineones.ui.common.AppContext;
import org.nineones.model.county.Counties;
import org.nineones.ui.common.Columns;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.output.OutputActions;

/**
 * The county desk in the inspector's window (issue 14, point 3): which desk is open (a desk file, made when missing,
 * or a PostgreSQL database), 载入检查档案… and 导入批次…, the batch and the day, 导出 Excel… and 打印/PDF… (the print
 * preview), and four tabs — the county table of ACCEPTANCE.md with its total, every enterprise with its colour, the
 * interview list and the enterprises not inspected. The buttons wrap onto more lines on a narrow window; the tables
 * scroll sideways.
 */
public final class CountyDeskView {

    private final AppContext context;
    private final Messages messages;
    private final CountyDeskViewModel model;
    private final BorderPane root = new BorderPane();

    /** {@code onBack} runs on 返回 (the desk is closed first). */
    public CountyDeskView(AppContext context, CountyDeskViewModel model, Runnable onBack) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        root.setId("countyDeskView");
        root.getStyleClass().add("page");
        root.setTop(toolbar(onBack));
        root.setCenter(tabs());
    }

    private VBox toolbar(Runnable onBack) {
        BooleanBinding noDesk = model.deskProperty().isNull();
        Label title = new Label(messages.get("county.ui.title"));
        title.getStyleClass().add("section-title");
        Label where = new Label();
        where.setId("deskLocationLabel");
        where.setWrapText(true);
        where.setMinWidth(0);
        where.setMinHeight(Region.USE_PREF_SIZE);
        where.textProperty().bind(Bindings.createStringBinding(() -> model.deskProperty().get() == null
                ? messages.get("county.ui.noDesk") : messages.get(DeskStore.isServer(model.location())
                ? "county.ui.onServer" : "county.ui.inFile", model.location()),
                model.deskProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button back = button("deskBackButton", "county.ui.back", () -> {
            model.close();
            onBack.run();
        });
        HBox head = new HBox(8, title, gap, back);

        Button open = button("deskOpenButton", "county.ui.openDesk", this::openDesk);
        Button made = button("deskNewButton", "county.ui.newDesk", this::newDesk);
        Button server = button("deskServerButton", "county.ui.server", this::connect);
        Button load = button("deskLoadButton", "county.ui.load", this::load);
        Button batch = button("deskImportBatchButton", "county.ui.importBatch", this::importBatch);
        ComboBox<CountyDeskViewModel.BatchChoice> batches = new ComboBox<>(model.batches());
        batches.setId("deskBatchChoice");
        batches.valueProperty().bindBidirectional(model.batchProperty());
        batches.setPrefWidth(220);
        DatePicker asOf = Dates.picker("deskAsOf");
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOf.setPrefWidth(130);
        Label batchLabel = new Label(messages.get("county.ui.batch"));
        batchLabel.setLabelFor(batches);
        batchLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label asOfLabel = new Label(messages.get("county.ui.asOf"));
        asOfLabel.setLabelFor(asOf);
        asOfLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button export = button("deskExportButton", "county.ui.export", this::export);
        Button print = button("deskPrintButton", "county.ui.print", this::print);
        for (var needsDesk : List.of(load, batch, batches, asOf, export, print)) {
            needsDesk.disableProperty().bind(noDesk);
        }
        FlowPane actions = new FlowPane(8, 6, open, made, server, load, batch, new HBox(6, batchLabel, batches),
                new HBox(6, asOfLabel, asOf), export, print);
        actions.setId("deskActions");
        VBox bar = new VBox(6, head, where, actions);
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TabPane tabs() {
        TabPane tabs = new TabPane(
                tab("deskCountiesTab", "county.ui.tab.counties", countyTable()),
                tab("deskEnterprisesTab", "county.ui.tab.enterprises", enterpriseTable("deskEnterpriseTable",
                        model.enterprises(), true)),
                tab("deskInterviewsTab", "county.ui.tab.interviews", enterpriseTable("deskInterviewTable",
                        model.interviews(), true)),
                tab("deskNotInspectedTab", "county.ui.tab.notInspected", enterpriseTable("deskNotInspectedTable",
                        model.notInspected(), false)));
        tabs.setId("deskTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static Tab tab(String id, String key, TableView<?> table, Messages messages) {
        Tab tab = new Tab(messages.get(key), table);
        tab.setId(id);
        return tab;
    }

    private Tab tab(String id, String key, TableView<?> table) {
        return tab(id, key, table, messages);
    }

    private TableView<CountyRow> countyTable() {
        TableView<CountyRow> table = new TableView<>(model.counties());
        table.setId("deskCountyTable");
        table.setPlaceholder(placeholder());
        table.getColumns().add(column("county", 110, r -> model.isTotal(r) ? messages.get("county.sheet.total")
                : Counties.label(messages, r.county())));
        table.getColumns().addAll(List.of(
                count("enterprises", CountyRow::enterprises), count("selfAssessed", CountyRow::selfAssessed),
                count("accepted", CountyRow::accepted), count("passed", CountyRow::passed),
                count("rectify", CountyRow::rectify), count("failed", CountyRow::failed),
                count("notInspected", CountyRow::notInspected),
                rightAligned(column("averageScore", 0, r -> decimal(r.averageScore()))),
                rightAligned(column("passRate", 0, r -> decimal(r.passRate()))),
                count("green", CountyRow::green), count("yellow", CountyRow::yellow), count("red", CountyRow::red),
                count("interviews", CountyRow::interviews), count("findingsOpen", CountyRow::findingsOpen),
                count("findingsOverdue", CountyRow::findingsOverdue)));
        table.getColumns().add(column("topDeductions", 320, r -> r.topDeductions().stream()
                .map(l -> messages.get("county.sheet.lineCount", l.lineId(), String.valueOf(l.count())))
                .reduce((a, b) -> a + "、" + b).orElse("")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CountyRow row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(!empty && row != null && model.isTotal(row) ? "-fx-font-weight: bold;" : "");
            }
        });
        return table;
    }

    private TableView<EnterpriseRow> enterpriseTable(String id, javafx.collections.ObservableList<EnterpriseRow> rows,
                                                     boolean results) {
        TableView<EnterpriseRow> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(placeholder());
        table.getColumns().addAll(List.of(column("county", 100, r -> Counties.label(messages, r.county())),
                column("name", 240, EnterpriseRow::enterpriseName), column("creditCode", 180,
                        EnterpriseRow::creditCode), column("industry", 100, EnterpriseRow::industry)));
        if (results) {
            table.getColumns().addAll(List.of(column("status", 120, this::status),
                    column("score", 0, r -> decimal(r.score())), colourColumn(),
                    column("interview", 0, r -> r.interview() ? messages.get("county.sheet.yes") : ""),
                    column("findingsOpen", 0, r -> String.valueOf(r.findingsOpen())),
                    column("findingsOverdue", 0, r -> String.valueOf(r.findingsOverdue()))));
        }
        return table;
    }

    /** The colour as a coloured cell with its name (绿色/黄色/红色), empty for an enterprise not accepted. */
    private TableColumn<EnterpriseRow, String> colourColumn() {
        TableColumn<EnterpriseRow, String> column = column("colour", 0, r -> r.colour() == null ? ""
                : r.colour().name());
        column.setId("deskColourColumn");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                if (empty || name == null || name.isEmpty()) {
                    setText(null);
                    setStyle("");
                    return;
                }
                Colour colour = Colour.valueOf(name);
                setText(messages.of(colour));
                setStyle("-fx-alignment: center; -fx-text-fill: " + (colour == Colour.YELLOW ? "#333333" : "white")
                        + "; -fx-background-color: " + background(colour) + ";");
            }
        });
        return column;
    }

    /** The cell's colour, as the PDF's legend draws green, amber and red. */
    static String background(Colour colour) {
        return switch (colour) {
            case GREEN -> "#3A9A4A";
            case YELLOW -> "#E8A317";
            case RED -> "#D13B2E";
        };
    }

    private String status(EnterpriseRow e) {
        return !e.inspected() ? messages.get("county.status.notInspected")
                : !e.signed() ? messages.get("county.status.unsigned") : messages.of(e.conclusion());
    }

    /** A text column titled {@code county.column.<key>}, at least as wide as its title (nothing cut). */
    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> text) {
        String title = messages.get("county.column." + key);
        return Columns.text(messages, "county.column." + key, Math.max(width, title.length() * 14 + 24), text);
    }

    private TableColumn<CountyRow, String> count(String key, java.util.function.ToIntFunction<CountyRow> value) {
        return rightAligned(column(key, 0, r -> String.valueOf(value.applyAsInt(r))));
    }

    private static <T> TableColumn<T, String> rightAligned(TableColumn<T, String> column) {
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }

    private String decimal(BigDecimal value) {
        return value == null ? messages.get("county.cli.noValue") : value.toPlainString();
    }

    private Label placeholder() {
        Label label = Placeholder.of(messages.get("county.ui.empty"));
        label.setWrapText(true);
        return label;
    }

    private FileFilter deskFilter() {
        return new FileFilter(messages.get("county.ui.deskFilter"), "*" + DeskStore.EXTENSION);
    }

    /** 打开汇总库…: an existing desk file (another file of ours is refused with its sentence, untouched). */
    void openDesk() {
        context.dialogs().chooseFileToOpen(messages.get("county.ui.openDesk"), deskFilter())
                .ifPresent(file -> model.open(file.toString()));
    }

    /** 新建汇总库…: a new desk file where the user says (the extension added when missing). */
    void newDesk() {
        context.dialogs().chooseFileToSave(messages.get("county.ui.newDesk"), context.settings().workspaces(),
                messages.get("county.ui.defaultDeskName"), deskFilter()).ifPresent(file -> {
                    String name = file.getFileName().toString();
                    model.open((name.endsWith(DeskStore.EXTENSION) ? file
                            : file.resolveSibling(name + DeskStore.EXTENSION)).toString());
                });
    }

    /** 连接服务器…: a PostgreSQL URL typed (a city's shared desk). */
    void connect() {
        context.dialogs().askText(messages.get("county.ui.server"), messages.get("county.ui.serverUrl"),
                "jdbc:postgresql://").ifPresent(model::open);
    }

    /** 载入检查档案…: one or several inspection files. */
    void load() {
        List<Path> files = context.dialogs().chooseFilesToOpen(messages.get("county.ui.load"),
                new FileFilter(messages.get("inspector.file.filter"), "*.nineinspect"));
        model.load(files);
    }

    /** 导入批次…: a batch sheet (Excel, or text a spreadsheet saved). */
    void importBatch() {
        context.dialogs().chooseFileToOpen(messages.get("county.ui.importBatch"),
                new FileFilter(messages.get("county.ui.batchFilter"), "*.xlsx", "*.xls", "*.csv", "*.tsv", "*.txt"))
                .ifPresent(model::importBatch);
    }

    /** 导出 Excel…: the summary shown, as a workbook. */
    void export() {
        CountySummary shown = model.summary();
        if (shown == null) {
            return;
        }
        String title = messages.get("county.ui.export");
        context.dialogs().chooseOutputFile(messages, title, context.settings().workspaces(),
                        messages.get("county.ui.workbookName", batchName(shown), shown.asOf().toString()),
                        new FileFilter(messages.get("ui.file.xlsxFilter"), "*.xlsx"), deskFile())
                .ifPresent(out -> model.exportWorkbook(out, () -> context.dialogs().showInfo(title,
                        messages.get("county.cli.out", out))));
    }

    /** 打印/PDF…: the 县级验收汇总表 in the print preview (print, or save as PDF from there). */
    void print() {
        CountySummary shown = model.summary();
        if (shown == null) {
            return;
        }
        CountySummaryService summaries = context.services().countySummary();
        CountySummaryService.PdfName named = summaries.pdfName(shown);
        new OutputActions(context).preview(named.title(), named.fileName(),
                (out, progress) -> summaries.writePdf(shown, out, progress));
    }

    private String batchName(CountySummary s) {
        return s.batch() == null ? messages.get("county.sheet.allInspected") : s.batch().name();
    }

    private Path deskFile() {
        DeskStore desk = model.deskProperty().get();
        return desk == null || DeskStore.isServer(desk.location()) ? null : Path.of(desk.location());
    }

    public Parent root() {
        return root;
    }

    /**
     * Opens the county desk in a window's place: {@code place} puts the view where it shows, {@code onBack} gives the
     * place back on 返回. The desk is closed when the view leaves the window, whichever way (返回, a workspace or an
     * inspection file opened instead).
     */
    public static CountyDeskView open(AppContext context, java.util.function.Consumer<Parent> place,
                                      Runnable onBack) {
        return open(context, place, onBack, () -> null);
    }

    /** The same from a window with an inspection file open ({@code openFile}): loading it reads it as it is open. */
    public static CountyDeskView open(AppContext context, java.util.function.Consumer<Parent> place,
                                      Runnable onBack,
                                      java.util.function.Supplier<org.nineones.store.InspectionFile> openFile) {
        CountyDeskViewModel model = new CountyDeskViewModel(context, openFile);
        CountyDeskView view = new CountyDeskView(context, model, onBack);
        view.root().sceneProperty().addListener((obs, old, now) -> {
            if (old != null && now == null) {
                model.close();
            }
        });
        place.accept(view.root());
        return view;
    }
}
