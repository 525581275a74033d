package org.nineones.ui.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.service.acceptance.ReadinessOverview;
import org.nineones.service.training.TrainingWorkspaces;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.LayoutCheck;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 验收准备 is the first tab of a workspace and shows the score the service computes; a next step opens the post's
 * content that fixes it; a self-assessment is signed through the dialog and two are compared; the screen fits
 * 1024×600.
 */
class ReadinessUiTest extends UiTestBase {

    private FxRobot robot;

    private <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    private void fire(String id) {
        Button button = node(id);
        assertFalse(button.isDisabled(), id + " is enabled");
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a button that opens a modal dialog: later on the FX thread, so the robot is not held by it. */
    private void open(String id) {
        Button button = node(id);
        assertFalse(button.isDisabled(), id + " is enabled");
        javafx.application.Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow();
    }

    @Test
    void showsTheScoreFirstOpensTheScreenThatFixesADeductionAndSignsSelfAssessments(FxRobot robot) throws Exception {
        this.robot = robot;
        Path file = tempDir.resolve("数据").resolve("准备.nineones");
        java.nio.file.Files.createDirectories(file.getParent());
        Path minutes = java.nio.file.Files.writeString(tempDir.resolve("例会纪要.txt"), "十一月安全例会纪要");
        try (Workspace ws = TrainingWorkspaces.create(file, false)) {
            TrainingWorkspaces.populate(ws);
            // a dated record: a self-assessment needs one
            ui.context.services().dutyRecords().add(ws, org.nineones.model.records.RecordDraft.of(
                    org.nineones.model.records.RecordKind.MEETING_MINUTES, "安全例会纪要", LocalDate.now().minusDays(3),
                    org.nineones.model.acceptance.NineItem.RECORDS, "", null, List.of(), List.of(minutes)));
        }
        ChecklistTemplate template = ui.context.services().checklists().defaultTemplate();
        ChecklistScore expected;
        try (Workspace ws = ui.context.services().workspaces().open(file)) {
            expected = ui.context.services().readiness().assess(ws, template, LocalDate.now(), LocalDate.now());
        }
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
            ui.main.open(file);
        });
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = node("workspaceTabs");
        Tab first = tabs.getTabs().get(0);
        assertEquals("readinessTab", first.getId());
        assertEquals("验收准备", first.getText());
        assertEquals(first, tabs.getSelectionModel().getSelectedItem(), "the readiness view is shown first");
        assertEquals(Points.text(expected.score()) + " / 100 分", ((Label) node("readinessScore")).getText());
        assertEquals("不通过限期整改通过".contains(((Label) node("readinessConclusion")).getText()), true);
        assertEquals(9, ((VBox) node("readinessItems")).getChildren().size());
        assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "the view fits 1024×600");

        TableView<ReadinessOverview.NextStep> steps = node("readinessStepsTable");
        assertFalse(steps.getItems().isEmpty(), "an enterprise without content has things to do");
        ReadinessOverview.NextStep post = steps.getItems().stream()
                .filter(s -> s.lineId().equals("2.1")).findFirst().orElseThrow();
        assertTrue(post.charges().get(0).target().kind() == org.nineones.model.acceptance.TargetKind.POST);
        robot.interact(() -> {
            steps.getSelectionModel().select(post);
            steps.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("orgTab", tabs.getSelectionModel().getSelectedItem().getId(), "Enter opens the org screen");

        // a tile shows its item's lines in 扣分明细
        robot.interact(() -> tabs.getSelectionModel().select(first));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#readinessItem2").queryAs(VBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane inner = node("readinessTabs");
        assertEquals("readinessDeductionsTab", inner.getSelectionModel().getSelectedItem().getId());
        TreeTableView<DeductionsPane.Row> tree = node("deductionsTree");
        assertTrue(tree.getRoot().getChildren().stream().allMatch(i -> ((DeductionsPane.LineRow) i.getValue())
                .line().item() == 2), "only item 2's lines");

        // the score by month is read when its tab comes into view: the months since the first record (3 days ago)
        robot.interact(() -> inner.getSelectionModel().select(inner.getTabs().stream()
                .filter(t -> "readinessChartTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.LineChart<?, ?> chart = node("readinessChart");
        int months = java.time.YearMonth.from(LocalDate.now()).equals(java.time.YearMonth.from(
                LocalDate.now().minusDays(3))) ? 1 : 2;
        assertEquals(months, chart.getData().get(0).getData().size());
        assertEquals(expected.score().doubleValue(), ((Number) chart.getData().get(0).getData().get(months - 1)
                .getYValue()).doubleValue(), 0.001, "this month is today's score");

        // a manual line is judged through its dialog
        robot.interact(() -> {
            javafx.scene.control.ComboBox<Integer> items = robot.lookup("#deductionsItemBox").query();
            items.setValue(3);
            items.getOnAction().handle(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeItem<DeductionsPane.Row> manual = tree.getRoot().getChildren().stream()
                .filter(i -> ((DeductionsPane.LineRow) i.getValue()).line().evidence().manual()).findFirst()
                .orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(manual));
        open("deductionsJudgeButton");
        Window judge = dialog();
        assertEquals("人工评定", ((javafx.stage.Stage) judge).getTitle());
        cancel(judge);

        // the grid line (evidence A) may be judged too, to mark it 缺项
        robot.interact(() -> {
            javafx.scene.control.ComboBox<Integer> items = robot.lookup("#deductionsItemBox").query();
            items.setValue(9);
            items.getOnAction().handle(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeItem<DeductionsPane.Row> grids = tree.getRoot().getChildren().stream()
                .filter(i -> ((DeductionsPane.LineRow) i.getValue()).line().id().equals("9.2")).findFirst()
                .orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(grids));
        assertFalse(((Button) node("deductionsJudgeButton")).isDisabled(), "9.2 may be marked 缺项");
        open("deductionsJudgeButton");
        Window gridJudge = dialog();
        assertTrue(robot.lookup("#verdict-NOT_APPLICABLE").tryQuery().isPresent(), "缺项 offered");
        cancel(gridJudge);

        // sign twice and compare
        for (String name : List.of("王建国", "李安全")) {
            open("readinessSignButton");
            Window dialog = dialog();
            assertEquals(List.of(), LayoutCheck.problems(dialog.getScene()), "the sign dialog fits");
            assertTrue(((Button) node("signOkButton")).isDisabled(), "a name is needed");
            TextField field = node("signNameField");
            robot.interact(() -> field.setText(name));
            fire("signOkButton");
        }
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
        assertEquals("readinessHistoryTab", inner.getSelectionModel().getSelectedItem().getId(),
                ui.dialogs.infos.toString());
        TableView<SelfAssessment> history = node("historyTable");
        assertEquals(2, history.getItems().size());
        assertEquals("李安全", history.getItems().get(0).signedBy(), "the latest first");
        assertEquals(expected.score(), history.getItems().get(1).score());
        robot.interact(() -> history.getSelectionModel().selectAll());
        fire("historyCompareButton");
        TableView<?> comparison = node("historyComparison");
        assertEquals(template.lines().size(), comparison.getItems().size());
        assertTrue(((Label) node("historyComparisonTitle")).getText().startsWith("自评 #1"),
                ((Label) node("historyComparisonTitle")).getText());
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).startsWith("已记录自评 #2"), ui.dialogs.infos.toString());

        // the signed report in the print preview
        robot.interact(() -> {
            history.getSelectionModel().clearSelection();
            history.getSelectionModel().select(0);
        });
        open("historyPrintButton");
        Window preview = Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof javafx.stage.Stage s
                && s.getTitle() != null && s.getTitle().contains("自评报告 #2")).findFirst().orElseThrow();
        cancel(preview);
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
    }

    private void cancel(Window dialog) {
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        javafx.scene.control.ButtonType cancel = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(cancel)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCountysChecklistSheetWithErrorsIsRefusedWholeAndAGoodOneIsScored(FxRobot robot) throws Exception {
        this.robot = robot;
        Path file = tempDir.resolve("数据").resolve("标准.nineones");
        java.nio.file.Files.createDirectories(file.getParent());
        try (Workspace ws = TrainingWorkspaces.create(file, false)) {
            TrainingWorkspaces.populate(ws);
        }
        // the county's sheet: the default exported under its own name, then one with a bad line
        ChecklistTemplate county = ui.context.services().checklists().defaultTemplate().named("某县验收标准", "2027.1");
        Path good = tempDir.resolve("某县验收标准.xlsx");
        ui.context.services().checklists().exportExcel(county, good);
        Path bad = tempDir.resolve("有错的标准.xlsx");
        negativePoints(good, bad, "1.1");
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuButton menu = node("readinessChecklistMenu");

        ui.dialogs.files.add(bad);
        javafx.application.Platform.runLater(() -> menu.getItems().get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Window refused = dialog();
        TableView<?> errors = robot.lookup("#errorTable").queryAs(TableView.class);
        assertEquals(1, errors.getItems().size(), "the row with negative points");
        assertTrue(((Button) node("importChecklistButton")).isDisabled(), "nothing may be imported");
        assertFalse(robot.lookup("#skipInvalidBox").queryAs(javafx.scene.control.CheckBox.class).isVisible(),
                "no choice to leave rows out");
        DialogPane pane = (DialogPane) refused.getScene().getRoot();
        javafx.scene.control.ButtonType cancel = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(cancel)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> templates = node("readinessTemplateBox");
        assertEquals(1, templates.getItems().size(), "nothing was imported");

        ui.dialogs.files.add(good);
        javafx.application.Platform.runLater(() -> menu.getItems().get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = dialog();
        assertEquals(List.of(), LayoutCheck.problems(dialog.getScene()), "the preview fits");
        fire("importChecklistButton");
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).startsWith("已导入验收标准“某县验收标准”版本 2027.1"),
                ui.dialogs.infos.toString());
        javafx.scene.control.ComboBox<?> box = node("readinessTemplateBox");
        assertEquals(2, box.getItems().size());
        assertTrue(((Label) node("readinessSummary")).getText().startsWith("验收标准：某县验收标准（2027.1 版）"),
                ((Label) node("readinessSummary")).getText());
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
    }

    /** A copy of a checklist sheet with the points of one line made negative. */
    private static void negativePoints(Path from, Path to, String lineId) throws Exception {
        try (var in = java.nio.file.Files.newInputStream(from);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            int pointsColumn = -1;
            for (var row : sheet) {
                for (var cell : row) {
                    String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            ? cell.getStringCellValue() : "";
                    if (text.equals("分值")) {
                        pointsColumn = cell.getColumnIndex();
                    }
                }
                var first = row.getCell(0);
                if (pointsColumn >= 0 && first != null && first.toString().strip().equals(lineId)) {
                    row.getCell(pointsColumn).setCellValue(-5);
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(to)) {
                book.write(out);
            }
        }
    }
}
