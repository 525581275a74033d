package org.nineones.ui.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.county.CountyRow;
import org.nineones.model.county.EnterpriseRow;
import org.nineones.model.inspection.Inspection;
import org.nineones.service.county.InspectionFiles;
import org.nineones.service.county.SyntheticInspections;
import org.nineones.store.DeskStore;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.Fonts;
import org.nineones.ui.common.LayoutCheck;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The county desk in the inspector's window (issue 14, point 3): 县级汇总… from the welcome page's inspector side and
 * back, then from the inspector's toolbar: a desk file
 * opened (it already holds an enterprise concluded 限期整改 twice), two real inspection files loaded at once (the
 * sample enterprise signed, and the same package opened unsigned), a batch refused naming its duplicate row and
 * nothing added, then a batch imported with an enterprise not inspected; the county table with its total, the
 * colour as a coloured cell, the interview and the enterprise not inspected; the workbook read back with POI and the
 * PDF saved from the print preview read back with PDFBox; the view fits 1024×600 and 1366×768; 返回 closes the desk.
 */
class CountyDeskUiTest extends UiTestBase {

    private static final String INTERVIEWED = "反复整改化工厂";
    private static final String OTHER_COUNTY = "东湖区";
    private static final String NO_COUNTY = "未填县区的化工厂";

