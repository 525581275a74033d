package org.nineones.ui.letters;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.nineones.model.Messages;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.letters.LetterLedger;
import org.nineones.service.letters.LetterPrint;
import org.nineones.service.letters.LetterRow;
import org.nineones.service.letters.LetterStatus;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.ledger.LedgerActions;
import org.nineones.ui.output.OutputActions;

/**
 * 责任书: the year's signing round. A year picker (this year by default), the summary per level, the people with
 * their counterpart and status (filters: only not signed, only to sign again), and for the selected people: print
 * preview of their letters, 登记签订…, 更正…; below, the selected person's signing history with every correction.
 */
public final class LettersView {

    private final AppContext context;
    private final Messages messages;
    private final LettersViewModel viewModel;
    private final LedgerActions ledgers;
    private final TableView<LetterRow> table = new TableView<>();
    private final VBox root = new VBox(8);

    public LettersView(AppContext context, Workspace workspace) {
        this.ledgers = new LedgerActions(context);
        this.context = context;
        this.messages = context.messages();
        this.viewModel = new LettersViewModel(messages, context.tasks(), context.services().letters(), workspace);
        build();
    }

    public Parent view() {
        return root;
    }

    public LettersViewModel viewModel() {
        return viewModel;
    }

    public void reload() {
        viewModel.reload();
    }

