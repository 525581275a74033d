package org.nineones.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.nineones.excel.HrExports;
import org.nineones.excel.RosterField;
import org.nineones.excel.TestWorkbooks;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.EmployeesHandle;
import org.nineones.ui.handles.RosterImportDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class RosterImportUiTest extends UiTestBase {

    private Path roster(String nameHeader) throws Exception {
        return TestWorkbooks.xlsx(tempDir.resolve("人事部").resolve("花名册.xlsx"), wb -> TestWorkbooks.rows(
                wb.createSheet("在职人员"), 0,
                new Object[] {"滨州示范化工有限公司在职人员花名册"},
                new Object[] {nameHeader, "公民身份号码", "所在部门", "班组", "工种", "入厂日期"},
                new Object[] {"张伟", TestWorkbooks.id(1), "生产部", "合成甲班", "反应釜操作工", LocalDate.of(2019, 4, 1)},
                new Object[] {"李娜", TestWorkbooks.id(2), "生产部", "合成甲班", "电工", "2021.03.05"},
                new Object[] {"王强", "3.70102E+17", "生产部", "合成乙班", "反应釜操作工", "20200110"},
                new Object[] {"合计", "", "", "", "", ""}));
    }

    private RosterImportDialogHandle openImport(FxRobot robot, Path file) {
        ui.dialogs.files.add(file);
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        return new RosterImportDialogHandle(robot);
    }

    @Test
    void previewsCountsNewUnitsAndInvalidRowsThenImportsTheValidOnes(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        EmployeesHandle people = window(robot).people();
        RosterImportDialogHandle dialog = openImport(robot, roster("员工姓名"));

        assertEquals(RosterField.NAME, dialog.fieldOf("员工姓名"));
        assertEquals(RosterField.ID_NUMBER, dialog.fieldOf("公民身份号码"));
        assertEquals("工作表“在职人员”，表头在第 2 行：人员 3 行，正确 2 行（新增 2 人，更新 0 人），有误 1 行；跳过空行和合计行 1 行",
                dialog.summary());
        assertEquals(1, dialog.errors().size());
        assertEquals(5, dialog.errors().get(0).row());
        assertFalse(dialog.newOrgUnits().isEmpty());
        assertEquals(2, dialog.newPosts().size());
        assertFalse(dialog.canImport());

        dialog.skipInvalid(true);
        assertTrue(dialog.canImport());
        dialog.importRows();

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertTrue(ui.dialogs.infos.get(0).startsWith("导入完成：新增 2 人，更新 0 人，跳过有误的 1 行。"),
                ui.dialogs.infos.get(0));
        assertEquals(List.of("李娜", "张伟"), people.names());
        Workspace ws = ui.main.viewModel().session().workspace();
        assertEquals(2, ws.read(s -> s.employees().count()).intValue());
    }

    @Test
    void importsARosterDroppedOnThePeopleList(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        EmployeesHandle people = window(robot).people();

        assertEquals(TransferMode.COPY, people.dropFiles(roster("姓名")).accepted());
        RosterImportDialogHandle dialog = new RosterImportDialogHandle(robot);
        assertTrue(dialog.summary().contains("正确 2 行"), dialog.summary());
        dialog.skipInvalid(true);
        dialog.importRows();

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertEquals(List.of("李娜", "张伟"), people.names());
    }

    @Test
    void refusesAFileDroppedOnThePeopleListThatIsNotASpreadsheet(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Path notes = Files.writeString(Files.createDirectories(tempDir.resolve("人事部")).resolve("说明.pdf"), "花名册");

        assertEquals(null, window(robot).people().dropFiles(notes).accepted());
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertEquals(0, ui.main.viewModel().session().workspace().read(s -> s.employees().count()).intValue());
    }

    @Test
    void importsAGbkCsvDroppedOnThePeopleListWithItsOrgUnitsAndPosts(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        EmployeesHandle people = window(robot).people();
        Path csv = HrExports.CSV_GBK.write(tempDir.resolve("人事部"));

        assertEquals(TransferMode.COPY, people.dropFiles(csv).accepted());
        RosterImportDialogHandle dialog = new RosterImportDialogHandle(robot);
        assertTrue(dialog.summary().contains("正确 3 行"), dialog.summary());
        assertEquals("不导入的列：备注", dialog.unused());
        assertEquals(List.of("示范化工", "示范化工/生产部", "示范化工/生产部/合成车间", "示范化工/质检部"),
                dialog.newOrgUnits());
        dialog.importRows();

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertEquals(3, people.names().size());
    }

    @Test
    void aColumnThatLooksLikeOrgUnitsOpensTheMappingOnItAndStopsTheImportUntilIgnored(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Path file = TestWorkbooks.xlsx(tempDir.resolve("人事部").resolve("四级.xlsx"), wb -> TestWorkbooks.rows(
                wb.createSheet("人员"), 0,
                new Object[] {"姓名", "身份证号", "一级部门", "二级部门", "三级部门", "四级部门", "职位", "员工UserID"},
                new Object[] {"张伟", TestWorkbooks.id(1), "生产部", "合成车间", "甲班", "一组", "操作工", "u01"}));
        RosterImportDialogHandle dialog = openImport(robot, file);

        assertEquals("四级部门", dialog.selectedHeader());
        assertTrue(dialog.problem().startsWith("“四级部门”（第 6 列）看起来是组织机构，但不会导入"), dialog.problem());
        assertEquals("需处理：请选择字段或忽略", dialog.noteOf("四级部门"));
        assertEquals("不导入", dialog.noteOf("员工UserID"));
        assertEquals("不导入的列：四级部门、员工UserID", dialog.unused());
        assertFalse(dialog.canImport());
        assertTrue(dialog.canIgnoreColumn());

        dialog.ignoreColumn();

        assertEquals("", dialog.problem());
        assertFalse(dialog.canIgnoreColumn());
        assertEquals("不导入（已忽略）", dialog.noteOf("四级部门"));
        assertTrue(dialog.notes().contains("“四级部门”（第 6 列）不导入：已选择忽略这一列。"), dialog.notes().toString());
        assertTrue(dialog.canImport());
        dialog.importRows();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertEquals(1, ui.main.viewModel().session().workspace().read(s -> s.employees().count()).intValue());
    }

    @Test
    void aGovernmentFormShowsItsTwoRowHeaderTheEmptyTwinAndTheDatesItCompleted(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        RosterImportDialogHandle dialog = openImport(robot, HrExports.GOVERNMENT_FORM.write(tempDir.resolve("人事部")));

        assertTrue(dialog.summary().startsWith("工作表“从业人员”，表头在第 4 行：人员 3 行，正确 3 行"), dialog.summary());
        assertEquals("不导入的列：序号、联系电话", dialog.unused());
        assertEquals("不导入：空列，已用第 11 列", dialog.noteOf("联系电话"));
        List<String> notes = dialog.notes();
        assertEquals("表头占两行（第 3–4 行），已把上下两行合起来读取。", notes.get(0));
        assertTrue(notes.contains("第 5 行 入厂时间：“2019-3”只有年和月，已按 2019-03-01 保存（该月 1 日）；如不对，请写上具体日期后重新导入"),
                notes.toString());
        assertTrue(dialog.canImport());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void anUnknownColumnShowsTheFieldItsValuesSuggestWithoutApplyingIt(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        RosterImportDialogHandle dialog = openImport(robot, HrExports.TSV_UTF8_BOM.write(tempDir.resolve("人事部")));

        assertEquals("不导入；建议：性别", dialog.noteOf("备用字段"));
        assertEquals(RosterField.IGNORE, dialog.fieldOf("备用字段"));
        dialog.map("备用字段", RosterField.GENDER);
        assertEquals("", dialog.noteOf("备用字段"));
        assertEquals(RosterField.GENDER, dialog.fieldOf("备用字段"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void correctingTheMappingLetsAnUnknownNameColumnBeImported(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        RosterImportDialogHandle dialog = openImport(robot, roster("称呼"));

        assertEquals(RosterField.IGNORE, dialog.fieldOf("称呼"));
        assertTrue(dialog.problem().startsWith("没有找到“姓名”列"), dialog.problem());
        assertFalse(dialog.canImport());

        dialog.map("称呼", RosterField.NAME);

        assertEquals("", dialog.problem());
        assertEquals(RosterField.NAME, dialog.fieldOf("称呼"));
        assertTrue(dialog.summary().contains("正确 2 行"), dialog.summary());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void savesTheErrorReportWithTheInvalidRow(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        RosterImportDialogHandle dialog = openImport(robot, roster("员工姓名"));
        Path report = tempDir.resolve("人事部").resolve("花名册-错误报告.xlsx");
        ui.dialogs.files.add(report);

        dialog.saveErrorReport();

        assertTrue(Files.isRegularFile(report));
        try (InputStream in = Files.newInputStream(report); Workbook wb = WorkbookFactory.create(in)) {
            StringBuilder text = new StringBuilder();
            wb.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell).append('|')));
            assertTrue(text.toString().contains("王强"), text.toString());
            assertFalse(text.toString().contains("李娜"), text.toString());
        }
        assertTrue(ui.dialogs.infos.get(0).startsWith("错误报告已保存："), ui.dialogs.infos.get(0));
        robot.type(KeyCode.ESCAPE);
        assertEquals(0, ui.main.viewModel().session().workspace().read(s -> s.employees().count()).intValue());
    }

    @Test
    void aFileThatIsNotASpreadsheetGetsTheClearMessage(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Path notExcel = Files.writeString(tempDir.resolve("花名册.xlsx"), "姓名,身份证号");

        openImport(robot, notExcel);

        assertTrue(ui.dialogs.lastError().startsWith("“花名册.xlsx”不是 Excel 表格"), ui.dialogs.lastError());
    }

    @Test
    void savesTheBlankTemplate(FxRobot robot) throws Exception {
        Path template = tempDir.resolve("模板").resolve("花名册导入模板.xlsx");
        Files.createDirectories(template.getParent());
        ui.dialogs.files.add(template);

        robot.interact(() -> new RosterImportAction(ui.context).saveTemplate());

        assertTrue(Files.isRegularFile(template));
        assertEquals(template.getParent(), ui.dialogs.openedFolders.get(0));
    }
}
