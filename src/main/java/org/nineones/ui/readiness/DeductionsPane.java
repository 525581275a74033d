package org.nineones.ui.readiness;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.LineLimit;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Points;
import org.nineones.service.acceptance.JudgementService;
import org.nineones.service.acceptance.ReadinessOverview;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.common.WholeText;

/**
 * 扣分明细: every line of the checklist with its points, deduction and score, and under it each charge (what the
 * records show and what it costs). Filtered by item, and to the lines that lose points. A charge opens the screen
 * that fixes it (double-click, Enter or 去处理); a manual line is judged with 评定.
 */
final class DeductionsPane {

    /** A row of the tree: a line, or one charge of a line. */
    sealed interface Row permits LineRow, ChargeRow {
    }

    record LineRow(LineScore line, ChecklistLine source, boolean vetoed) implements Row {
    }

    record ChargeRow(LineScore line, Charge charge) implements Row {
    }

    /** Judges a manual line (by its id); set by the view when judging is available. */
    interface Judge {
        void judge(String lineId);
    }

    private final Messages messages;
    private final Predicate<Charge> open;
    private final BorderPane root = new BorderPane();
    private final TreeTableView<Row> tree = new TreeTableView<>();
    private final ComboBox<Integer> item = new ComboBox<>();
    private final CheckBox onlyDeducted = new CheckBox();
    private final Button openButton = new Button();
    private final Button judgeButton = new Button();
    private Judge judge;
    private ReadinessOverview overview;
    private ChecklistTemplate template;

    DeductionsPane(Messages messages, Predicate<Charge> open) {
        this.messages = messages;
        this.open = open;
        build();
    }

    Node node() {
        return root;
    }

    void judgeWith(Judge judge) {
        this.judge = judge;
        judgeButton.setVisible(judge != null);
        judgeButton.setManaged(judge != null);
    }

