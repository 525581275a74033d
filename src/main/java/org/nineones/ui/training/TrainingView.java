package org.nineones.ui.training;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.model.training.Attendance;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.training.PersonCompliance;
import org.nineones.service.training.TrainingService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.ledger.LedgerActions;
import org.nineones.ui.output.OutputActions;

/**
 * 培训: the sessions (new, edit), the attendees of the selected one (添加人员…, 更正…, 撤销…, 历史), the sign-in sheet and
 * training ledger through Excel, and the 合规 view: the compliance table with its filters, computed in the background.
 * The training file (一人一档) of the selected people opens in the print preview.
 */
public final class TrainingView {

    private final AppContext context;
    private final Messages messages;
    private final TrainingViewModel viewModel;
    private final LedgerActions ledgers;
    private final TabPane root = new TabPane();
    private final TableView<TrainingViewModel.SessionRow> sessionTable = new TableView<>();
    private final TableView<AttendeeRow> attendeeTable = new TableView<>();
    private final TableView<PersonCompliance> complianceTable = new TableView<>();
    private final Tab complianceTab;

    public TrainingView(AppContext context, Workspace workspace) {
        this.ledgers = new LedgerActions(context);
        this.context = context;
        this.messages = context.messages();
        this.viewModel = new TrainingViewModel(messages, context.tasks(), context.dialogs(),
                context.services().training(), workspace);
        root.setId("trainingTabs");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab sessionsTab = new Tab(messages.get("training.ui.sessionsTab"), sessionsPane());
        sessionsTab.setId("trainingSessionsTab");
        complianceTab = new Tab(messages.get("training.ui.complianceTab"), compliancePane());
        complianceTab.setId("trainingComplianceTab");
        complianceTab.setOnSelectionChanged(e -> {
            if (complianceTab.isSelected()) {
                viewModel.computeCompliance();
            }
        });
        root.getTabs().setAll(sessionsTab, complianceTab);
    }

    public Parent view() {
        return root;
    }

    public TrainingViewModel viewModel() {
        return viewModel;
    }

    /** Reads everything again (the tab is shown). */
    public void reload() {
        viewModel.load();
        if (complianceTab.isSelected()) {
            viewModel.computeCompliance();
        }
    }

    // ---- sessions and attendees

