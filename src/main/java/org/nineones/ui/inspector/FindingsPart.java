package org.nineones.ui.inspector;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.inspection.ClosingAnswer;
import org.nineones.model.inspection.ClosingDecision;
import org.nineones.model.inspection.FindingClosing;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.service.inspection.FindingDraft;
import org.nineones.service.inspection.InspectorReview;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Columns;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.WholeText;
import org.nineones.service.attachments.AttachmentFile;

/**
 * 问题: the inspection's findings (the short form of each unique id, the line, what was seen, the requirement, the
 * deadline, the responsible person, the rectification state), 新增问题… by hand before signing, and once signed
 * 导出问题清单… (the findings file for the enterprise, through the inspection's papers), 导入整改回复… (the
 * enterprise's closing package) and 验收整改 / 退回整改… of the finding selected; below, the selected finding in full
 * with what the enterprise answered (its measures, owners, deadlines, statuses) and the decisions, and its evidence
 * files, each opened as a read-only copy, so that the inspector sees what is accepted.
 */
final class FindingsPart implements InspectionScreen.Part {

    private final AppContext context;
    private final Messages messages;
    private final ReviewViewModel model;
    private final TableView<InspectionFinding> table = new TableView<>();
    private final Label count = new Label();
    private final TextArea details = new TextArea();
    private final ListView<ClosingAnswer.Evidence> evidence = new ListView<>();
    private final VBox node;

