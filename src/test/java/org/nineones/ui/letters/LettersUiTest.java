package org.nineones.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.app.Services;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.ImportPreviewHandle;
import org.nineones.ui.handles.LettersHandle;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class LettersUiTest extends UiTestBase {

    private FxRobot robot;

    private void robotOpen(Path file) {
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openEnterprise() throws Exception {
        Path file = tempDir.resolve("企业").resolve("示范化工.nineones");
        Services services = ui.context.services();
        try (Workspace ws = services.workspaces().create(file, "示范化工", TestData.CREDIT_CODE)) {
            OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
            OrgUnit workshop = services.org().addUnit(ws, company.id(), "合成车间", OrgUnitKind.WORKSHOP);
            Post boss = services.org().savePost(ws, new Post(null, company.id(), "总经理", PostCategory.PRINCIPAL,
                    RiskLevel.LOW));
            Post head = services.org().savePost(ws, new Post(null, workshop.id(), "车间主任", PostCategory.WORKSHOP_HEAD,
                    RiskLevel.LOW));
            Post operator = services.org().savePost(ws, new Post(null, workshop.id(), "巡检工", PostCategory.OPERATOR,
                    RiskLevel.LOW));
            int n = 1;
            for (Post p : List.of(boss, head, operator)) {
                DutyList list = new DutyList(List.of(DutyItem.of("履行" + p.name() + "安全职责")));
                services.content().saveAndApprove(ws, p.id(), list.kind(), list, "王总", LocalDate.of(2026, 1, 1));
            }
            for (String[] person : new String[][] {{"王总", "0"}, {"孙主任", "1"}, {"吴操作", "2"}}) {
                Post p = List.of(boss, head, operator).get(Integer.parseInt(person[1]));
                services.people().save(ws, new Employee(null, person[0], null,
                        IdNumber.of(TestData.id(String.format("3716021985031%04d", n))), "A00" + n, "", p.orgUnitId(),
                        p.id(), null, EmployeeStatus.ACTIVE, "", null));
                n++;
            }
        }
        robotOpen(file);
    }

    @Test
    void signsCorrectsAndPrintsTheYearsLetters(FxRobot robot) throws Exception {
        this.robot = robot;
        openEnterprise();
        int year = LocalDate.now().getYear();

        LettersHandle letters = new LettersHandle(robot).open();
        assertEquals(List.of("王总", "孙主任", "吴操作"), letters.names());
        assertTrue(letters.summary().startsWith(year + " 年度共 3 人：已签 0，未签 3"), letters.summary());
        assertTrue(letters.levels().contains("第五级 从业人员：已签 0/1"), letters.levels());
        assertEquals("孙主任（车间主任）", letters.cell("吴操作", "lettersCounterpartColumn"));

        // 登记签订 with a scan: a date in the future is refused in the dialog, then a right one is recorded
        Path scan = tempDir.resolve("扫描件").resolve("吴操作.png");
        Files.createDirectories(scan.getParent());
        Files.write(scan, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        ui.dialogs.files.add(scan);
        letters.select("吴操作").sign().chooseFile();
        assertEquals("吴操作.png", letters.signFile());
        letters.signDate(LocalDate.now().plusDays(3).toString()).confirmSign();
        assertTrue(letters.signError().contains("晚于今天"), letters.signError());
        String signedOn = LocalDate.now().toString();
        letters.signDate(signedOn).confirmSign();
        assertFalse(letters.dialogOpen());
        assertEquals("SIGNED", letters.cell("吴操作", "lettersStatusColumn"));
        assertEquals(signedOn, letters.cell("吴操作", "lettersSignedOnColumn"));
        assertTrue(letters.history().get(0).contains("签订于 " + signedOn) && letters.history().get(0).contains("吴操作.png"),
                letters.history().toString());
        assertTrue(letters.levels().contains("第五级 从业人员：已签 1/1"), letters.levels());

        // 更正: a visible correction with its reason; the original stays in the history
        String corrected = LocalDate.of(year, 1, 1).toString();
        letters.select("吴操作").correct().reason("日期登记错误").correctDate(LocalDate.parse(corrected)).confirmCorrect();
        assertFalse(letters.dialogOpen());
        assertEquals(corrected, letters.cell("吴操作", "lettersSignedOnColumn"));
        assertEquals("1", letters.cell("吴操作", "lettersCorrectionsColumn"));
        List<String> history = letters.history();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).contains("已被更正"), history.get(0));
        assertTrue(history.get(1).contains("更正为 " + corrected) && history.get(1).contains("日期登记错误"), history.get(1));

        letters.onlyUnsigned(true);
        assertEquals(List.of("王总", "孙主任"), letters.names());

        // the letters of the people shown, in the print preview
        robot.interact(() -> robot.lookup("#lettersTable").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().clearSelection());
        letters.print();
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        assertEquals("第 1 页 / 共 2 页", preview.page());
        preview.close();
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
    }

    @Test
    void exportsTheLedgerAndImportsSignaturesFromASheet(FxRobot robot) throws Exception {
        this.robot = robot;
        openEnterprise();
        int year = LocalDate.now().getYear();
        LettersHandle letters = new LettersHandle(robot).open();

        Path ledger = tempDir.resolve("台账").resolve("责任书签订台账.xlsx");
        Files.createDirectories(ledger.getParent());
        ui.dialogs.files.add(ledger);
        robot.clickOn("#lettersExport");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(ledger) > 1000);
        assertTrue(ui.dialogs.infos.get(0).matches("已导出.*：3 行，写入 .*"), ui.dialogs.infos.toString());

        Path sheet = tempDir.resolve("台账").resolve("签订.xlsx");
        try (org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(sheet)) {
            org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("签订");
            String[][] rows = {{"年度", "姓名", "签订日期"}, {String.valueOf(year), "王总", year + "-01-01"},
                    {String.valueOf(year), "查无此人", year + "-01-01"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        // with an error: nothing can be written until the row is left out, and the error report is offered
        Path report = tempDir.resolve("台账").resolve("错误报告.xlsx");
        ui.dialogs.files.add(sheet);
        robot.clickOn("#lettersImport");
        WaitForAsyncUtils.waitForFxEvents();
        ImportPreviewHandle dialog = new ImportPreviewHandle(robot, "importLedgerButton");
        assertEquals(1, dialog.errors().size(), dialog.errors().toString());
        assertEquals(3, dialog.errors().get(0).row());
        assertTrue(dialog.errors().get(0).message().contains("花名册中没有“查无此人”"), dialog.errors().get(0).message());
        assertFalse(dialog.canImport());
        ui.dialogs.files.add(report);
        dialog.saveErrorReport();
        assertTrue(Files.isRegularFile(report));
        dialog.skipInvalid(true);
        assertTrue(dialog.canImport());
        dialog.importRows();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("SIGNED", letters.cell("王总", "lettersStatusColumn"));
        assertEquals(year + "-01-01", letters.cell("王总", "lettersSignedOnColumn"));
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).contains("写入 1 条记录，因有误跳过 1 行"),
                ui.dialogs.infos.toString());
    }
}