    @Test
    void theInspectorSummarisesInspectionFilesPerCountyAndPrintsTheSummary(FxRobot robot) throws Exception {
        InspectionFiles files = InspectionFiles.get();
        Inspection sample = files.result().inspection();
        Path signed = Files.copy(files.signed(), tempDir.resolve("第一组.nineinspect"));
        Path unsigned = Files.copy(files.unsigned(), tempDir.resolve("第二组.nineinspect"));
        String interviewed = SyntheticInspections.creditCode(515151);
        Path deskFile = tempDir.resolve("县级").resolve("汇总库" + DeskStore.EXTENSION);
        Files.createDirectories(deskFile.getParent());
        try (DeskStore desk = DeskStore.openFile(deskFile)) {
            ui.context.services().countyDesk().insert(desk, List.of(
                    SyntheticInspections.signed(INTERVIEWED, interviewed, OTHER_COUNTY, true, "2026-05-10 09:00:00",
                            "68", Conclusion.RECTIFY, List.of(SyntheticInspections.line("2.1", "6")), List.of()),
                    SyntheticInspections.signed(INTERVIEWED, interviewed, OTHER_COUNTY, true, "2026-11-10 09:00:00",
                            "71", Conclusion.RECTIFY, List.of(SyntheticInspections.line("2.1", "5")), List.of()),
                    SyntheticInspections.signed(NO_COUNTY, SyntheticInspections.creditCode(535353), "", false,
                            "2026-11-12 09:00:00", "93", Conclusion.PASS, List.of(), List.of())));
        }

        // the welcome page's inspector side opens the desk too; 返回 gives the welcome page back
        fire(robot, "inspectorSideButton");
        fire(robot, "welcomeCountyDeskButton");
        assertNotNull(robot.lookup("#countyDeskView").query());
        assertFalse(robot.lookup("#welcomeCountyDeskButton").tryQuery().isPresent());
        fire(robot, "deskBackButton");
        assertTrue(robot.lookup("#countyDeskView").tryQuery().isEmpty());
        assertTrue(robot.lookup("#welcomeCountyDeskButton").query().isVisible());

        // the inspector's window, then 县级汇总…
        ui.dialogs.files.add(tempDir.resolve("检查档案"));
        robot.interact(() -> ui.main.newInspectionFile());
        WaitForAsyncUtils.waitForFxEvents();
        fire(robot, "countyDeskButton");
        assertNotNull(ui.main.inspector().countyDesk());
        assertTrue(robot.lookup("#inspectionTable").tryQuery().isEmpty(), "the desk takes the window");
        assertTrue(((ButtonBase) robot.lookup("#deskLoadButton").query()).isDisabled(), "no desk open yet");

        ui.dialogs.files.add(deskFile);
        fire(robot, "deskOpenButton");
        assertFalse(((ButtonBase) robot.lookup("#deskLoadButton").query()).isDisabled());
        TableView<CountyRow> counties = robot.lookup("#deskCountyTable").query();
        assertEquals(List.of("", OTHER_COUNTY, ""), counties.getItems().stream().map(CountyRow::county).toList(),
                "what the desk held (a package that named no county first), and the total");
        assertEquals(List.of("未填县区", OTHER_COUNTY, "合计"), cellTexts(robot, "deskCountyTable", "县区"),
                "a county not given has its label, not a blank cell");

        // two inspection files at once: each says what it added
        ui.dialogs.fileLists.add(List.of(signed, unsigned));
        fire(robot, "deskLoadButton");
        String loaded = ui.dialogs.infos.get(ui.dialogs.infos.size() - 1);
        assertTrue(loaded.contains("已读入检查档案“第一组.nineinspect”：1 次检查，新增 1"), loaded);
        assertTrue(loaded.contains("已读入检查档案“第二组.nineinspect”：1 次检查，新增 1"), loaded);
        assertEquals(Set.of(OTHER_COUNTY, sample.county(), ""), counties.getItems().stream().map(CountyRow::county)
                .collect(Collectors.toSet()));
        CountyRow total = counties.getItems().get(counties.getItems().size() - 1);
        assertEquals(List.of(3, 3), List.of(total.enterprises(), total.accepted()));

        // a batch with a credit code twice: refused with its sentence naming the rows, nothing added
        ComboBox<CountyDeskViewModel.BatchChoice> batches = robot.lookup("#deskBatchChoice").query();
        int errors = ui.dialogs.errors.size();
        ui.dialogs.files.add(batchSheet("重复.xlsx", sample, interviewed, interviewed));
        fire(robot, "deskImportBatchButton");
        assertEquals(errors + 1, ui.dialogs.errors.size());
        assertTrue(ui.dialogs.lastError().contains("第 4 行的统一社会信用代码 " + interviewed + " 与第 3 行重复"),
                ui.dialogs.lastError());
        assertEquals(1, batches.getItems().size(), "only 全部已检查企业");

        // the batch: the sample, the enterprise interviewed, one not inspected
        String notInspected = SyntheticInspections.creditCode(525252);
        ui.dialogs.files.add(batchSheet("第一批.xlsx", sample, interviewed, notInspected));
        fire(robot, "deskImportBatchButton");
        assertEquals(errors + 1, ui.dialogs.errors.size(), () -> ui.dialogs.errors.toString());
        assertEquals(2, batches.getItems().size());
        assertEquals("第一批（3 家）", batches.getValue().toString());
        CountyRow sampleCounty = countyRow(counties, sample.county());
        assertEquals(List.of(1, 1, 0), List.of(sampleCounty.enterprises(), sampleCounty.accepted(),
                sampleCounty.notInspected()));
        assertEquals(files.result().signed().conclusion() == Conclusion.PASS ? 1 : 0, sampleCounty.passed());
        CountyRow other = countyRow(counties, OTHER_COUNTY);
        assertEquals(List.of(2, 1, 1, 1, 1), List.of(other.enterprises(), other.accepted(), other.rectify(),
                other.notInspected(), other.interviews()));

        TabPane tabs = robot.lookup("#deskTabs").query();
        select(robot, tabs, "deskInterviewsTab");
        TableView<EnterpriseRow> interviews = robot.lookup("#deskInterviewTable").query();
        assertEquals(List.of(INTERVIEWED), interviews.getItems().stream().map(EnterpriseRow::enterpriseName).toList());
        select(robot, tabs, "deskNotInspectedTab");
        TableView<EnterpriseRow> missing = robot.lookup("#deskNotInspectedTable").query();
        assertEquals(List.of(notInspected), missing.getItems().stream().map(EnterpriseRow::creditCode).toList());

        // every enterprise with its colour as a coloured cell
        select(robot, tabs, "deskEnterprisesTab");
        TableView<EnterpriseRow> enterprises = robot.lookup("#deskEnterpriseTable").query();
        assertEquals(3, enterprises.getItems().size());
        EnterpriseRow twice = enterprises.getItems().stream().filter(r -> r.enterpriseName().equals(INTERVIEWED))
                .findFirst().orElseThrow();
        assertNotNull(twice.colour());
        List<TableCell<?, ?>> colourCells = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(c -> c)
                .filter(c -> c.getTableColumn() != null && "deskColourColumn".equals(c.getTableColumn().getId())
                        && c.getText() != null && !c.getText().isEmpty()).toList();
        assertFalse(colourCells.isEmpty());
        assertTrue(colourCells.stream().anyMatch(c -> c.getText().equals(ui.context.messages().of(twice.colour()))
                && c.getStyle().contains(CountyDeskView.background(twice.colour()))), colourCells.toString());

        // the day the findings are counted overdue on: today unless chosen
        DatePicker asOf = robot.lookup("#deskAsOf").query();
        assertEquals(LocalDate.now(), asOf.getValue());

        // fits 1024×600 and 1366×768, every tab
        Fonts.load();
        for (int[] size : new int[][] {{1024, 600}, {1366, 768}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (Tab tab : tabs.getTabs()) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), size[0] + "×" + size[1] + " "
                        + tab.getText());
            }
        }

        // 导出 Excel…: read back
        Path xlsx = tempDir.resolve("输出").resolve("县级汇总.xlsx");
        Files.createDirectories(xlsx.getParent());
        ui.dialogs.files.add(xlsx);
        fire(robot, "deskExportButton");
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter f = new DataFormatter();
            Sheet summary = wb.getSheet("汇总");
            assertTrue(f.formatCellValue(summary.getRow(0).getCell(0)).startsWith("第一批"));
            List<String> countyCells = java.util.stream.IntStream.rangeClosed(2, summary.getLastRowNum())
                    .mapToObj(i -> f.formatCellValue(summary.getRow(i).getCell(0))).toList();
            assertTrue(countyCells.containsAll(List.of(sample.county(), OTHER_COUNTY, "合计")), countyCells.toString());
            assertEquals(INTERVIEWED, f.formatCellValue(wb.getSheet("约谈名单").getRow(2).getCell(1)));
        }

        // 打印/PDF…: the preview, saved as PDF and read back
        Platform.runLater(((ButtonBase) robot.lookup("#deskPrintButton").query())::fire);
        WaitForAsyncUtils.waitForFxEvents();
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        assertTrue(preview.page().startsWith("第 1 页"), preview.page());
        Path pdf = tempDir.resolve("输出").resolve("县级验收汇总表.pdf");
        ui.dialogs.files.add(pdf);
        preview.saveAs();
        WaitForAsyncUtils.waitForFxEvents();
        preview.close();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String expected : List.of("县级验收汇总表", "第一批", "合计", OTHER_COUNTY, sample.county(),
                    "三、约谈名单", INTERVIEWED, interviewed, "2.1（1家）")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
        assertEquals(errors + 1, ui.dialogs.errors.size(), () -> ui.dialogs.errors.toString());

        // 返回: the inspector's window again, the desk closed (its file may be opened again at once)
        CountyDeskView view = ui.main.inspector().countyDesk();
        fire(robot, "deskBackButton");
        assertNull(ui.main.inspector().countyDesk());
        assertNotNull(robot.lookup("#inspectionTable").query());
        assertTrue(robot.lookup("#countyDeskView").tryQuery().isEmpty());
        assertNotNull(view);
        try (DeskStore again = DeskStore.openFile(deskFile)) {
            assertEquals(5, ui.context.services().countyDesk().inspectionCount(again));
        }
    }

    /** What a table shows in the column of that title, row by row. */
    private static List<String> cellTexts(FxRobot robot, String tableId, String title) {
        TableView<?> table = robot.lookup("#" + tableId).query();
        javafx.scene.control.TableColumn<?, ?> column = table.getColumns().stream()
                .filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
        return java.util.stream.IntStream.range(0, table.getItems().size())
                .mapToObj(i -> String.valueOf(column.getCellData(i))).toList();
    }

    private static CountyRow countyRow(TableView<CountyRow> table, String county) {
        return table.getItems().stream().filter(r -> r.county().equals(county)).findFirst().orElseThrow();
    }

    private void fire(FxRobot robot, String id) {
        robot.interact(() -> ((ButtonBase) robot.lookup("#" + id).query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void select(FxRobot robot, TabPane tabs, String id) {
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A batch sheet: the sample enterprise, then made-up enterprises of the other county by credit code. */
    private Path batchSheet(String name, Inspection sample, String... codes) throws Exception {
        Path file = tempDir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("批次");
            String[] header = {"企业名称", "统一社会信用代码", "县区", "行业"};
            write(sheet.createRow(0), header);
            write(sheet.createRow(1), new String[] {sample.enterpriseName(), sample.creditCode(), sample.county(),
                "化工"});
            for (int i = 0; i < codes.length; i++) {
                write(sheet.createRow(2 + i), new String[] {i == 0 ? INTERVIEWED : "未检查企业" + i, codes[i],
                    OTHER_COUNTY, "化工"});
            }
            wb.write(out);
        }
        return file;
    }

    private static void write(Row row, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
