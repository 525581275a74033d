package org.nineones.ui.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.app.Services;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.assessments.CloseRequest;
import org.nineones.service.assessments.Period;
import org.nineones.service.assessments.PeriodKind;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.AssessmentsHandle;
import org.nineones.ui.handles.ImportPreviewHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 考核: start the month, score a person item by item from the keyboard, close with signatures, correct, interview. */
class AssessmentsUiTest extends UiTestBase {

    private static String id(String first17) {
        return first17 + IdNumber.checkCharFor(first17);
    }

    private static Employee person(String name, String id, Long unit, Long post) {
        return new Employee(null, name, Gender.FEMALE, IdNumber.of(id), "", "", unit, post, LocalDate.of(2020, 1, 1),
                EmployeeStatus.ACTIVE, "", null);
    }

    /** With -DassessShot=file.png, saves what the screen looks like (with the bundled fonts) for a person to see. */
    private void snapshotIfAsked(FxRobot robot) throws Exception {
        String shot = System.getProperty("assessShot");
        if (shot == null) {
            return;
        }
        robot.interact(org.nineones.ui.common.Fonts::load);
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                Path.of(shot).toFile());
    }

    /** 示范化工 with 电工 (three items: 5, 3, 33.33 points), 张三 and 李四 electricians, 王五 a guard without a
     * duty list; 李四 rated 不合格 in the two months before this one. */
    private Path workspace(LocalDate today, Period thisMonth) throws Exception {
        Path file = tempDir.resolve("企业").resolve("示范化工.nineones");
        Services services = ui.context.services();
        try (Workspace ws = services.workspaces().create(file, "示范化工", TestData.CREDIT_CODE)) {
            OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
            OrgUnit workshop = services.org().addUnit(ws, company.id(), "合成车间", OrgUnitKind.WORKSHOP);
            Post electrician = services.org().savePost(ws, new Post(null, workshop.id(), "电工",
                    PostCategory.SPECIAL_OPERATION, RiskLevel.GENERAL));
            Post guard = services.org().savePost(ws, new Post(null, company.id(), "门卫", PostCategory.OPERATOR,
                    RiskLevel.LOW));
            services.content().saveAndApprove(ws, electrician.id(), ContentKind.DUTY_LIST, new DutyList(List.of(
                    new DutyItem("", "持证上岗", "本岗位", "", "无证上岗一次扣5分", "", ResponsibilityForm.DIRECT),
                    new DutyItem("", "每班检查线路", "本岗位", "", "漏检的每次扣3分", "", ResponsibilityForm.DIRECT),
                    DutyItem.of("参加安全培训"))), "厂长", today.minusYears(1));
            long li = ws.write(s -> {
                s.employees().insert(person("张三", id("37010219900101001"), workshop.id(), electrician.id()));
                s.employees().insert(person("王五", id("37010219920303003"), company.id(), guard.id()));
                return s.employees().insert(person("李四", id("37010219910202002"), workshop.id(), electrician.id()))
                        .id();
            });
            // 李四 was rated low in the two months before this one: an interview is due
            AssessmentService assessments = services.assessments();
            Period earlier = thisMonth.previous().previous();
            for (Period p : List.of(earlier, earlier.next())) {
                assessments.start(ws, p, today);
                long id = assessments.overview(ws, p, today).assessments().stream().filter(a -> a.employeeId() == li)
                        .findFirst().orElseThrow().id();
                assessments.score(ws, id, 1, 1.0, "");
                assessments.score(ws, id, 2, 1.0, "");
                assessments.score(ws, id, 3, 10.0, "");
                assessments.close(ws, id, new CloseRequest("周主任", today, today, null), today);
            }
        }
        return file;
    }

    @Test
    void exportsTheLedgerAndImportsPointsFromIt(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now();
        Path file = workspace(today, Period.containing(PeriodKind.MONTH, today));
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        AssessmentsHandle tab = AssessmentsHandle.show(robot);
        tab.start();
        Path ledger = tempDir.resolve("考核台账.xlsx");
        ui.dialogs.files.add(ledger);
        robot.clickOn("#assessExportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(java.nio.file.Files.exists(ledger));
        try (var in = java.nio.file.Files.newInputStream(ledger);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row.getCell(1).getStringCellValue().equals("李四")
                        && row.getCell(0).getStringCellValue().equals(tab.period())) {
                    row.getCell(10).setCellValue(row.getCell(9).getNumericCellValue());
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(ledger)) {
                wb.write(out);
            }
        }
        ui.dialogs.files.add(ledger);
        robot.clickOn("#assessImportButton");
        WaitForAsyncUtils.waitForFxEvents();
        ImportPreviewHandle preview = new ImportPreviewHandle(robot, "importLedgerButton");
        assertEquals(List.of(), preview.errors());
        assertEquals(3, preview.lines().size(), preview.lines().toString());
        preview.importRows();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("考核中 41.33/41.33 100.0% 优秀", tab.row("李四"));
        assertEquals(List.of(), ui.dialogs.errors);
    }

    @Test
    void scoresClosesCorrectsAndListsInterviews(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now();
        Period thisMonth = Period.containing(PeriodKind.MONTH, today);
        Path file = workspace(today, thisMonth);
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();

        AssessmentsHandle tab = AssessmentsHandle.show(robot);
        assertEquals(thisMonth.code(), tab.period());
        assertEquals(List.of("李四 due"), tab.interviews());
        tab.start();
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).contains("新开考核 2 人"),
                ui.dialogs.infos.toString());
        assertEquals(List.of("张三", "李四"), tab.people());
        assertEquals("无法考核 1 人", tab.notAssessable());
        assertTrue(tab.summary().startsWith("共 2 人"), tab.summary());

        tab.select("张三");
        tab.points(1, "6");
        assertTrue(tab.itemError().contains("超过该项分值 5"), tab.itemError());
        tab.points(1, "5");
        assertEquals("", tab.itemError());
        assertEquals("assessPoints2", tab.focusedId());
        tab.typeHere("3");
        assertEquals("assessPoints3", tab.focusedId());
        tab.typeHere("30");
        snapshotIfAsked(robot);
        assertEquals("5", tab.pointsText(1));
        assertTrue(tab.totals().contains("38 / 41.33") && tab.totals().contains("优秀"), tab.totals());
        assertEquals("考核中 38/41.33 91.9% 优秀", tab.row("张三"));

        tab.close("周主任", today.plusDays(1).toString());
        assertTrue(tab.closeDateProblem().contains("将来"), tab.closeDateProblem());
        assertTrue(tab.closeOkDisabled());
        tab.close("周主任", today.toString());
        assertFalse(tab.closeOkDisabled());
        tab.confirmClose();
        assertEquals("已关闭 38/41.33 91.9% 优秀", tab.row("张三"));
        assertFalse(tab.canClose());

        ui.dialogs.texts.add("第3项录入错误");
        tab.select("张三").correct();
        assertEquals("考核中（更正） 38/41.33 91.9% 优秀", tab.row("张三"));
        // until the correction is signed, the signed record is the one counted
        assertTrue(tab.summary().contains("优秀 1") && tab.summary().endsWith("考核中 1"), tab.summary());
        tab.select("张三").history();
        String history = ui.dialogs.infos.get(ui.dialogs.infos.size() - 1);
        assertTrue(history.contains("原始记录") && history.contains("更正（原因：第3项录入错误）"), history);

        tab.recordInterview("厂长");
        assertEquals(List.of("李四 done"), tab.interviews());
        assertEquals(List.of(), ui.dialogs.errors);
    }
}
