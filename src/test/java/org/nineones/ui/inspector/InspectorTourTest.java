package org.nineones.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nineones.model.acceptance.Points;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.pack.PackageVerifier;
import org.nineones.service.inspection.FindingsFile;
import org.nineones.service.inspection.InspectorReview;
import org.nineones.service.inspection.SamplePackage;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.Fonts;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.nineones.ui.handles.WindowSteps;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector's whole visit in the window, from the welcome page to the signed opinion (issue 13, done when): the
 * inspector's side chosen, an inspection file made, the sample enterprise's package opened with the fingerprint of its
 * cover letter, its people searched, workers drawn with a seed, questioned, rated and one replaced, the knowledge line
 * scoring itself from the ratings, a score changed with its reason, a deduction made a finding, the on-site record
 * signed, the acceptance opinion printed and the findings file exported and verified.
 */
class InspectorTourTest extends UiTestBase {

    private static final long SEED = 20261207L;

    private FxRobot robot;
    private WindowSteps steps;

    @Test
    void theInspectorGoesFromTheWelcomePageToTheSignedOpinion(FxRobot fxRobot) throws Exception {
        robot = fxRobot;
        steps = new WindowSteps(robot);
        SamplePackage sample = SamplePackage.get();
        Fonts.load();
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });

        // the welcome page: the inspector's side, a new inspection file
        robot.interact(() -> robot.lookup("#inspectorSideButton").queryAs(ToggleButton.class).fire());
        Path file = Files.createDirectories(tempDir.resolve("县应急管理局")).resolve("二〇二六年验收");
        ui.dialogs.files.add(file);
        robot.interact(() -> robot.lookup("#newInspectionFileButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#inspectorView").query());

        // the package, with the fingerprint typed from the cover letter
        ui.dialogs.files.add(sample.zip());
        ui.dialogs.texts.add(sample.fingerprint().toUpperCase(java.util.Locale.ROOT));
        robot.interact(() -> robot.lookup("#openPackageButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Inspection> inspections = robot.lookup("#inspectionTable").query();
        assertEquals(1, inspections.getItems().size(), () -> ui.dialogs.errors.toString());
        assertEquals(sample.fingerprint(), inspections.getItems().get(0).typedFingerprint());
        TabPane tabs = robot.lookup("#inspectionTabs").query();
        InspectionScreen screen = ui.main.inspector().screen();

        // the enterprise as its records show it: its people, searched as one types
        steps.select(tabs, "inspPeopleTab");
        TableView<?> people = robot.lookup("#inspPeopleTable").query();
        int everyone = people.getItems().size();
        assertTrue(everyone > 5, "the sample's people");

        // the review before the spot check: the knowledge line as the records alone score it
        steps.select(tabs, "inspReviewTab");
        TableView<InspectorReview.Line> lines = robot.lookup("#reviewTable").query();
        BigDecimal knowledgeBefore = line(lines, "6.1").score().deducted();

        // the spot check: drawn with the seed, the first worker questioned and rated 不熟知, the second rated
        // 基本熟知, the third absent and replaced by the draw's next
        steps.select(tabs, "inspSpotTab");
        robot.interact(() -> {
            robot.lookup("#spotSeedField").queryAs(TextField.class).setText(Long.toString(SEED));
            robot.lookup("#spotDrawButton").queryAs(Button.class).fire();
        });
        TableView<SpotCheckPart.WorkerRow> workers = robot.lookup("#spotWorkerTable").query();
        assertEquals(ui.context.services().draws().draw(sample.zip(), SEED, null, null).size(),
                workers.getItems().size());
        rate(workers, 0, Familiarity.UNFAMILIAR, "说不出本岗位的应急处置步骤");
        rate(workers, 1, Familiarity.BASICALLY_FAMILIAR, "");
        robot.interact(() -> workers.getSelectionModel().select(2));
        ui.dialogs.texts.add("出差");
        robot.interact(() -> robot.lookup("#spotReplaceButton").queryAs(Button.class).fire());
        assertTrue(workers.getSelectionModel().getSelectedItem().marks()
                .contains(ui.context.messages().get("spot.mark.replacement")), "the replacement, selected");
        assertEquals(ui.context.messages().get("spot.status.absent"), workers.getItems().get(2).status());
        assertTrue(robot.lookup("#spotDrawButton").query().isDisabled(), "the draw stands once someone is rated");

        // the review again: 6.1 lost 3 for 不熟知 and 1 for 基本熟知
        steps.select(tabs, "inspReviewTab");
        BigDecimal expected = knowledgeBefore.add(BigDecimal.valueOf(4)).min(line(lines, "6.1").line().pointsOrZero());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> line(lines, "6.1").score().deducted()
                .compareTo(expected) == 0);
        InspectorReview.Line knowledge = line(lines, "6.1");
        assertEquals(0, knowledgeBefore.add(BigDecimal.valueOf(4)).min(knowledge.line().pointsOrZero())
                .compareTo(knowledge.score().deducted()), knowledge.score().toString());

        // a score changed, with its reason; that line's deduction made a finding
        InspectorReview.Line deducted = lines.getItems().stream().filter(l -> !"6.1".equals(l.id())
                && l.score().veto() == null && l.score().deducted().signum() > 0
                && !l.line().veto().type().withoutPoints()).findFirst()
                .orElseThrow(() -> new AssertionError("the sample loses points somewhere"));
        robot.interact(() -> lines.getSelectionModel().select(deducted));
        BigDecimal halfBack = deducted.score().score().add(deducted.score().deducted()
                .divide(BigDecimal.valueOf(2)));
        steps.inDialog("#reviewChangeScoreButton", () -> {
            steps.type("#reviewScoreField", Points.text(Points.normal(halfBack)));
            steps.type("#reviewReasonField", "现场补查到部分记录");
        }, "#reviewScoreOk");
        assertTrue(line(lines, deducted.id()).changed(), () -> ui.dialogs.errors.toString());
        robot.interact(() -> lines.getSelectionModel().select(line(lines, deducted.id())));
        steps.inDialog("#reviewFindingButton", () -> steps.type("#findingResponsibleField", "赵厂长"), "#findingOk");
        steps.select(tabs, "inspFindingsTab");
        TableView<InspectionFinding> findings = robot.lookup("#findingTable").query();
        assertEquals(List.of(deducted.id()), findings.getItems().stream().map(InspectionFinding::lineId).toList());
        InspectionFinding finding = findings.getItems().get(0);

        // the on-site record signed, after its confirmation
        steps.select(tabs, "inspSignTab");
        steps.type("#signInspectorsField", "张检查\n李检查");
        steps.type("#signResponsibleField", "赵厂长");
        ui.dialogs.confirmations.add(true);
        robot.interact(() -> robot.lookup("#signButton").queryAs(ButtonBase.class).fire());
        InspectorReview signed = screen.review().review();
        assertTrue(signed.isSigned(), () -> ui.dialogs.errors.toString());
        // the spot check is final with it: nothing to draw, rate or replace
        steps.select(tabs, "inspSpotTab");
        robot.interact(() -> workers.getSelectionModel().select(3));
        for (String id : List.of("#spotDrawButton", "#spotSaveRatingButton", "#spotReplaceButton")) {
            assertTrue(robot.lookup(id).query().isDisabled(), id);
        }
        assertFalse(robot.lookup("#spotPrintButton").query().isDisabled(), "the record still prints");
        steps.select(tabs, "inspSignTab");

        // the acceptance opinion: printed from the preview, read back
        Path opinion = tempDir.resolve("验收意见书.pdf");
        ui.dialogs.files.add(opinion);
        Platform.runLater(robot.lookup("#printOpinionButton").queryAs(ButtonBase.class)::fire);
        WaitForAsyncUtils.waitForFxEvents();
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        preview.saveAs();
        preview.close();
        try (PDDocument document = Loader.loadPDF(opinion.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("验收意见书"), text);
            assertTrue(text.contains(sample.manifest().enterprise().name()), text);
            assertTrue(text.contains(Points.text(signed.score().score())), text);
            assertTrue(text.contains(finding.uid()), text);
        }

        // the findings file for the enterprise: verified like a package, the finding and the opinion in it
        steps.select(tabs, "inspFindingsTab");
        Path out = tempDir.resolve("检查发现问题清单.zip");
        ui.dialogs.files.add(out);
        robot.interact(() -> robot.lookup("#findingExportButton").queryAs(ButtonBase.class).fire());
        assertTrue(new PackageVerifier().verify(out).intact());
        FindingsFile.Content content = ui.context.services().findingsFiles().read(out);
        assertEquals(List.of(finding.uid()), content.findings().stream().map(InspectionFinding::uid).toList());
        assertTrue(content.opinion().isPresent());
        assertEquals(List.of(), ui.dialogs.errors, "no refusal on the way");
    }

    private void rate(TableView<SpotCheckPart.WorkerRow> workers, int index, Familiarity familiarity, String note) {
        robot.interact(() -> workers.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#spotShowAnswer1").queryAs(Button.class).fire());
        assertTrue(robot.lookup("#spotAnswer1").query().isVisible(), "the answer, once asked");
        robot.interact(() -> {
            robot.lookup("#spotRate_" + familiarity.name()).queryAs(ToggleButton.class).fire();
            robot.lookup("#spotNote").queryAs(TextField.class).setText(note);
        });
        ui.dialogs.confirmations.add(true);
        robot.interact(() -> robot.lookup("#spotSaveRatingButton").queryAs(Button.class).fire());
        assertEquals(ui.context.messages().get(familiarity.labelKey()), workers.getItems().get(index).status(),
                () -> ui.dialogs.errors.toString());
    }

    private static InspectorReview.Line line(TableView<InspectorReview.Line> table, String id) {
        return table.getItems().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }
}
