package org.nineones.ui.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.acceptance.Verdict;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordKind;
import org.nineones.service.acceptance.JudgementService.LineJudgements;
import org.nineones.service.records.RecordsFixture;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.LayoutCheck;
import org.nineones.ui.readiness.JudgementViewModel.RecordChoice;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 人工评定 of a checklist line: a refusal shows in the dialog, which stays open; a judgement with a note and a record
 * of duty performance is written and shows in the line's history; a record added through 新建记录… is offered
 * checked; an A line offers only 缺项 (where allowed) and 未评; the dialog fits 1024×600.
 */
class JudgementDialogUiTest extends UiTestBase {

    private FxRobot robot;
    private DutyRecord minutes;
    private DutyRecord trainingPhotos;
    private Workspace workspace;

    private <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    /** Presses a button, radio button or check box as the keyboard does (a press may open a nested dialog). */
    private void click(String id) {
        ButtonBase button = node(id);
        assertFalse(button.isDisabled(), id + " is disabled");
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Workspace openWorkspace() throws Exception {
        RecordsFixture f = new RecordsFixture(tempDir.resolve("数据"));
        LocalDate day = LocalDate.now().minusDays(3);
        minutes = f.service.add(f.workspace, RecordDraft.of(RecordKind.MEETING_MINUTES, "11月安全生产例会纪要", day,
                NineItem.RECORDS, "", null, List.of(), List.of()));
        trainingPhotos = f.service.add(f.workspace, RecordDraft.of(RecordKind.TRAINING_PHOTOS, "三级教育现场照片", day,
                NineItem.TRAINING, "", null, List.of(), List.of()));
        // the dialog needs the workspace, not the window's tabs: the readiness view hands it over the same way
        workspace = f.workspace;
        return workspace;
    }

    @AfterEach
    void closeIt() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private Window openDialog(Workspace ws, ChecklistTemplate template, String line, Runnable onSaved)
            throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        Platform.runLater(() -> JudgementDialog.show(ui.context, ws, template, line, onSaved));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> newDialog(before) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return newDialog(before);
    }

    private static Window newDialog(List<Window> before) {
        return Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElse(null);
    }

