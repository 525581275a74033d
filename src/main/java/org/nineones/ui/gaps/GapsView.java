package org.nineones.ui.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.nineones.model.Messages;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.service.content.ContentState;
import org.nineones.service.content.KindStatus;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.content.ApproveDialog;
import org.nineones.ui.content.ApproveViewModel;

/** 缺项一览: one row per post, one column per kind of content; 去处理 opens that post and kind in the editor. */
public final class GapsView {

    @FXML private Label gapsCounts;
    @FXML private CheckBox onlyGapsBox;
    @FXML private Button refreshGapsButton;
    @FXML private Button fixGapButton;
    @FXML private TableView<GapRow> gapsTable;
    @FXML private TableColumn<GapRow, String> gapUnitColumn;
    @FXML private TableColumn<GapRow, String> gapPostColumn;
    @FXML private TableColumn<GapRow, RiskLevel> gapRiskColumn;
    @FXML private TableColumn<GapRow, KindStatus> dutyListColumn;
    @FXML private TableColumn<GapRow, KindStatus> procedureColumn;
    @FXML private TableColumn<GapRow, KindStatus> riskCardColumn;
    @FXML private TableColumn<GapRow, KindStatus> emergencyCardColumn;
    @FXML private Button updateTemplateButton;
    @FXML private Button bulkApproveButton;

    private final AppContext context;
    private final Editor editor;
    private final Messages messages;
    private final GapsViewModel viewModel;
    private final BiConsumer<Long, ContentKind> open;
    private final Parent root;

    /** The content editor of the org screen, as the gaps view needs it when it changes content itself. */
    public interface Editor {
        /** Asks about the editor's unsaved edits (save or discard), then runs {@code then}; not on cancel. */
        void whenSettled(Runnable then);

        /** Shows the edited post's content as it is now in the workspace. */
        void reload();
    }

    /** {@code open} shows a post's content of a kind in the editor. */
    public GapsView(AppContext context, Workspace workspace, BiConsumer<Long, ContentKind> open, Editor editor) {
        this.editor = editor;
        this.messages = context.messages();
        this.context = context;
        this.viewModel = new GapsViewModel(messages, context.tasks(), context.services().org(),
                context.services().content(), context.services().templates(), workspace, LocalDate::now);
        this.open = open;
        this.root = context.views().load(this);
    }

