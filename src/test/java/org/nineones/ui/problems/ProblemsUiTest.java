package org.nineones.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordKind;
import org.nineones.service.problems.OverdueMeasure;
import org.nineones.service.problems.ProblemService;
import org.nineones.service.problems.ProblemsFixture;
import org.nineones.service.records.RecordsFixture;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.LayoutCheck;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 问题清单 tab: a real findings file imported through the window (twice: "already imported"; another
 * enterprise's refused with its sentence), a measure added with its owner from the roster, done refused without
 * evidence then recorded with a duty record, the history shown, both printouts read back; and the readiness view's
 * overdue measures opening the problem with one click.
 */
class ProblemsUiTest extends UiTestBase {

    private FxRobot robot;

    private <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    private void click(String id) {
        robot.clickOn((Button) node(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fire(String id) {
        Button b = node(id);
        Platform.runLater(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String id, String text) {
        TextField field = node(id);
        robot.interact(() -> field.setText(text));
    }

    private Tab select(String tabId) {
        TabPane tabs = node("workspaceTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        return tab;
    }

    private String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private void printTo(String button, Path pdf) {
        ui.dialogs.files.add(pdf);
        fire(button);
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        preview.saveAs();
        preview.close();
    }

    @Test
    void importsAFindingsFileAddsAMeasureMarksItDoneWithEvidenceAndPrintsBoth(FxRobot robot) throws Exception {
        this.robot = robot;
        RecordsFixture f = new RecordsFixture(tempDir.resolve("数据"));
        DutyRecord notes = f.service.add(f.workspace, RecordDraft.of(RecordKind.INSPECTION_NOTES,
                "仓库风险告知卡张贴检查记录", LocalDate.now().minusDays(1), NineItem.RECORDS, "", null, List.of(),
                List.of()));
        Path file = f.workspace.file();
        f.workspace.close();
        Path findings = ProblemsFixture.ourFindingsFile(tempDir.resolve("检查发现问题清单.zip"));
        Path other = ProblemsFixture.writeFindings(tempDir.resolve("别家的清单.zip"), "青岛另一化工有限公司",
                ProblemsFixture.OTHER_CODE, ProblemsFixture.twoFindings());
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        Tab tab = select("problemsTab");
        assertEquals("问题清单", tab.getText());
        TableView<ListedProblem> table = node("problemsTable");
        assertEquals(0, table.getItems().size());

        ui.dialogs.files.add(other);
        click("problemsImportButton");
        assertTrue(ui.dialogs.errors.get(ui.dialogs.errors.size() - 1).contains("不是本企业"), ui.dialogs.errors
                .toString());
        assertEquals(0, table.getItems().size(), "another enterprise's file writes nothing");
        ui.dialogs.files.add(findings);
        click("problemsImportButton");
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).contains("新增问题 2 个"), ui.dialogs.infos
                .toString());
        assertEquals(List.of("仓库风险告知卡未张贴", "配电室灭火器过期"), table.getItems().stream()
                .map(p -> p.problem().seen()).toList());
        ui.dialogs.files.add(findings);
        click("problemsImportButton");
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).contains("导入过"), ui.dialogs.infos.toString());
        assertEquals(2, table.getItems().size(), "imported twice changes nothing");

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "the tab fits 1024×600");
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "the tab fits 1366×768");

        // a measure: owner from the roster, deadline required
        robot.interact(() -> table.getSelectionModel().select(0));
        click("problemsAddMeasureButton");
        assertTrue(node("measureOkButton").isDisabled());
        type("measureTextField", "在仓库入口张贴风险告知卡");
        ComboBox<ProblemService.Owner> owner = node("measureOwnerBox");
        robot.interact(() -> owner.setValue(owner.getItems().stream().filter(o -> o.name().equals("李四"))
                .findFirst().orElseThrow()));
        DatePicker deadline = node("measureDeadlinePicker");
        LocalDate own = table.getItems().get(0).problem().deadline();
        assertEquals(own.isBefore(LocalDate.now()) ? null : own, deadline.getValue(), "the problem's own, unless past");
        robot.interact(() -> deadline.setValue(null));
        assertTrue(node("measureOkButton").isDisabled(), "a deadline is required");
        robot.interact(() -> deadline.setValue(LocalDate.of(2027, 1, 20)));
        click("measureOkButton");
        TableView<Measure> measures = node("problemsMeasuresTable");
        assertEquals(1, measures.getItems().size());
        assertEquals("李四（A002）", ((TableView<?>) measures).getColumns().get(2).getCellData(0));
        assertEquals("1", table.getColumns().get(7).getCellData(0));

        // done without evidence: refused with its sentence, nothing written
        robot.interact(() -> measures.getSelectionModel().select(0));
        click("problemsStatusButton");
        ComboBox<MeasureStatus> status = node("statusBox");
        robot.interact(() -> status.setValue(MeasureStatus.DONE));
        click("statusOkButton");
        assertTrue(ui.dialogs.errors.get(ui.dialogs.errors.size() - 1).contains("没有任何证据"), ui.dialogs.errors
                .toString());
        assertEquals(MeasureStatus.OPEN, measures.getItems().get(0).status());
        // done with the duty record as evidence
        click("problemsStatusButton");
        robot.interact(() -> ((ComboBox<MeasureStatus>) node("statusBox")).setValue(MeasureStatus.DONE));
        ListView<DutyRecord> records = node("statusRecordList");
        robot.interact(() -> records.getSelectionModel().select(records.getItems().stream()
                .filter(r -> r.id() == notes.id()).findFirst().orElseThrow()));
        type("statusNoteField", "已张贴并检查");
        click("statusOkButton");
        Measure done = measures.getItems().get(0);
        assertEquals(MeasureStatus.DONE, done.status());
        assertEquals(notes.id(), done.records().get(0).id());
        assertEquals("待验证", table.getColumns().get(8).getCellData(0));
        String details = ((TextArea) node("problemsDetails")).getText();
        assertTrue(details.contains("专档记录 #" + notes.id()) && details.contains("新增") && details.contains("状态变更")
                && details.contains("已张贴并检查"), details);

        // 整改清单 (everything) and 整改报告 of the file chosen
        Path list = tempDir.resolve("整改清单.pdf");
        printTo("problemsPrintListButton", list);
        String listText = pdfText(list);
        assertTrue(listText.contains("整改清单") && listText.contains("在仓库入口张贴风险告知卡")
                && listText.contains("李四") && listText.contains("已完成") && listText.contains("尚未制定整改措施"),
                listText);
        ComboBox<?> fileBox = node("problemsFileBox");
        assertEquals(1, fileBox.getSelectionModel().getSelectedIndex(), "the file just imported is shown");
        robot.interact(() -> fileBox.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((Button) node("problemsPrintReportButton")).isDisabled(), "a report needs its findings file");
        assertTrue(((Button) node("problemsClosingButton")).isDisabled(), "so does a closing package");
        robot.interact(() -> fileBox.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getItems().size());
        Path report = tempDir.resolve("整改报告.pdf");
        printTo("problemsPrintReportButton", report);
        String reportText = pdfText(report);
        assertTrue(reportText.contains("整改报告") && reportText.contains("仓库风险告知卡未张贴")
                && reportText.contains("仓库风险告知卡张贴检查记录") && reportText.contains("企业主要负责人（签字）")
                && reportText.contains("王检查"), reportText);
        assertTrue(ui.dialogs.errors.size() == 2, ui.dialogs.errors.toString());
    }

    @Test
    void anOverdueMeasureShowsInTheReadinessViewAndOneClickOpensItsProblem(FxRobot robot) throws Exception {
        this.robot = robot;
        RecordsFixture f = new RecordsFixture(tempDir.resolve("数据"));
        ProblemService problems = ui.context.services().problems();
        problems.importFindings(f.workspace, ProblemsFixture.ourFindingsFile(tempDir.resolve("清单.zip")));
        ListedProblem second = problems.list(f.workspace).get(1);
        Measure late = problems.addMeasure(f.workspace, second.problem().id(), new MeasureDraft("更换灭火器",
                f.zhang.id(), LocalDate.now().minusDays(3)));
        Path file = f.workspace.file();
        f.workspace.close();
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();

        Tab readiness = select("readinessTab");
        TableView<OverdueMeasure> overdue = node("readinessOverdueTable");
        assertEquals(1, overdue.getItems().size());
        assertEquals(late.id(), overdue.getItems().get(0).measure().id());
        assertEquals(3, overdue.getItems().get(0).daysOverdue());
        TabPane inner = node("readinessTabs");
        Tab overdueTab = inner.getTabs().stream().filter(t -> "readinessOverdueTab".equals(t.getId())).findFirst()
                .orElseThrow();
        assertEquals("逾期整改（1）", overdueTab.getText());
        robot.interact(() -> inner.getSelectionModel().select(overdueTab));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((Hyperlink) node("overdueLink" + late.id()));
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = node("workspaceTabs");
        assertEquals("problemsTab", tabs.getSelectionModel().getSelectedItem().getId());
        assertFalse(readiness.isSelected());
        TableView<ListedProblem> table = node("problemsTable");
        assertEquals(second.problem().id(), table.getSelectionModel().getSelectedItem().problem().id());
        TableView<Measure> measures = node("problemsMeasuresTable");
        assertEquals("未开始（逾期）", measures.getColumns().get(4).getCellData(0));
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
    }
}
