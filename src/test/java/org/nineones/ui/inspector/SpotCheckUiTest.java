package org.nineones.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.Inspection;
import org.nineones.service.Progress;
import org.nineones.service.inspection.DrawResult;
import org.nineones.service.inspection.FramePerson;
import org.nineones.service.inspection.SamplePackage;
import org.nineones.service.inspection.SpotCheck;
import org.nineones.store.InspectionFile;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.Fonts;
import org.nineones.ui.common.LayoutCheck;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 抽查 tab: a blank seed draws with a new seed shown; a typed seed draws the people the draw service gives for it;
 * a worker's answers stay hidden until asked; a rating with note and photo; an absent worker replaced (a blank reason
 * refused); a new draw disabled and refused once someone is rated; the spot-check record printed through the
 * preview and read back; the tab fits 1024×600 with a worker shown.
 */
class SpotCheckUiTest extends UiTestBase {

    private static final long SEED = 20261207L;

    @Test
    void theInspectorDrawsQuestionsRatesAndReplaces(FxRobot robot) throws Exception {
        SamplePackage sample = SamplePackage.get();
        Path file = tempDir.resolve("检查").resolve("县局" + InspectionFile.EXTENSION);
        Files.createDirectories(file.getParent());
        Inspection inspection;
        try (InspectionFile f = ui.context.services().inspections().create(file, "县局")) {
            inspection = ui.context.services().inspections().openPackage(f, sample.zip(), null, Progress.NONE).inspection();
        }
        Fonts.load();
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        robot.interact(() -> ui.main.start(List.of(file.toString())));
        ListView<Inspection> inspections = robot.lookup("#inspectionTable").query();
        robot.interact(() -> inspections.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#inspectionTabs").query();
        Tab tab = tabs.getTabs().stream().filter(t -> "inspSpotTab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "the spot check before a draw");
        SpotCheckPart part = (SpotCheckPart) tab.getContent().getProperties().get(SpotCheckPart.class);

        TextField seed = robot.lookup("#spotSeedField").query();
        TextField shown = robot.lookup("#spotSeedShown").query();
        Button draw = robot.lookup("#spotDrawButton").query();
        TableView<SpotCheckPart.WorkerRow> workers = robot.lookup("#spotWorkerTable").query();
        TableView<?> plan = robot.lookup("#spotPlanTable").query();

        // a blank seed: a new one, shown and selectable
        robot.interact(draw::fire);
        assertTrue(shown.getText().matches("[0-9]{8}"), shown.getText());
        assertFalse(shown.isEditable());
        assertFalse(workers.getItems().isEmpty());
        assertTrue(workers.getColumns().stream().noneMatch(c -> c.isSortable()), "the draw's order cannot be sorted away");

        // a size that is not a number: its sentence, nothing drawn
        String before = shown.getText();
        robot.interact(() -> {
            seed.setText(Long.toString(SEED));
            robot.lookup("#spotSizeField").queryAs(TextField.class).setText("五");
            draw.fire();
        });
        assertTrue(ui.dialogs.lastError().contains("“五”"), ui.dialogs.lastError());
        assertEquals(before, shown.getText());

        // a typed seed: the people the draw service gives for this package and seed, the plan per org unit
        robot.interact(() -> {
            robot.lookup("#spotSizeField").queryAs(TextField.class).clear();
            seed.setText(Long.toString(SEED));
            draw.fire();
        });
        DrawResult expected = ui.context.services().draws().draw(sample.zip(), SEED, null, null);
        assertEquals(Long.toString(SEED), shown.getText());
        assertEquals(expected.people().stream().map(DrawResult.Drawn::person).toList(),
                workers.getItems().stream().map(r -> r.worker().person()).toList());
        assertEquals(expected.plan().size(), plan.getItems().size());
        Label frame = robot.lookup("#spotFrame").query();
        assertEquals(expected.frameSha256(), frame.getTooltip().getText());
        assertTrue(robot.lookup("#spotAlgorithm").queryAs(Label.class).getText().contains(expected.algorithm()));

        // a worker's screen: the post's content, the answers hidden until asked
        SpotCheckPart.WorkerRow first = workers.getItems().get(0);
        robot.interact(() -> workers.getSelectionModel().select(first));
        WaitForAsyncUtils.waitForFxEvents();
        String content = robot.lookup("#spotPostContent").queryAs(TextArea.class).getText();
        assertTrue(content.contains("【岗位安全生产责任清单】") && content.contains("【应急处置卡】"), content);
        Label answer = robot.lookup("#spotAnswer1").query();
        assertFalse(answer.isVisible());
        assertTrue(robot.lookup("#spotAnswer2").tryQuery().isPresent(), "two questions at least");
        robot.interact(() -> robot.lookup("#spotShowAnswer1").queryAs(Button.class).fire());
        assertTrue(answer.isVisible());
        assertFalse(robot.lookup("#spotAnswer2").queryAs(Label.class).isVisible());
        assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "the spot check with a worker shown");

        // rated with a note and a photo, after the confirmation
        Path photo = tempDir.resolve("现场照片.png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        ui.dialogs.files.add(photo);
        robot.interact(() -> {
            robot.lookup("#spotPhotoButton").queryAs(Button.class).fire();
            robot.lookup("#spotRate_BASICALLY_FAMILIAR").queryAs(ToggleButton.class).fire();
            robot.lookup("#spotNote").queryAs(TextField.class).setText("应急处置步骤答得不全");
        });
        int questions = ui.dialogs.questions.size();
        robot.interact(() -> robot.lookup("#spotSaveRatingButton").queryAs(Button.class).fire());
        assertEquals(questions + 1, ui.dialogs.questions.size(), "a confirmation before the final rating");
        SpotCheck check = current(part);
        SpotCheck.Rating rating = check.rating(first.worker().person()).orElseThrow();
        assertEquals(Familiarity.BASICALLY_FAMILIAR, rating.familiarity());
        assertEquals("应急处置步骤答得不全", rating.note());
        assertEquals("现场照片.png", rating.photo().name());
        assertEquals("image/png", rating.photo().type());
        assertNotEquals("", robot.lookup("#spotRecorded").queryAs(Label.class).getText());
        assertEquals(ui.context.messages().get(Familiarity.BASICALLY_FAMILIAR.labelKey()),
                workers.getItems().get(0).status());

        // a new draw: disabled with its hint, and refused by the service with its sentence
        assertTrue(draw.isDisabled());
        assertTrue(robot.lookup("#spotRedrawHint").queryAs(Label.class).isVisible());
        robot.interact(() -> part.model().draw("", "", null, () -> { }));
        assertTrue(ui.dialogs.lastError().contains("不能重新抽取"), ui.dialogs.lastError());
        assertEquals(Long.toString(SEED), shown.getText());

        // an absent worker: no reason given (确定 cannot be pressed on a blank line), nothing replaced; with a
        // reason, replaced by the draw's next one, shown
        SpotCheckPart.WorkerRow absent = workers.getItems().get(1);
        robot.interact(() -> workers.getSelectionModel().select(absent));
        int errors = ui.dialogs.errors.size();
        ui.dialogs.texts.add(" ");
        robot.interact(() -> robot.lookup("#spotReplaceButton").queryAs(Button.class).fire());
        assertEquals(errors, ui.dialogs.errors.size());
        assertTrue(current(part).replacements().isEmpty());
        ui.dialogs.texts.add("病假");
        robot.interact(() -> robot.lookup("#spotReplaceButton").queryAs(Button.class).fire());
        SpotCheck.Replacement replaced = current(part).replacementOf(absent.worker().person())
                .orElseThrow();
        assertEquals("病假", replaced.reason());
        FramePerson next = replaced.replacement();
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).contains(next.name()));
        assertEquals(next, workers.getSelectionModel().getSelectedItem().worker().person());
        assertTrue(workers.getSelectionModel().getSelectedItem().marks()
                .contains(ui.context.messages().get("spot.mark.replacement")));
        assertEquals(ui.context.messages().get("spot.status.absent"), workers.getItems().get(1).status());

        // 打印抽查记录: assembled from the inspection file, in the print preview, saved and read back
        Button print = robot.lookup("#spotPrintButton").query();
        assertFalse(print.isDisabled());
        Path pdf = tempDir.resolve("抽查记录.pdf");
        ui.dialogs.files.add(pdf);
        Platform.runLater(print::fire);
        WaitForAsyncUtils.waitForFxEvents();
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        preview.saveAs();
        preview.close();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains(Long.toString(SEED)), text);
            assertTrue(text.contains(next.name()) && text.contains("病假"), text);
            assertTrue(text.contains("应急处置步骤答得不全"), text);
        }
    }

    private SpotCheck current(SpotCheckPart part) {
        return ui.context.services().spotChecks().current(part.model().file(), part.model().inspection()).orElseThrow();
    }
}