    @FXML
    private void initialize() {
        gapsCounts.textProperty().bind(viewModel.countsProperty());
        onlyGapsBox.selectedProperty().bindBidirectional(viewModel.onlyGapsProperty());
        gapsTable.setItems(viewModel.shown());
        gapsTable.setPlaceholder(new Label(messages.get("ui.gaps.none")));
        gapsTable.getSelectionModel().setCellSelectionEnabled(true);
        gapsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        bulkApproveButton.setTooltip(new Tooltip(messages.get("content.bulk.tooltip")));
        bulkApproveButton.disableProperty().bind(gapsTable.getSelectionModel().selectedItemProperty().isNull());
        gapUnitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unitPath()));
        gapPostColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().postName()));
        gapRiskColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().riskLevel()));
        gapRiskColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RiskLevel level, boolean empty) {
                super.updateItem(level, empty);
                setText(null);
                if (empty || level == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(messages.of(level));
                badge.getStyleClass().addAll("risk-badge", "risk-" + level.name().toLowerCase(Locale.ROOT));
                setGraphic(badge);
            }
        });
        kindColumn(dutyListColumn, ContentKind.DUTY_LIST);
        kindColumn(procedureColumn, ContentKind.PROCEDURE);
        kindColumn(riskCardColumn, ContentKind.RISK_CARD);
        kindColumn(emergencyCardColumn, ContentKind.EMERGENCY_CARD);
        fixGapButton.disableProperty().bind(gapsTable.getSelectionModel().selectedItemProperty().isNull());
        updateTemplateButton.setDisable(true);
        gapsTable.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<TablePosition>) c -> updateTemplateButton.setDisable(
                        selectedKind().map(k -> gapsTable.getSelectionModel().getSelectedItem().outdated(k) == null)
                                .orElse(true)));
        gapsTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onFix();
            }
        });
        gapsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onFix();
                e.consume();
            }
        });
    }

    private void kindColumn(TableColumn<GapRow, KindStatus> column, ContentKind kind) {
        column.setUserData(kind);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status(kind)));
        // the row is needed too (a newer template is a property of the row, not of the status)
        column.setCellFactory(c -> new TableCell<>() {

            @Override
            protected void updateItem(KindStatus status, boolean empty) {
                super.updateItem(status, empty);
                getStyleClass().removeAll("gap-missing", "gap-draft", "gap-ok");
                if (empty || status == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                GapRow row = getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? viewModel.describe(status) : viewModel.describeInLines(row, kind));
                setTooltip(new Tooltip(row == null ? getText() : viewModel.describe(row, kind)));
                ContentState state = status.state();
                boolean lagging = row != null && row.outdated(kind) != null;
                getStyleClass().add(state == ContentState.MISSING ? "gap-missing"
                        : state.isGap() || lagging ? "gap-draft" : "gap-ok");
            }
        });
    }

    /** Opens the selected post in the editor, at the kind of the selected cell (else its first gap). */
    @FXML
    private void onFix() {
        GapRow row = gapsTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        open.accept(row.postId(), selectedKind().orElse(row.firstGap()));
    }

    /** Makes the selected cell's content the newer template's, as a draft, after asking. */
    @FXML
    private void onUpdateTemplate() {
        GapRow row = gapsTable.getSelectionModel().getSelectedItem();
        Optional<ContentKind> kind = selectedKind();
        if (row == null || kind.isEmpty() || row.outdated(kind.get()) == null) {
            return;
        }
        // the editor's unsaved edits are settled first, and it shows the new draft afterwards: else a later save
        // there would write the old content over the template's
        editor.whenSettled(() -> {
            if (context.dialogs().confirm(messages.get("ui.gaps.updateTemplate"),
                    viewModel.updateQuestion(row, kind.get()), messages.get("ui.gaps.updateTemplate"))) {
                viewModel.updateFromTemplate(row, kind.get(), editor::reload);
            }
        });
    }

    /**
     * 批准所选: every draft of the selected posts (any cell of a row selects its post), after the editor's unsaved
     * edits are settled; the approver and the date are asked once, the refusals listed with their post and reason.
     */
    @FXML
    private void onBulkApprove() {
        List<Long> postIds = gapsTable.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull)
                .map(GapRow::postId).distinct().toList();
        if (postIds.isEmpty()) {
            return;
        }
        long drafts = gapsTable.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).distinct()
                .mapToLong(row -> java.util.Arrays.stream(ContentKind.values())
                        .filter(kind -> row.status(kind).draftNumber() != null).count()).sum();
        editor.whenSettled(() -> {
            ApproveViewModel form = new ApproveDialog(context, messages.get("content.bulk.subject", postIds.size(),
                    drafts), LocalDate.now(), null).showAndWait();
            if (form == null) {
                return;
            }
            viewModel.approveDrafts(postIds, form.approverName(), form.effectiveFromProperty().get(), result -> {
                String title = messages.get("content.bulk.button");
                if (result.refused().isEmpty()) {
                    context.dialogs().showInfo(title, viewModel.describe(result));
                } else {
                    context.dialogs().showError(title, viewModel.describe(result));
                }
                context.session().changed();
            });
        });
    }

    /** The kind of the selected cell's column, if a kind column is selected. */
    private Optional<ContentKind> selectedKind() {
        if (gapsTable.getSelectionModel().getSelectedCells().isEmpty()) {
            return Optional.empty();
        }
        TablePosition<?, ?> cell = gapsTable.getSelectionModel().getSelectedCells().get(0);
        return cell.getTableColumn() != null && cell.getTableColumn().getUserData() instanceof ContentKind k
                ? Optional.of(k) : Optional.empty();
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }

    /** Reads the overview again (the tab is shown). */
    public void reload() {
        viewModel.load();
    }

    public Parent view() {
        return root;
    }
}
