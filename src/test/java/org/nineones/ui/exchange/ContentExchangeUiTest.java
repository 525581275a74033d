package org.nineones.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.ImportPreviewHandle;
import org.testfx.api.FxRobot;

class ContentExchangeUiTest extends UiTestBase {

    private final PostContentService content = new PostContentService(new Messages(Locale.SIMPLIFIED_CHINESE));

    private long electricianIn(Workspace ws) {
        long post = ws.write(store -> {
            OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, "示范化工", OrgUnitKind.COMPANY, 0));
            OrgUnit workshop = store.orgUnits().insert(new OrgUnit(null, company.id(), "一车间", OrgUnitKind.WORKSHOP, 1));
            return store.posts().insert(new Post(null, workshop.id(), "电工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.SIGNIFICANT)).id();
        });
        content.saveDraft(ws, post, new DutyList(List.of(DutyItem.of("持证上岗，严格执行电气安全操作规程。"),
                DutyItem.of("每班检查线路和接地。"))));
        content.approve(ws, post, ContentKind.DUTY_LIST, "张三", java.time.LocalDate.of(2026, 1, 1));
        return post;
    }

    /** Replaces the text of the first cell that holds {@code from} in the first sheet. */
    private static void edit(Path file, String from, String to) throws Exception {
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        Sheet sheet = wb.getSheetAt(0);
        boolean done = false;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!done && cell.toString().equals(from)) {
                    // a new cell, as a spreadsheet program writes it (POI would leave the old inline text beside)
                    int column = cell.getColumnIndex();
                    row.removeCell(cell);
                    row.createCell(column).setCellValue(to);
                    done = true;
                    break;
                }
            }
        }
        assertTrue(done, "the exported sheet holds " + from);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    @Test
    void exportsDutiesEditedOutsideAndImportsThemBackAsANewDraft(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Workspace ws = ui.main.viewModel().session().workspace();
        long post = electricianIn(ws);
        Path sheet = tempDir.resolve("安全科").resolve("岗位安全生产责任清单.xlsx");
        Files.createDirectories(sheet.getParent());

        ui.dialogs.files.add(sheet);
        window(robot).chooseMenuItem("export-duties");
        assertTrue(Files.isRegularFile(sheet));
        assertTrue(ui.dialogs.infos.get(0).startsWith("已导出岗位安全生产责任清单：1 个岗位"), ui.dialogs.infos.get(0));

        edit(sheet, "每班检查线路和接地。", "每班检查线路、开关和接地，发现隐患立即报告。");
        ui.dialogs.files.add(sheet);
        window(robot).chooseMenuItem("import-duties");
        ImportPreviewHandle dialog = new ImportPreviewHandle(robot, "importContentButton");
        assertTrue(dialog.summary().contains("将保存为草稿的岗位 1 个"), dialog.summary());
        assertEquals(List.of("一车间：电工：在已批准的第 1 版之上新建草稿"), dialog.lines());
        assertTrue(dialog.errors().isEmpty());
        assertTrue(dialog.canImport());
        dialog.importRows();

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertTrue(ui.dialogs.infos.get(1).startsWith("已导入：新建草稿 1 个"), ui.dialogs.infos.get(1));
        DutyList draft = (DutyList) content.draft(ws, post, ContentKind.DUTY_LIST).orElseThrow().body();
        assertEquals("每班检查线路、开关和接地，发现隐患立即报告。", draft.items().get(1).duty());
        DutyList approved = (DutyList) content.history(ws, post, ContentKind.DUTY_LIST).get(1).body();
        assertEquals("每班检查线路和接地。", approved.items().get(1).duty(), "the approved version is unchanged");
    }

    @Test
    void stopsASheetWithAnUnknownPostAndSavesItsErrorReport(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Workspace ws = ui.main.viewModel().session().workspace();
        long post = electricianIn(ws);
        Path sheet = tempDir.resolve("安全科").resolve("责任清单.xlsx");
        Files.createDirectories(sheet.getParent());
        ui.dialogs.files.add(sheet);
        window(robot).chooseMenuItem("export-duties");
        edit(sheet, "电工", "电焊工");

        ui.dialogs.files.add(sheet);
        window(robot).chooseMenuItem("import-duties");
        ImportPreviewHandle dialog = new ImportPreviewHandle(robot, "importContentButton");
        assertFalse(dialog.errors().isEmpty());
        assertTrue(dialog.errors().get(0).message().contains("电焊工"), dialog.errors().get(0).message());
        assertFalse(dialog.canImport());
        assertTrue(dialog.problem().startsWith("有 "), dialog.problem());

        Path report = sheet.resolveSibling("责任清单-错误报告.xlsx");
        ui.dialogs.files.add(report);
        dialog.saveErrorReport();
        assertTrue(Files.isRegularFile(report));
        dialog.skipInvalid(true);
        assertTrue(dialog.canImport(), "the valid posts may be imported once the invalid rows are left out");
        assertEquals("", dialog.problem());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        assertEquals(1, content.history(ws, post, ContentKind.DUTY_LIST).size(), "nothing was written");
    }
}