    private void build() {
        root.setId("lettersView");
        root.setPadding(new Insets(10));
        Label yearLabel = new Label(messages.get("letters.ui.year"));
        Spinner<Integer> year = new Spinner<>(2000, 2100, viewModel.year());
        year.setId("lettersYear");
        year.setEditable(true);
        year.setPrefWidth(90);
        yearLabel.setLabelFor(year);
        year.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewModel.yearProperty().set(b);
                viewModel.reload();
            }
        });
        CheckBox onlyUnsigned = new CheckBox(messages.get("letters.ui.onlyUnsigned"));
        onlyUnsigned.setId("lettersOnlyUnsigned");
        onlyUnsigned.selectedProperty().bindBidirectional(viewModel.onlyUnsignedProperty());
        CheckBox onlyResign = new CheckBox(messages.get("letters.ui.onlyResign"));
        onlyResign.setId("lettersOnlyResign");
        onlyResign.selectedProperty().bindBidirectional(viewModel.onlyResignProperty());
        Button refresh = new Button(messages.get("letters.ui.refresh"));
        refresh.setId("lettersRefresh");
        refresh.setOnAction(e -> viewModel.reload());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button print = new Button(messages.get("letters.ui.print"));
        print.setId("lettersPrint");
        print.setOnAction(e -> onPrint());
        Button sign = new Button(messages.get("letters.ui.sign"));
        sign.setId("lettersSign");
        sign.setOnAction(e -> onSign());
        Button correct = new Button(messages.get("letters.ui.correct"));
        correct.setId("lettersCorrect");
        correct.setOnAction(e -> onCorrect());
        sign.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        correct.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button export = new Button(messages.get("letters.ui.export"));
        export.setId("lettersExport");
        export.setOnAction(e -> onExport());
        Button importButton = new Button(messages.get("letters.ui.import"));
        importButton.setId("lettersImport");
        importButton.setOnAction(e -> onImport());
        HBox bar = new HBox(8, yearLabel, year, onlyUnsigned, onlyResign, refresh, grow, print, sign, correct,
                importButton, export);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("lettersSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setStyle("-fx-font-weight: bold;");
        Label levels = new Label();
        levels.setId("lettersLevels");
        levels.setWrapText(true);
        levels.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        levels.textProperty().bind(viewModel.levelsProperty());

        table.setId("lettersTable");
        table.setItems(viewModel.shown());
        table.setPlaceholder(new Label(messages.get("letters.ui.none")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("lettersLevelColumn", "letters.ui.col.level", 60,
                        r -> messages.get("letters.ui.level", r.level())),
                column("lettersNameColumn", "letters.ui.col.name", 80, r -> r.employee().name()),
                column("lettersPostColumn", "letters.ui.col.post", 110, r -> r.post().name()),
                column("lettersUnitColumn", "letters.ui.col.unit", 170, LetterRow::unitPath),
                column("lettersCounterpartColumn", "letters.ui.col.counterpart", 150, viewModel::counterpart),
                statusColumn(),
                column("lettersSignedOnColumn", "letters.ui.col.signedOn", 90,
                        r -> !r.signed() ? "" : r.signedOn().toString()),
                column("lettersVersionColumn", "letters.ui.col.version", 90, viewModel::version),
                column("lettersCorrectionsColumn", "letters.ui.col.corrections", 60,
                        r -> r.corrections() == 0 ? "" : String.valueOf(r.corrections()))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> viewModel.showHistory(b));

        ListView<String> history = new ListView<>(viewModel.history());
        history.setId("lettersHistory");
        Label historyLabel = new Label(messages.get("letters.ui.history"));
        VBox historyBox = new VBox(4, historyLabel, history);
        VBox.setVgrow(history, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, historyBox);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.75);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().setAll(bar, summary, levels, split);
        // the round is read when the tab is shown (WorkspaceTabs), not when the workspace opens
    }

    private TableColumn<LetterRow, String> column(String id, String key, double width,
                                                  java.util.function.Function<LetterRow, String> value) {
        TableColumn<LetterRow, String> c = new TableColumn<>(messages.get(key));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private TableColumn<LetterRow, LetterStatus> statusColumn() {
        TableColumn<LetterRow, LetterStatus> c = new TableColumn<>(messages.get("letters.ui.col.status"));
        c.setId("lettersStatusColumn");
        c.setPrefWidth(70);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LetterStatus status, boolean empty) {
                super.updateItem(status, empty);
                getStyleClass().removeAll("gap-missing", "gap-draft", "gap-ok");
                if (empty || status == null) {
                    setText(null);
                    return;
                }
                setText(messages.of(status));
                getStyleClass().add(switch (status) {
                    case SIGNED -> "gap-ok";
                    case UNSIGNED -> "gap-missing";
                    case RESIGN -> "gap-draft";
                });
            }
        });
        return c;
    }

    private List<LetterRow> selection() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private void onPrint() {
        List<LetterRow> chosen = selection().isEmpty() ? List.copyOf(viewModel.shown()) : selection();
        if (chosen.isEmpty()) {
            context.dialogs().showError(messages.get("letters.ui.print"), messages.get("letters.ui.noSelection"));
            return;
        }
        Set<Long> ids = new LinkedHashSet<>();
        chosen.forEach(r -> ids.add(r.employeeId()));
        int year = viewModel.year();
        String title = messages.get("letters.print.title");
        String enterprise = context.session().enterpriseNameProperty().get();
        String fileName = messages.get("letters.ui.previewFile", enterprise == null ? "" : enterprise,
                String.valueOf(year));
        LetterPrint print = new LetterPrint(viewModel.letters());
        Workspace workspace = viewModel.workspace();
        new OutputActions(context).preview(title, fileName, (out, progress) -> print.print(workspace,
                new LetterPrint.Selection(year, ids, null, null, null, false), out, progress));
    }

    private void onSign() {
        LetterRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        boolean signed = new SignDialog(context, viewModel, row).showAndWait();
        if (signed) {
            viewModel.reload();
            reselect(row);
        }
    }

    private void onCorrect() {
        LetterRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (!row.signed()) {
            context.dialogs().showInfo(messages.get("letters.correct.title"),
                    messages.get("letters.ui.noSignature", row.employee().name()));
            return;
        }
        boolean corrected = new CorrectDialog(context, viewModel, row).showAndWait();
        if (corrected) {
            viewModel.reload();
            reselect(row);
        }
    }

    private void onExport() {
        ledgers.export(viewModel.workspace(), ledger());
    }

    private void onImport() {
        ledgers.importFile(viewModel.workspace(), ledger(), viewModel::reload);
    }

    /** The letters ledger as the app registers it (the command line and the package use the same). */
    private Ledger ledger() {
        return context.services().ledgers().byKey(LetterLedger.KEY).orElseThrow();
    }

    private void reselect(LetterRow row) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).employeeId() == row.employeeId()) {
                table.getSelectionModel().clearAndSelect(i);
                viewModel.showHistory(table.getItems().get(i));
                return;
            }
        }
    }

    /** Today, for the dialogs' default date. */
    static LocalDate today(LettersViewModel viewModel) {
        return viewModel.letters().today();
    }
}