    FindingsPart(AppContext context, ReviewViewModel model) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        table.setId("findingTable");
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label(messages.get("inspreview.findings.empty")));
        table.getColumns().add(Columns.text(messages, "inspreview.findings.uid", 80, f -> shortUid(f.uid())));
        table.getColumns().add(Columns.text(messages, "inspreview.findings.line", 60, InspectionFinding::lineId));
        table.getColumns().add(WholeText.column(messages.get("inspreview.finding.seen"), 200, InspectionFinding::seen));
        table.getColumns().add(WholeText.column(messages.get("inspreview.finding.requirement"), 160,
                InspectionFinding::requirement));
        table.getColumns().add(Columns.text(messages, "inspreview.finding.deadline", 90, f -> f.deadline() == null ? ""
                : Dates.format(f.deadline())));
        table.getColumns().add(Columns.text(messages, "inspreview.finding.responsible", 70, InspectionFinding::responsible));
        table.getColumns().add(Columns.text(messages, "closing.ui.state", 80, this::state));
        Button add = new Button(messages.get("inspreview.findings.add"));
        add.setId("findingAddButton");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(model.signedProperty().or(model.reviewProperty().isNull()));
        add.setOnAction(e -> ReviewDialogs.finding(context, messages.get("inspreview.findings.add"),
                FindingDraft.manual("", "", "", null, "")).ifPresent(model::addFinding));
        Button export = new Button(messages.get("inspreview.findings.export"));
        export.setId("findingExportButton");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.signedProperty().not());
        export.setOnAction(e -> model.exportFindings());
        Button importClosing = new Button(messages.get("closing.ui.import"));
        importClosing.setId("closingImportButton");
        importClosing.setMinWidth(Region.USE_PREF_SIZE);
        importClosing.disableProperty().bind(model.signedProperty().not());
        importClosing.setOnAction(e -> model.importClosing());
        Button accept = new Button(messages.get("closing.ui.accept"));
        accept.setId("closingAcceptButton");
        accept.setMinWidth(Region.USE_PREF_SIZE);
        accept.disableProperty().bind(Bindings.createBooleanBinding(() -> !selectedIn(FindingClosing.State.CLOSED),
                table.getSelectionModel().selectedItemProperty(), model.closingsProperty()));
        accept.setOnAction(e -> model.acceptClosing(table.getSelectionModel().getSelectedItem().uid()));
        Button reopen = new Button(messages.get("closing.ui.reopen"));
        reopen.setId("closingReopenButton");
        reopen.setMinWidth(Region.USE_PREF_SIZE);
        reopen.disableProperty().bind(Bindings.createBooleanBinding(() -> !selectedIn(FindingClosing.State.CLOSED,
                FindingClosing.State.ACCEPTED), table.getSelectionModel().selectedItemProperty(),
                model.closingsProperty()));
        reopen.setOnAction(e -> {
            String uid = table.getSelectionModel().getSelectedItem().uid();
            context.dialogs().askText(messages.get("closing.ui.reopen"), messages.get("closing.ui.reason"), "")
                    .ifPresent(reason -> model.reopenClosing(uid, reason));
        });
        model.closingsProperty().addListener((obs, old, now) -> {
            table.refresh();
            showDetails(table.getSelectionModel().getSelectedItem());
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showDetails(now));
        model.signedProperty().addListener((obs, old, now) -> {
            if (now) {
                model.loadClosings();
            }
        });
        Label hint = new Label();
        hint.textProperty().bind(Bindings.when(model.signedProperty())
                .then(messages.get("closing.ui.hint")).otherwise(messages.get("inspreview.findings.exportHint")));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 4, add, export, importClosing, accept, reopen, count);
        bar.getStyleClass().add("toolbar");
        SplitPane split = new SplitPane(table, detailsPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        node = new VBox(6, bar, hint, split);
        node.getStyleClass().add("page");
        VBox.setVgrow(split, Priority.ALWAYS);
        model.reviewProperty().addListener((obs, old, now) -> show(now));
    }

    private Node detailsPane() {
        details.setId("closingDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);
        details.setMinHeight(60);
        evidence.setId("closingEvidenceList");
        evidence.setPrefWidth(220);
        evidence.setMinHeight(40);
        evidence.setPlaceholder(new Label(messages.get("closing.ui.noEvidence")));
        evidence.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ClosingAnswer.Evidence e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.fileName() + "  (" + AttachmentFile.sizeText(e.size()) + ")");
            }
        });
        evidence.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && evidence.getSelectionModel().getSelectedItem() != null) {
                model.openEvidence(evidence.getSelectionModel().getSelectedItem());
            }
        });
        Button open = new Button(messages.get("closing.ui.openEvidence"));
        open.setId("closingOpenEvidenceButton");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(evidence.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.openEvidence(evidence.getSelectionModel().getSelectedItem()));
        Label label = new Label(messages.get("closing.ui.evidence"));
        label.setLabelFor(evidence);
        VBox files = new VBox(4, label, evidence, open);
        VBox.setVgrow(evidence, Priority.ALWAYS);
        HBox.setHgrow(details, Priority.ALWAYS);
        return new HBox(8, details, files);
    }

    /** The selected finding in full, the enterprise's latest answer and the decisions; its evidence files listed. */
    private void showDetails(InspectionFinding f) {
        FindingClosing c = f == null || !model.signedProperty().get() ? null
                : model.closingsProperty().get().get(f.uid());
        details.setText(f == null ? "" : detailsText(f, c));
        evidence.getItems().setAll(c == null || c.answer() == null ? List.of() : c.answer().measures().stream()
                .flatMap(m -> m.evidence().stream()).toList());
    }

    /**
     * The state, the enterprise's answer (what an inspector accepts or sends back) and the decision first, then the
     * finding itself in full.
     */
    private String detailsText(InspectionFinding f, FindingClosing c) {
        StringBuilder text = new StringBuilder();
        if (c != null) {
            text.append(messages.get("closing.ui.details.state", state(f))).append('\n');
            if (c.answer() == null) {
                text.append(messages.get("closing.ui.details.noAnswer"));
            } else {
                text.append(messages.get("closing.ui.details.answer"));
                for (ClosingAnswer.Measure m : c.answer().measures()) {
                    text.append('\n').append(messages.get("closing.ui.details.measure", m.position(), m.text(),
                            m.owner(), m.deadline() == null ? "" : Dates.format(m.deadline()),
                            messages.of(m.status())));
                    if (m.doneOn() != null) {
                        text.append(messages.get("closing.ui.details.doneOn", Dates.format(m.doneOn())));
                    }
                    text.append(m.evidence().isEmpty() ? messages.get("closing.ui.details.noEvidence")
                            : messages.get("closing.ui.details.evidence", String.join("、", m.evidence().stream()
                            .map(ClosingAnswer.Evidence::fileName).toList())));
                }
            }
            ClosingDecision d = c.decision();
            if (d != null) {
                text.append('\n').append(d.kind() == ClosingDecision.Kind.ACCEPTED
                        ? messages.get("closing.ui.details.accepted", d.decidedBy(), d.decidedAt())
                        : messages.get("closing.ui.details.reopened", d.decidedBy(), d.decidedAt(), d.reason()));
            }
            text.append("\n\n");
        }
        text.append(messages.get("closing.ui.details.finding", shortUid(f.uid()), f.lineId(), f.seen())).append('\n');
        text.append(messages.get("closing.ui.details.requirement", f.requirement())).append('\n');
        text.append(messages.get("closing.ui.details.deadline", f.deadline() == null ? "" : Dates.format(f.deadline()),
                f.responsible()));
        return text.toString();
    }

    /** The first eight characters of a finding's unique id, as the printouts name it. */
    static String shortUid(String uid) {
        return uid == null ? "" : uid.length() <= 8 ? uid : uid.substring(0, 8);
    }


    /** The finding's rectification state once the inspection is signed (before, none). */
    private String state(InspectionFinding f) {
        FindingClosing c = model.signedProperty().get() ? model.closingsProperty().get().get(f.uid()) : null;
        return c == null ? "" : messages.get("closing.state." + c.state().name())
                + (c.sentBack() ? messages.get("closing.ui.sentBack") : "");
    }

    private boolean selectedIn(FindingClosing.State... states) {
        InspectionFinding f = table.getSelectionModel().getSelectedItem();
        FindingClosing c = f == null ? null : model.closingsProperty().get().get(f.uid());
        return c != null && java.util.Arrays.asList(states).contains(c.state());
    }

    private void show(InspectorReview review) {
        table.getItems().setAll(review == null ? List.of() : review.findings());
        count.setText(messages.get("inspreview.findings.count", table.getItems().size()));
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void load() {
        model.loadOnce();
    }
}