    private void build() {
        root.setPadding(new Insets(6));
        item.setId("deductionsItemBox");
        item.getItems().setAll(FXCollections.observableArrayList(null, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        item.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? messages.get("prepare.deductions.allItems") : messages.get("records.item." + n);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        item.setOnAction(e -> refill());
        onlyDeducted.setId("deductionsOnlyBox");
        onlyDeducted.setText(messages.get("prepare.deductions.only"));
        onlyDeducted.setSelected(true);
        onlyDeducted.setOnAction(e -> refill());
        onlyDeducted.setMinWidth(Region.USE_PREF_SIZE);
        openButton.setId("deductionsOpenButton");
        openButton.setText(messages.get("prepare.deductions.open"));
        openButton.setMinWidth(Region.USE_PREF_SIZE);
        openButton.setOnAction(e -> openSelected());
        judgeButton.setId("deductionsJudgeButton");
        judgeButton.setText(messages.get("prepare.deductions.judge"));
        judgeButton.setMinWidth(Region.USE_PREF_SIZE);
        judgeButton.setOnAction(e -> judgeSelected());
        judgeWith(null);
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> enableButtons(now));
        enableButtons(null);
        FlowPane bar = new FlowPane(8, 6, item, onlyDeducted, openButton, judgeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        root.setTop(bar);

        tree.setId("deductionsTree");
        tree.setShowRoot(false);
        tree.setPlaceholder(Placeholder.of(messages.get("prepare.deductions.none")));
        tree.getColumns().add(column("prepare.deductions.line", 300, this::lineText));
        tree.getColumns().add(column("prepare.deductions.points", 60, r -> r instanceof LineRow l
                ? (l.source() != null && l.source().points() == null ? messages.get("prepare.tile.noPoints")
                : ReadinessView.points(l.line().points())) : ""));
        tree.getColumns().add(column("prepare.deductions.deducted", 60, r -> r instanceof LineRow l
                ? Points.text(l.line().deducted()) : Points.text(((ChargeRow) r).charge().points())));
        tree.getColumns().add(column("prepare.deductions.score", 60, r -> r instanceof LineRow l
                ? Points.text(l.line().score()) : ""));
        tree.getColumns().add(column("prepare.deductions.note", 260, this::noteText));
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        root.setCenter(tree);
    }

    private void enableButtons(TreeItem<Row> selected) {
        Row row = selected == null ? null : selected.getValue();
        openButton.setDisable(!(row instanceof ChargeRow));
        judgeButton.setDisable(!(row instanceof LineRow l && judgeable(l)));
    }

    /** A line a person judges: M or A+M, or one of evidence A that may be marked 缺项 (as its template has it). */
    private static boolean judgeable(LineRow row) {
        return row.source() != null ? JudgementService.judgeable(row.source()) : row.line().evidence().manual();
    }

    private String lineText(Row row) {
        if (row instanceof ChargeRow c) {
            return c.charge().what();
        }
        LineRow l = (LineRow) row;
        String criterion = l.source() == null ? "" : l.source().criterion();
        return l.line().id() + "  " + criterion;
    }

    private String noteText(Row row) {
        if (row instanceof ChargeRow c) {
            return c.charge().target().label();
        }
        LineRow l = (LineRow) row;
        LineScore line = l.line();
        StringBuilder note = new StringBuilder();
        if (l.vetoed()) {
            note.append(messages.get("prepare.deductions.vetoed"));
        }
        if (line.notApplicable()) {
            append(note, messages.get("prepare.deductions.notApplicable"));
        }
        if (!line.judged()) {
            append(note, messages.get("prepare.deductions.unjudged"));
        }
        if (line.limit() != LineLimit.NONE) {
            append(note, messages.of(line.limit()));
        }
        if (!line.note().isEmpty()) {
            append(note, line.note());
        }
        return note.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append("；");
        }
        text.append(part);
    }

    void show(ReadinessOverview overview, ChecklistTemplate template) {
        this.overview = overview;
        this.template = template;
        refill();
    }

    /** Shows one item's lines, every line of it (not only those that lose points). */
    void showItem(int number) {
        onlyDeducted.setSelected(false);
        item.setValue(number);
        refill();
    }

    /** Shows and selects one line. */
    void showLine(String lineId) {
        item.setValue(null);
        onlyDeducted.setSelected(false);
        refill();
        for (TreeItem<Row> child : tree.getRoot().getChildren()) {
            if (child.getValue() instanceof LineRow l && l.line().id().equals(lineId)) {
                child.setExpanded(true);
                tree.getSelectionModel().select(child);
                tree.scrollTo(tree.getRow(child));
                return;
            }
        }
    }

    private void refill() {
        TreeItem<Row> top = new TreeItem<>();
        if (overview != null) {
            Map<String, ChecklistLine> sources = new HashMap<>();
            if (template != null) {
                template.lines().forEach(l -> sources.put(l.id(), l));
            }
            java.util.Set<String> vetoes = new java.util.HashSet<>();
            overview.score().vetoes().forEach(v -> vetoes.add(v.lineId()));
            Integer wanted = item.getValue();
            for (LineScore line : overview.score().lines()) {
                boolean vetoed = vetoes.contains(line.id());
                if (wanted != null && line.item() != wanted) {
                    continue;
                }
                if (onlyDeducted.isSelected() && line.deducted().signum() <= 0 && !vetoed && line.judged()) {
                    continue;
                }
                TreeItem<Row> lineItem = new TreeItem<>(new LineRow(line, sources.get(line.id()), vetoed));
                line.charges().forEach(c -> lineItem.getChildren().add(new TreeItem<>(new ChargeRow(line, c))));
                lineItem.setExpanded(line.charges().size() <= 5);
                top.getChildren().add(lineItem);
            }
        }
        tree.setRoot(top);
    }

    private void openSelected() {
        TreeItem<Row> selected = tree.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (selected.getValue() instanceof ChargeRow c) {
            open.test(c.charge());
        } else if (selected.getValue() instanceof LineRow l && judgeable(l) && judge != null) {
            judge.judge(l.line().id());
        } else {
            selected.setExpanded(!selected.isExpanded());
        }
    }

    private void judgeSelected() {
        TreeItem<Row> selected = tree.getSelectionModel().getSelectedItem();
        if (judge != null && selected != null && selected.getValue() instanceof LineRow l) {
            judge.judge(l.line().id());
        }
    }

    private TreeTableColumn<Row, String> column(String key, double width, Function<Row, String> value) {
        TreeTableColumn<Row, String> column = new TreeTableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? ""
                : value.apply(c.getValue().getValue())));
        return WholeText.whole(column);
    }
}
