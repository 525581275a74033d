package org.nineones.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.Verdict;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.service.Progress;
import org.nineones.service.inspection.FindingsFile;
import org.nineones.service.inspection.InspectorReview;
import org.nineones.service.inspection.SamplePackage;
import org.nineones.store.InspectionFile;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.Fonts;
import org.nineones.ui.common.LayoutCheck;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.nineones.ui.handles.WindowSteps;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector's 评分, 问题 and 签字 tabs on the sample package: a line's score changed (refused without a reason,
 * then with one), a finding made from a line with its deadline, the on-site record signed after a confirmation, then
 * everything read-only and a second signing refused with its sentence; the tabs fit 1024×600 and the opinion previews
 * and is exported with the number and words signed.
 */
class InspectorReviewUiTest extends UiTestBase {

    private FxRobot robot;

    @Test
    void theInspectorScoresRecordsAFindingAndSignsOnce(FxRobot fxRobot) throws Exception {
        robot = fxRobot;
        SamplePackage sample = SamplePackage.get();
        Path file = Files.createDirectories(tempDir.resolve("检查")).resolve("县局" + InspectionFile.EXTENSION);
        try (InspectionFile f = ui.context.services().inspections().create(file, "县局")) {
            ui.context.services().inspections().openPackage(f, sample.zip(), null, Progress.NONE);
        }
        Fonts.load();
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        robot.interact(() -> ui.main.start(List.of(file.toString())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#inspectionTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#inspectionTabs").query();
        InspectionScreen screen = ui.main.inspector().screen();

        select(tabs, "inspReviewTab");
        TableView<InspectorReview.Line> table = robot.lookup("#reviewTable").query();
        assertFalse(table.getItems().isEmpty(), "the review's lines");
        assertTrue(text("#reviewTotal").contains("企业自评") || text("#reviewTotal").contains("企业未签署"),
                text("#reviewTotal"));
        assertEquals(List.of(), fits(tabs), "the tabs at 1024×600");

        // a line that lost points: its deductions and the enterprise's words shown beside
        InspectorReview.Line deducted = table.getItems().stream().filter(l -> l.score().veto() == null
                && l.score().deducted().signum() > 0 && !l.line().veto().type().withoutPoints()).findFirst()
                .orElseThrow(() -> new AssertionError("the sample loses points somewhere"));
        robot.interact(() -> table.getSelectionModel().select(deducted));
        assertTrue(text("#reviewDetail").contains("【企业自评"), text("#reviewDetail"));

        // a new score without a reason: refused with its sentence, nothing changed
        BigDecimal newScore = deducted.line().pointsOrZero();
        int errors = ui.dialogs.errors.size();
        new WindowSteps(robot).inDialog("#reviewChangeScoreButton", () -> {
            type("#reviewScoreField", Points.text(newScore));
            type("#reviewReasonField", "  ");
        }, "#reviewScoreOk");
        assertEquals(errors + 1, ui.dialogs.errors.size());
        assertTrue(ui.dialogs.lastError().contains(deducted.id()) && ui.dialogs.lastError().contains("理由"),
                ui.dialogs.lastError());
        assertFalse(line(table, deducted.id()).changed());

        // with a reason: the inspector's score in force, the enterprise's self-score as it was
        new WindowSteps(robot).inDialog("#reviewChangeScoreButton", () -> {
            type("#reviewScoreField", Points.text(newScore));
            type("#reviewReasonField", "现场核实台账齐全");
        }, "#reviewScoreOk");
        InspectorReview.Line changed = line(table, deducted.id());
        assertTrue(changed.changed());
        assertEquals(0, newScore.compareTo(changed.score().score()));
        assertEquals(deducted.selfScore(), changed.selfScore());
        robot.interact(() -> table.getSelectionModel().select(changed));
        ui.dialogs.texts.add("改回按记录计算");
        robot.interact(() -> ((ButtonBase) robot.lookup("#reviewRestoreScoreButton").query()).fire());
        InspectorReview.Line restored = line(table, deducted.id());
        assertFalse(restored.changed(), "restored");
        assertEquals(0, deducted.score().score().compareTo(restored.score().score()));

        // a manual line judged with a note
        InspectorReview.Line manual = table.getItems().stream().filter(l -> l.line().evidence().manual()
                && !l.line().veto().type().withoutPoints()).findFirst()
                .orElseThrow(() -> new AssertionError("the checklist has manual lines"));
        robot.interact(() -> table.getSelectionModel().select(manual));
        new WindowSteps(robot).inDialog("#reviewJudgeButton", () -> type("#reviewNoteField", "现场查看应急演练记录"), "#reviewJudgeOk");
        assertEquals("现场查看应急演练记录", line(table, manual.id()).judgement().orElseThrow().note());

        // the grid line (evidence A) is judged only to mark it 缺项: a county without grids
        InspectorReview.Line grids = line(table, "9.2");
        robot.interact(() -> table.getSelectionModel().select(grids));
        new WindowSteps(robot).inDialog("#reviewJudgeButton", () -> {
            ComboBox<Verdict> verdicts = robot.lookup("#reviewVerdictChoice").query();
            assertEquals(List.of(Verdict.NOT_APPLICABLE, Verdict.NOT_JUDGED), verdicts.getItems());
            type("#reviewNoteField", "本县未实行网格化管理");
        }, "#reviewJudgeOk");
        assertTrue(line(table, "9.2").score().notApplicable(), "the line leaves the denominator");

        // a finding from the line: prefilled, the deadline 30 days on, the responsible person given
        robot.interact(() -> table.getSelectionModel().select(restored));
        List<String> seen = new ArrayList<>();
        new WindowSteps(robot).inDialog("#reviewFindingButton", () -> {
            DatePicker deadline = robot.lookup("#findingDeadlineField").query();
            assertEquals(LocalDate.now().plusDays(30), deadline.getValue());
            seen.add(robot.lookup("#findingSeenField").queryAs(TextInputControl.class).getText());
            type("#findingResponsibleField", "王安全");
        }, "#findingOk");
        assertFalse(seen.get(0).isBlank(), "what was seen, from the line's deductions");
        select(tabs, "inspFindingsTab");
        TableView<InspectionFinding> findings = robot.lookup("#findingTable").query();
        assertEquals(1, findings.getItems().size());
        InspectionFinding finding = findings.getItems().get(0);
        assertEquals(deducted.id(), finding.lineId());
        assertEquals(LocalDate.now().plusDays(30), finding.deadline());
        assertEquals("王安全", finding.responsible());
        assertTrue(robot.lookup("#findingExportButton").query().isDisabled(), "exported only once signed");

        // signing: the findings go onto the record by themselves (the problems field is for anything else), the
        // inspectors one a line, a confirmation first
        select(tabs, "inspSignTab");
        assertEquals("", text("#signProblemsField"));
        assertTrue(robot.lookup("#signProblemsField").queryAs(TextInputControl.class).getPromptText()
                .contains("问题清单"));
        assertTrue(robot.lookup("#signState").queryAs(Label.class).getText().contains("1 个问题"),
                robot.lookup("#signState").queryAs(Label.class).getText());
        type("#signInspectorsField", "张检查\n李检查");
        type("#signResponsibleField", "赵厂长");
        // the opinion's number and the team's words, optional, signed with the record
        TextInputControl words = robot.lookup("#signOpinionWordsField").queryAs(TextInputControl.class);
        assertTrue(words.getPromptText().contains("默认"), words.getPromptText());
        assertTrue(words.isEditable() && robot.lookup("#signOpinionNumberField").queryAs(TextInputControl.class)
                .isEditable(), "editable before signing");
        type("#signOpinionNumberField", "滨城验〔2026〕第 12 号");
        type("#signOpinionWordsField", "台账基本齐全，请按期整改。");
        ui.dialogs.confirmations.add(true);
        robot.interact(() -> ((ButtonBase) robot.lookup("#signButton").query()).fire());
        assertTrue(screen.review().review().isSigned(), () -> ui.dialogs.errors.toString());
        assertEquals(List.of("张检查", "李检查"), screen.review().review().signed().orElseThrow().record()
                .inspectors());
        assertFalse(robot.lookup("#signResponsibleField").queryAs(TextInputControl.class).isEditable());
        OnSiteRecord signedRecord = screen.review().review().signed().orElseThrow().record();
        assertEquals("滨城验〔2026〕第 12 号", signedRecord.opinionNumber());
        assertEquals("台账基本齐全，请按期整改。", signedRecord.opinionWords());
        for (String id : List.of("#signOpinionNumberField", "#signOpinionWordsField")) {
            assertFalse(robot.lookup(id).queryAs(TextInputControl.class).isEditable(), id + " read-only once signed");
        }
        assertEquals("滨城验〔2026〕第 12 号", text("#signOpinionNumberField"));
        assertTrue(robot.lookup("#signButton").query().isDisabled());

        // signing again: refused with its sentence
        errors = ui.dialogs.errors.size();
        robot.interact(() -> screen.review().sign(secondRecord(), () -> { }));
        assertEquals(errors + 1, ui.dialogs.errors.size());
        assertTrue(ui.dialogs.lastError().contains("已") && ui.dialogs.lastError().contains("签"),
                ui.dialogs.lastError());

        // everything read-only now
        select(tabs, "inspReviewTab");
        for (String id : List.of("#reviewChangeScoreButton", "#reviewRestoreScoreButton", "#reviewFindingButton",
                "#reviewChooseTemplateButton", "#reviewPackageTemplateButton")) {
            assertTrue(robot.lookup(id).query().isDisabled(), id);
        }
        select(tabs, "inspFindingsTab");
        assertTrue(robot.lookup("#findingAddButton").query().isDisabled());
        assertEquals(List.of(), fits(tabs), "the tabs once signed");

        // the acceptance opinion, through the assembler, in the print preview
        select(tabs, "inspSignTab");
        Platform.runLater(((ButtonBase) robot.lookup("#printOpinionButton").query())::fire);
        WaitForAsyncUtils.waitForFxEvents();
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        assertTrue(preview.page().startsWith("第 1 页"), preview.page());
        preview.close();
        assertEquals(errors + 1, ui.dialogs.errors.size(), () -> ui.dialogs.errors.toString());

        // the findings file, through the same papers, read back: the finding and the opinion in it
        select(tabs, "inspFindingsTab");
        Path out = tempDir.resolve("问题清单.zip");
        ui.dialogs.files.add(out);
        robot.interact(() -> ((ButtonBase) robot.lookup("#findingExportButton").query()).fire());
        assertEquals(errors + 1, ui.dialogs.errors.size(), () -> ui.dialogs.errors.toString());
        FindingsFile.Content content = ui.context.services().findingsFiles().read(out);
        assertEquals(List.of(finding.uid()), content.findings().stream().map(InspectionFinding::uid).toList());
        assertTrue(content.opinion().isPresent(), "the opinion in the findings file");
        String opinion;
        try (PDDocument doc = Loader.loadPDF(content.opinion().get())) {
            opinion = new PDFTextStripper().getText(doc);
        }
        assertTrue(opinion.contains("滨城验〔2026〕第 12 号") && opinion.contains("台账基本齐全，请按期整改。")
                && !opinion.contains("经现场检查"), "the number and words signed, not the default: " + opinion);
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).contains(out.toString()));
    }

    /** A complete record, signed a second time. */
    private static OnSiteRecord secondRecord() {
        return new OnSiteRecord("2026-12-07 10:00", "车间", "验收", "", "", List.of("张检查"), "赵厂长", false, "", "", "");
    }

    private InspectorReview.Line line(TableView<InspectorReview.Line> table, String id) {
        return table.getItems().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private String text(String id) {
        Node node = robot.lookup(id).query();
        return node instanceof TextInputControl t ? t.getText() : ((javafx.scene.control.Labeled) node).getText();
    }

    private void type(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private void select(TabPane tabs, String id) {
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The review's three tabs shown one by one in the 1024×600 window: what is cut off or out of reach. */
    private List<String> fits(TabPane tabs) {
        Tab was = tabs.getSelectionModel().getSelectedItem();
        List<String> problems = new ArrayList<>();
        for (String id : List.of("inspReviewTab", "inspFindingsTab", "inspSignTab")) {
            select(tabs, id);
            LayoutCheck.problems(stage.getScene()).forEach(p -> problems.add(id + ": " + p));
        }
        robot.interact(() -> tabs.getSelectionModel().select(was));
        WaitForAsyncUtils.waitForFxEvents();
        return problems;
    }
}
