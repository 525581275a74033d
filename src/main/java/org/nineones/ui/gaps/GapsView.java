package org.nineones.ui.gaps;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiConsumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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

    private final Messages messages;
    private final GapsViewModel viewModel;
    private final BiConsumer<Long, ContentKind> open;
    private final Parent root;

    /** {@code open} shows a post's content of a kind in the editor. */
    public GapsView(AppContext context, Workspace workspace, BiConsumer<Long, ContentKind> open) {
        this.messages = context.messages();
        this.viewModel = new GapsViewModel(messages, context.tasks(), context.services().org(),
                context.services().content(), workspace, LocalDate::now);
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
                setText(viewModel.describe(status));
                setTooltip(new Tooltip(getText()));
                ContentState state = status.state();
                getStyleClass().add(state == ContentState.MISSING ? "gap-missing"
                        : state.isGap() ? "gap-draft" : "gap-ok");
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
        ContentKind kind = row.firstGap();
        if (!gapsTable.getSelectionModel().getSelectedCells().isEmpty()) {
            TablePosition<?, ?> cell = gapsTable.getSelectionModel().getSelectedCells().get(0);
            if (cell.getTableColumn() != null && cell.getTableColumn().getUserData() instanceof ContentKind k) {
                kind = k;
            }
        }
        open.accept(row.postId(), kind);
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