    private Parent sessionsPane() {
        sessionTable.setId("sessionTable");
        sessionTable.setItems(viewModel.sessions());
        sessionTable.setPlaceholder(Placeholder.of(messages.get("training.ui.noSessions")));
        sessionTable.getColumns().setAll(List.of(
                column(messages.get("training.column.date"), 90, r -> r.session().heldOn().toString()),
                atLeast(column(messages.get("training.column.kind"), 120, r -> viewModel.kindName(r.session())), 120),
                column(messages.get("training.column.topic"), 220, r -> r.session().topic()),
                column(messages.get("training.column.hours"), 50, r -> TrainingService.hours(r.session().hours())),
                column(messages.get("training.column.attendees"), 72, r -> String.valueOf(r.attendees()))));
        sessionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        sessionTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now != null && sessionTable.getSelectionModel().getSelectedItem() != now) {
                sessionTable.getItems().stream().filter(r -> r.session().id().equals(now.session().id())).findFirst()
                        .ifPresent(r -> sessionTable.getSelectionModel().select(r));
            }
        });
        sessionTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editSession();
            }
        });
        Button newSession = button("newSessionButton", "training.ui.newSession", this::newSession);
        newSession.getStyleClass().add("primary");
        Button edit = button("editSessionButton", "training.ui.editSession", this::editSession);
        edit.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button importSheet = button("importAttendanceButton", "training.ui.importAttendance",
                () -> importLedger(context.services().training().attendanceLedger()));
        MenuButton ledgers = new MenuButton(messages.get("training.ui.ledgers"));
        ledgers.setId("trainingLedgersMenu");
        MenuItem importSessions = new MenuItem(messages.get("training.ui.importSessions"));
        importSessions.setId("importSessionsItem");
        importSessions.setOnAction(e -> importLedger(context.services().training().sessionLedger()));
        MenuItem exportSessions = new MenuItem(messages.get("training.ui.exportSessions"));
        exportSessions.setId("exportSessionsItem");
        exportSessions.setOnAction(e -> exportLedger(context.services().training().sessionLedger()));
        MenuItem exportAttendance = new MenuItem(messages.get("training.ui.exportAttendance"));
        exportAttendance.setId("exportAttendanceItem");
        exportAttendance.setOnAction(e -> exportLedger(context.services().training().attendanceLedger()));
        ledgers.getItems().setAll(importSessions, exportSessions, exportAttendance);
        HBox sessionBar = new HBox(8, new Label(messages.get("training.ui.sessionsTitle")), spacer(), newSession, edit,
                importSheet, ledgers);
        sessionBar.getStyleClass().add("toolbar");
        VBox left = new VBox(8, sessionBar, sessionTable);
        VBox.setVgrow(sessionTable, Priority.ALWAYS);

        attendeeTable.setId("attendeeTable");
        attendeeTable.setItems(viewModel.attendees());
        attendeeTable.setPlaceholder(Placeholder.of(messages.get("training.ui.noAttendees")));
        attendeeTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        attendeeTable.getColumns().setAll(List.of(
                column(messages.get("training.column.name"), 80, AttendeeRow::name),
                column(messages.get("training.column.employeeNumber"), 70, AttendeeRow::employeeNumber),
                column(messages.get("training.column.unit"), 140, AttendeeRow::unit),
                column(messages.get("training.column.hours"), 50, r -> TrainingService.hours(r.attendance().hours())),
                column(messages.get("training.column.score"), 50, r -> r.attendance().score() == null ? ""
                        : TrainingService.hours(r.attendance().score())),
                column(messages.get("training.column.passed"), 60, r -> r.attendance().passed() == null ? ""
                        : messages.get(r.attendance().passed() ? "training.passed.yes" : "training.passed.no")),
                column(messages.get("training.ui.corrected"), 60, r -> r.attendance().correctsId() == null ? ""
                        : messages.get("training.ui.correctedMark"))));
        attendeeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        attendeeTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                withdraw();
                e.consume();
            }
        });
        Button add = button("addAttendeesButton", "training.ui.addAttendees", this::addAttendees);
        add.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button correct = button("correctAttendanceButton", "training.ui.correctButton", this::correct);
        correct.disableProperty().bind(attendeeTable.getSelectionModel().selectedItemProperty().isNull());
        Button withdraw = button("withdrawAttendanceButton", "training.ui.withdraw", this::withdraw);
        withdraw.disableProperty().bind(attendeeTable.getSelectionModel().selectedItemProperty().isNull());
        Button history = button("attendanceHistoryButton", "training.ui.history", this::history);
        history.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button print = button("printAttendeesFileButton", "training.ui.printFile", () -> printFiles(
                attendeeTable.getSelectionModel().getSelectedItems().stream().map(r -> r.attendance().employeeId())
                        .toList()));
        print.disableProperty().bind(attendeeTable.getSelectionModel().selectedItemProperty().isNull());
        HBox attendeeBar = new HBox(8, new Label(messages.get("training.ui.attendeesTitle")), spacer(), add, correct,
                withdraw, history, print);
        attendeeBar.getStyleClass().add("toolbar");
        VBox right = new VBox(8, attendeeBar, attendeeTable);
        VBox.setVgrow(attendeeTable, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.48);
        VBox page = new VBox(split);
        page.getStyleClass().add("page");
        VBox.setVgrow(split, Priority.ALWAYS);
        return page;
    }

    private void newSession() {
        new SessionDialog(context, null, viewModel.unitPaths(), context.services().training().service().today())
                .showAndWait().ifPresent(s -> viewModel.save(s, saved -> { }));
    }

    private void editSession() {
        TrainingViewModel.SessionRow row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        new SessionDialog(context, row.session(), viewModel.unitPaths(),
                context.services().training().service().today()).showAndWait()
                .ifPresent(s -> viewModel.save(s, saved -> { }));
    }

    private void addAttendees() {
        if (viewModel.selectedProperty().get() == null) {
            return;
        }
        Set<Long> already = new HashSet<>();
        viewModel.attendees().forEach(r -> already.add(r.attendance().employeeId()));
        new PeoplePickerDialog(context, viewModel.roster(), already, viewModel::unitPath).showAndWait()
                .ifPresent(viewModel::addAttendees);
    }

    private void correct() {
        AttendeeRow row = attendeeTable.getSelectionModel().getSelectedItem();
        TrainingViewModel.SessionRow session = viewModel.selectedProperty().get();
        if (row == null || session == null) {
            return;
        }
        Attendance a = row.attendance();
        new CorrectionDialog(context, row.name(), a, session.session().hours()).showAndWait()
                .ifPresent(v -> viewModel.correct(a, v.hours(), v.score(), v.passed(), v.reason()));
    }

    private void withdraw() {
        AttendeeRow row = attendeeTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        context.dialogs().askText(messages.get("training.ui.withdrawTitle"),
                messages.get("training.ui.withdrawQuestion", row.name()), messages.get("training.ui.withdrawDefault"))
                .filter(reason -> !reason.isBlank())
                .ifPresent(reason -> viewModel.withdraw(row.attendance(), reason));
    }

    private void history() {
        TrainingViewModel.SessionRow row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        viewModel.history(text -> context.dialogs().showInfo(messages.get("training.ui.historyTitle",
                row.session().heldOn().toString(), row.session().topic()), text));
    }

    private void importLedger(Ledger ledger) {
        ledgers.importFile(viewModel.workspace(), ledger, viewModel::load);
    }

    private void exportLedger(Ledger ledger) {
        ledgers.export(viewModel.workspace(), ledger);
    }

    // ---- compliance

    private Parent compliancePane() {
        complianceTable.setId("complianceTable");
        complianceTable.setItems(viewModel.shownCompliance());
        complianceTable.setPlaceholder(new Label(messages.get("training.ui.noCompliance")));
        complianceTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        complianceTable.getColumns().setAll(List.of(
                column(messages.get("training.column.unit"), 150, PersonCompliance::unitPath),
                column(messages.get("training.column.name"), 70, PersonCompliance::name),
                column(messages.get("training.column.employeeNumber"), 60, PersonCompliance::employeeNumber),
                column(messages.get("training.ui.post"), 100, PersonCompliance::postName),
                column(messages.get("training.ui.initialHours"), 80, p -> TrainingService.hours(p.initialCredited())
                        + " / " + TrainingService.hours(p.initialRequired())),
                column(messages.get("training.ui.annualHours"), 80, p -> p.annualApplies()
                        ? TrainingService.hours(p.annualCredited()) + " / " + TrainingService.hours(p.annualRequired())
                        : "—"),
                whole(column(messages.get("training.ui.missingHours"), 480, viewModel::describeMissing)),
                whole(column(messages.get("training.ui.missingInduction"), 270, viewModel::describeInduction)),
                whole(column(messages.get("training.ui.certificate"), 170, viewModel::describeCertificate))));
        // the columns keep the width their text needs; on a small screen the table scrolls sideways instead of
        // cutting what is missing to "…"
        complianceTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ComboBox<ComplianceFilter> filter = new ComboBox<>();
        filter.setId("complianceFilter");
        filter.getItems().setAll(ComplianceFilter.values());
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(ComplianceFilter f) {
                return f == null ? "" : messages.get(f.textKey());
            }

            @Override
            public ComplianceFilter fromString(String s) {
                return null;
            }
        });
        filter.valueProperty().bindBidirectional(viewModel.filterProperty());
        TextField search = new TextField();
        search.setId("complianceSearch");
        search.setPromptText(messages.get("training.ui.complianceSearch"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        DatePicker asOf = new DatePicker();
        asOf.setId("complianceAsOf");
        Dates.setUp(asOf);
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        asOf.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                viewModel.computeCompliance();
            }
        });
        Button refresh = button("refreshComplianceButton", "training.ui.refresh", viewModel::computeCompliance);
        refresh.disableProperty().bind(viewModel.computingProperty());
        Button print = button("printComplianceFileButton", "training.ui.printFile", () -> printFiles(
                complianceTable.getSelectionModel().getSelectedItems().stream().map(PersonCompliance::employeeId)
                        .toList()));
        print.disableProperty().bind(complianceTable.getSelectionModel().selectedItemProperty().isNull());
        Label counts = new Label();
        counts.setId("complianceCounts");
        counts.setWrapText(true);
        counts.textProperty().bind(viewModel.complianceCountsProperty());
        HBox bar = new HBox(8, new Label(messages.get("training.ui.asOf")), asOf, filter, search, spacer(), refresh,
                print);
        bar.getStyleClass().add("toolbar");
        Label hint = new Label(messages.get("training.ui.complianceHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox page = new VBox(8, bar, counts, complianceTable, hint);
        page.getStyleClass().add("page");
        VBox.setVgrow(complianceTable, Priority.ALWAYS);
        return page;
    }

    /** Prints the training files of these people to a temporary PDF in the background, then previews it. */
    private void printFiles(List<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return;
        }
        String title = messages.get("training.print.title");
        LocalDate day = viewModel.asOfProperty().get() == null ? context.services().training().service().today()
                : viewModel.asOfProperty().get();
        new OutputActions(context).preview(title, messages.get("training.ui.fileName", day.toString()),
                (out, progress) -> context.services().training().file().print(viewModel.workspace(), employeeIds, day,
                        out, progress));
    }

    // ---- helpers

    private Button button(String id, String textKey, Runnable action) {
        Button b = new Button(messages.get(textKey));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A column that a narrow table does not squeeze below {@code width} (the others give way). */
    private static <R> TableColumn<R, String> atLeast(TableColumn<R, String> column, double width) {
        column.setMinWidth(width);
        return column;
    }

    /** A column whose cells also show their whole text as a tooltip. */
    private static <R> TableColumn<R, String> whole(TableColumn<R, String> column) {
        return org.nineones.ui.common.WholeText.whole(column);
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
