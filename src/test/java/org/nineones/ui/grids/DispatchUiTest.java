package org.nineones.ui.grids;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.nineones.service.grids.DispatchDraft;
import org.nineones.service.grids.DispatchFixture;
import org.nineones.service.grids.DispatchService;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 网格调度 tab on a workspace with a grid: November's report listed with the areas that did not report; one
 * area recorded through the form (not settled: the problem list gains its problem), the inspectors' sheet imported,
 * a refused sheet's sentence shown, the month's blank sheet refused over the workspace then saved and read back with
 * POI, a report's photo opened as a read-only copy, and the month's summary printed from the preview and read back.
 */
class DispatchUiTest extends UiTestBase {

    private FxRobot robot;

    private <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    private void click(String id) {
        robot.clickOn((Button) node(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void listsTheMonthRecordsImportsAndPrintsItsSummary(FxRobot robot) throws Exception {
        this.robot = robot;
        DispatchFixture f = new DispatchFixture(tempDir.resolve("数据"));
        YearMonth november = YearMonth.of(2026, 11);
        Path photo = f.problems.records.png("罐区巡查.png", 600);
        f.service.record(f.workspace, new DispatchDraft(f.tankFarm.id(), november, LocalDate.of(2026, 11, 5),
                "赵网格", "", "", true, List.of(photo), null));
        Path folder = Files.createDirectories(tempDir.resolve("网格员交来的"));
        Path sheet = DispatchFixture.sheet(folder.resolve("调度表.xlsx"), List.of(
                List.of("1号罐组", "2026-11-07", "赵网格", "呼吸阀锈蚀", "已报设备部", "否", "")));
        Path bad = DispatchFixture.sheet(folder.resolve("有误.xlsx"), List.of(
                List.of("锅炉房", "2026-11-07", "赵网格", "", "", "是", "")));
        Path file = f.workspace.file();
        f.workspace.close();
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = node("workspaceTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> "dispatchTab".equals(t.getId())).findFirst().orElseThrow();
        assertEquals("网格调度", tab.getText());
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<YearMonth> month = node("dispatchMonthBox");
        robot.interact(() -> month.setValue(november));
        robot.interact(() -> month.getOnAction().handle(null));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DispatchService.ReportLine> table = node("dispatchTable");
        ListView<String> missing = node("dispatchNotReportedList");
        assertEquals(List.of("示范化工有限公司/罐区"), table.getItems().stream().map(DispatchService.ReportLine::area)
                .toList());
        assertEquals(3, missing.getItems().size());

        // one area through the form: not settled, so a problem for its specific responsible person
        click("dispatchRecordButton");
        assertTrue(node("dispatchOkButton").isDisabled());
        ComboBox<DispatchService.AreaChoice> area = node("dispatchAreaBox");
        robot.interact(() -> area.setValue(area.getItems().stream().filter(a -> a.path().endsWith("仓库"))
                .findFirst().orElseThrow()));
        DatePicker day = node("dispatchDayPicker");
        robot.interact(() -> day.setValue(LocalDate.of(2026, 11, 20)));
        robot.interact(() -> ((TextField) node("dispatchCheckerField")).setText("钱网格"));
        robot.interact(() -> ((CheckBox) node("dispatchSettledBox")).setSelected(false));
        assertTrue(node("dispatchOkButton").isDisabled(), "not settled needs what was found");
        robot.interact(() -> ((TextField) node("dispatchFoundField")).setText("货架超高堆放"));
        click("dispatchOkButton");
        assertEquals(2, table.getItems().size());
        assertEquals("问题 1：整改中", table.getColumns().get(5).getCellData(1), "the problem's number and state");
        assertTrue(((javafx.scene.control.Label) node("dispatchCount")).getText().startsWith("已上报 2/4 个网格"));

        // the sheet: refused with its sentence, then imported
        ui.dialogs.files.add(bad);
        click("dispatchImportButton");
        assertTrue(ui.dialogs.errors.get(ui.dialogs.errors.size() - 1).contains("第 3 行：网格中找不到“锅炉房”"),
                ui.dialogs.errors.toString());
        ui.dialogs.files.add(sheet);
        click("dispatchImportButton");
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).contains("1 个网格，其中 1 个"),
                ui.dialogs.infos.toString());
        assertEquals(3, table.getItems().size());
        assertEquals(List.of("装卸站"), missing.getItems(), "by the path below the enterprise, as on the summary");

        // the blank sheet of the month: never over the workspace; then where the user says, read back
        Button template = node("dispatchTemplateButton");
        ui.dialogs.files.add(file);
        click("dispatchTemplateButton");
        assertTrue(ui.dialogs.lastError() != null && ui.dialogs.lastError().contains(file.getFileName().toString()),
                ui.dialogs.errors.toString());
        Path blank = tempDir.resolve("调度表模板.xlsx");
        ui.dialogs.files.add(blank);
        robot.clickOn(template);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ui.dialogs.lastInfo().contains("调度登记表"));
        assertTrue(ui.dialogs.lastInfo().contains(blank.toAbsolutePath().toString()), ui.dialogs.lastInfo());
        try (InputStream in = Files.newInputStream(blank); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            List<String> header = new ArrayList<>();
            s.getRow(1).forEach(c -> header.add(cells.formatCellValue(c)));
            assertEquals(List.of("网格", "检查日期", "检查人", "发现问题", "处理情况", "是否当场整改", "照片"), header);
            assertEquals(List.of("示范化工有限公司/装卸站", 2), List.of(cells.formatCellValue(s.getRow(2).getCell(0)),
                    s.getLastRowNum()), "one row: the area still to report");
        }

        // the tank farm's photo: opened as a read-only copy with the same bytes; a report without photos has none
        Button photos = node("dispatchPhotosButton");
        robot.interact(() -> table.getSelectionModel().select(1));
        assertTrue(photos.isDisabled(), "no photos");
        robot.interact(() -> table.getSelectionModel().select(0));
        assertEquals("1 张", table.getColumns().get(6).getCellData(0));
        click("dispatchPhotosButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !ui.dialogs.openedFolders.isEmpty());
        Path copy = ui.dialogs.openedFolders.get(ui.dialogs.openedFolders.size() - 1);
        assertEquals("罐区巡查.png", copy.getFileName().toString());
        assertArrayEquals(Files.readAllBytes(photo), Files.readAllBytes(copy));
        assertTrue(Files.getPosixFilePermissions(copy).stream().noneMatch(p -> p.name().endsWith("WRITE")),
                Files.getPosixFilePermissions(copy).toString());

        Path pdf = tempDir.resolve("网格月度调度汇总.pdf");
        ui.dialogs.files.add(pdf);
        click("dispatchPrintButton");
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        preview.saveAs();
        preview.close();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("3/4") && text.contains("货架超高堆放") && text.contains("装卸站"), text);
        }
    }
}