    private void type(String id, String text) {
        robot.interact(() -> {
            Node n = node(id);
            if (n instanceof TextArea area) {
                area.setText(text);
            } else {
                ((TextField) n).setText(text);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void recordsAJudgementWithANoteAndARecordAfterShowingTheRefusalInTheDialog(FxRobot robot) throws Exception {
        this.robot = robot;
        Workspace ws = openWorkspace();
        ChecklistTemplate template = ui.context.services().checklists().defaultTemplate();
        int[] saved = {0};
        Window dialog = openDialog(ws, template, "9.1", () -> saved[0]++);

        robot.interact(() -> {
            dialog.setWidth(Math.min(1024, dialog.getWidth()));
            dialog.setHeight(Math.min(600, dialog.getHeight()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), LayoutCheck.problems(dialog.getScene()), "the dialog fits 1024×600");
        assertTrue(((Label) node("judgementHeading")).getText().startsWith("检查项 9.1 · 9 一套公示与档案 · 5 分 · 证据 M"));
        assertTrue(((RadioButton) node("verdict-NOT_JUDGED")).isSelected(), "not judged yet");
        assertTrue(robot.lookup("#verdict-NOT_APPLICABLE").tryQuery().isEmpty(), "9.1 may not be 缺项");
        ListView<RecordChoice> records = node("judgementRecords");
        assertEquals(List.of(minutes.id()), records.getItems().stream().map(c -> c.record().id()).toList(),
                "the line's item only");
        assertTrue(node("judgementPoints").isDisabled());

        click("verdict-DEDUCTED");
        assertFalse(node("judgementPoints").isDisabled());
        type("judgementPoints", "2");
        click("judgementOkButton");
        assertTrue(dialog.isShowing(), "a refusal keeps the dialog open");
        assertEquals("检查项 9.1 扣了分：请在说明中写明扣分的原因（看到了什么、缺什么），它会印在扣分点及原因说明表中。",
                ((Label) node("judgementError")).getText());

        type("judgementNote", "缺少隐患排查记录和公示照片");
        type("judgementBy", "王建国");
        robot.interact(() -> records.getItems().get(0).selectedProperty().set(true));
        click("judgementOkButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertEquals(1, saved[0]);

        LineJudgements line = ui.context.services().judgements().line(ws, template, "9.1");
        LineJudgement current = line.current().orElseThrow();
        assertEquals(Verdict.DEDUCTED, current.verdict());
        assertEquals(new BigDecimal("2"), current.points());
        assertEquals("缺少隐患排查记录和公示照片", current.note());
        assertEquals("王建国", current.judgedBy());
        assertEquals(List.of(minutes.id()), current.recordIds());

        Window again = openDialog(ws, template, "9.1", null);
        assertTrue(((RadioButton) node("verdict-DEDUCTED")).isSelected(), "the judgement in force is shown");
        assertEquals("王建国", ((TextField) node("judgementBy")).getText(), "who judged last");
        ListView<String> history = node("judgementHistory");
        assertEquals(1, history.getItems().size());
        assertTrue(history.getItems().get(0).contains("扣分 2 分  王建国  缺少隐患排查记录和公示照片  依据专档记录 #"
                + minutes.id()), history.getItems().get(0));

        // 新建记录… opens the records tab's dialog; the new record comes back checked
        click("verdict-CONFIRMED");
        List<Window> before = List.copyOf(Window.getWindows());
        click("judgementAddRecord");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> newDialog(before) != null);
        robot.interact(() -> {
            ComboBox<RecordKind> kind = node("recordKindBox");
            kind.setValue(RecordKind.PUBLICITY_PHOTOS);
            ((TextField) node("recordTitleField")).setText("公示栏照片");
        });
        assertEquals(NineItem.RECORDS, ((ComboBox<?>) node("recordItemBox")).getValue(), "the line's item");
        click("recordOkButton");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<RecordChoice> now = node("judgementRecords");
        RecordChoice added = now.getItems().stream().filter(c -> c.record().title().equals("公示栏照片"))
                .findFirst().orElseThrow();
        assertTrue(added.selectedProperty().get());
        click("judgementOkButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !again.isShowing());
        LineJudgement confirmed = ui.context.services().judgements().line(ws, template, "9.1").current()
                .orElseThrow();
        assertEquals(Verdict.CONFIRMED, confirmed.verdict());
        assertEquals(List.of(added.record().id(), minutes.id()), confirmed.recordIds(),
                "the records of the judgement in force stay checked, the new one with them");
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
    }

    @Test
    void anAutomaticLineOffersOnlyNotApplicableWhereAllowedAndNotJudged(FxRobot robot) throws Exception {
        this.robot = robot;
        Workspace ws = openWorkspace();
        ChecklistTemplate template = ui.context.services().checklists().defaultTemplate();
        Window dialog = openDialog(ws, template, "5.2", null);
        assertTrue(robot.lookup("#verdict-NOT_APPLICABLE").tryQuery().isPresent());
        assertTrue(robot.lookup("#verdict-CONFIRMED").tryQuery().isEmpty());
        assertTrue(robot.lookup("#verdict-VETO_FAILED").tryQuery().isEmpty());
        ListView<RecordChoice> records = node("judgementRecords");
        assertEquals(List.of(trainingPhotos.id()), records.getItems().stream().map(c -> c.record().id()).toList());
        click("judgementOnlyItem");
        assertEquals(2, records.getItems().size(), "all records");
        click("verdict-NOT_APPLICABLE");
        type("judgementNote", "本企业无特种作业岗位");
        click("judgementOkButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertEquals(Verdict.NOT_APPLICABLE, ui.context.services().judgements().line(ws, template, "5.2").current()
                .orElseThrow().verdict());
        assertTrue(ui.context.services().readiness().assess(ws, template, LocalDate.now(), LocalDate.now()).lines()
                .stream().anyMatch(l -> l.id().equals("5.2") && l.notApplicable()));
    }

    @Test
    void aLongCriterionAndRuleShowWholeOnTheLinesTheyWrapTo(FxRobot robot) throws Exception {
        this.robot = robot;
        Workspace ws = openWorkspace();
        ChecklistTemplate template = ui.context.services().checklists().defaultTemplate();
        Window dialog = openDialog(ws, template, "9.2", null);
        javafx.scene.text.Text rule = node("judgementRule");
        assertEquals(template.line("9.2").orElseThrow().rule(), rule.getText(), "the rule whole, never cut");
        javafx.scene.text.Text oneLine = new javafx.scene.text.Text("一");
        oneLine.setFont(rule.getFont());
        assertTrue(rule.getLayoutBounds().getHeight() > 1.5 * oneLine.getLayoutBounds().getHeight(),
                "the long rule takes the lines it wraps to: " + rule.getLayoutBounds());
        Node criterion = node("judgementCriterion");
        assertTrue(criterion.getBoundsInParent().getMaxY() <= rule.getBoundsInParent().getMinY(),
                "the criterion's lines end above the rule");
        assertEquals(List.of(), LayoutCheck.problems(dialog.getScene()), "the dialog still fits");
        robot.interact(() -> ((javafx.stage.Stage) dialog).close());
    }
}
