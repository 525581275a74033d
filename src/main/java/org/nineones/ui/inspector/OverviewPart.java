package org.nineones.ui.inspector;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.inspection.Inspection;
import org.nineones.pack.Manifest;
import org.nineones.store.InspectionFile;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.output.OutputActions;

/**
 * 概况: the enterprise and the package as the inspection file holds them, whether the cover letter's fingerprint was
 * checked, and the enterprise's signed self-assessment report from the package (print preview or system viewer).
 */
final class OverviewPart implements InspectionScreen.Part {

    private final AppContext context;
    private final Messages messages;
    private final InspectionFile file;
    private final Inspection inspection;
    private final VBox box = new VBox(10);
    private final HBox selfAssessment = new HBox(8);
    private final ScrollPane scroll = new ScrollPane(box);

    OverviewPart(AppContext context, InspectionFile file, Inspection inspection) {
        this.context = context;
        this.messages = context.messages();
        this.file = file;
        this.inspection = inspection;
        Label readOnly = new Label(messages.get("inspector.overview.readOnly"));
        readOnly.getStyleClass().add("hint");
        readOnly.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, values);
        int row = 0;
        row = line(grid, row, "inspector.overview.enterprise", inspection.enterpriseName());
        row = line(grid, row, "inspector.overview.creditCode", inspection.creditCode());
        row = line(grid, row, "inspector.overview.county", inspection.county());
        row = line(grid, row, "inspector.overview.industry", inspection.industry());
        row = line(grid, row, "inspector.overview.package", inspection.packageName());
        row = line(grid, row, "inspector.overview.fingerprint", inspection.packageFingerprint());
        row = line(grid, row, "inspector.overview.created", inspection.packageCreatedAt());
        row = line(grid, row, "inspector.overview.appVersion", inspection.packageAppVersion());
        row = line(grid, row, "inspector.overview.edition", messages.get(Manifest.INTERNAL.equals(inspection.edition())
                ? "inspector.edition.internal" : "inspector.edition.standard"));
        row = line(grid, row, "inspector.overview.typed", messages.get(inspection.typedFingerprint() == null
                ? "inspector.overview.typedNone" : "inspector.overview.typedMatches"));
        line(grid, row, "inspector.overview.opened", inspection.openedAt() + "  " + inspection.openedBy());
        selfAssessment.setId("inspSelfAssessment");
        box.getChildren().setAll(readOnly, grid, selfAssessment);
        box.getStyleClass().add("page");
        scroll.setFitToWidth(true);
    }

    private int line(GridPane grid, int row, String key, String value) {
        Label name = new Label(messages.get(key));
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField text = new TextField(value == null ? "" : value);
        text.setEditable(false);
        text.setFocusTraversable(false);
        text.getStyleClass().add("read-only-value");
        grid.addRow(row, name, text);
        return row + 1;
    }

    @Override
    public Node node() {
        return scroll;
    }

    /** Looks in the inspection file for the self-assessment report. */
    @Override
    public void load() {
        context.tasks().run(messages.get("inspector.task.read"),
                progress -> context.services().inspectionParts().selfAssessmentPdf(file, inspection).isPresent(),
                this::showSelfAssessment);
    }

    private void showSelfAssessment(boolean present) {
        Label label = new Label(messages.get(present ? "inspector.overview.selfAssessment"
                : "inspector.overview.noSelf"));
        label.setWrapText(true);
        selfAssessment.getChildren().setAll(label);
        if (!present) {
            return;
        }
        Button preview = new Button(messages.get("inspector.overview.previewSelf"));
        preview.setId("inspPreviewSelfButton");
        preview.setOnAction(e -> new OutputActions(context).preview(messages.get("inspector.overview.previewSelf"),
                "self-assessment.pdf", (out, progress) -> {
                    Optional<byte[]> bytes = context.services().inspectionParts().selfAssessmentPdf(file, inspection);
                    java.nio.file.Files.write(out, bytes.orElseThrow());
                }));
        Button open = new Button(messages.get("inspector.overview.openSelf"));
        open.setId("inspOpenSelfButton");
        open.setOnAction(e -> context.tasks().run(messages.get("inspector.task.openFileCopy"),
                progress -> context.services().inspectionParts().selfAssessmentCopy(file, inspection),
                copy -> copy.ifPresent(context.dialogs()::openFile)));
        selfAssessment.getChildren().addAll(preview, open);
    }
}
