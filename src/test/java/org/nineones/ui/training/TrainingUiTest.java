package org.nineones.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.training.TrainingService;
import org.nineones.service.training.TrainingWorkspaces;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.TrainingHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class TrainingUiTest extends UiTestBase {

    private Path seeded(boolean withCertificateSoon) throws Exception {
        Path file = tempDir.resolve("企业").resolve("培训示例.nineones");
        java.nio.file.Files.createDirectories(file.getParent());
        TrainingService service = ui.context.services().training().service();
        try (Workspace ws = TrainingWorkspaces.create(file, false)) {
            TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
            if (withCertificateSoon) {
                // the fixture's welder's certificate expires 20 days after its fixed day; move it to 20 days from now
                ws.write(store -> {
                    var e = store.employees().find(ids.welder()).orElseThrow();
                    store.employees().update(new org.nineones.model.Employee(e.id(), e.name(), e.gender(),
                            e.idNumber(), e.employeeNumber(), e.phone(), e.orgUnitId(), e.postId(), e.hireDate(),
                            e.status(), "T-6", LocalDate.now().plusDays(20)));
                    return null;
                });
            }
            TrainingSession s = service.save(ws, new TrainingSession(null, LocalDate.now().minusDays(10), 8,
                    "年度安全再培训", TrainingKind.ANNUAL, "", "李安全", "会议室", null));
            service.addAttendees(ws, s.id(), List.of(ids.wang1()));
        }
        return file;
    }

    @Test
    void signsPeopleInWithdrawsOneAndShowsTheHistory(FxRobot robot) throws Exception {
        Path file = seeded(false);
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        TrainingHandle training = TrainingHandle.show(robot);
        assertEquals(List.of("年度安全再培训"), training.sessions());
        training.selectSession("年度安全再培训");
        assertEquals(List.of("王一"), training.attendees());

        training.addAttendees("王三");
        assertEquals(List.of("王一", "王三"), training.attendees());
        snapshot(robot, "training-sessions.png");

        ui.dialogs.texts.add("误加");
        training.selectAttendee("王三").withdrawSelected();
        assertEquals(List.of("王一"), training.attendees());

        training.history();
        String history = ui.dialogs.infos.get(ui.dialogs.infos.size() - 1);
        assertTrue(history.contains("撤销") && history.contains("误加") && history.contains("王三"), history);
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
    }

    @Test
    void newSessionFormSaysWhatIsWrongAndSaves(FxRobot robot) throws Exception {
        Path file = seeded(false);
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        TrainingHandle training = TrainingHandle.show(robot);
        training.newSession("消防演练", "2");
        assertEquals(2, training.sessions().size(), training.sessions().toString());
        assertTrue(training.sessions().contains("消防演练"));
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
    }

    @Test
    void theComplianceViewFiltersWhoLacksWhat(FxRobot robot) throws Exception {
        Path file = seeded(true);
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        TrainingHandle training = TrainingHandle.show(robot).compliance();
        assertTrue(training.complianceCounts().contains("在岗 8 人"), training.complianceCounts());
        assertEquals(8, training.compliancePeople().size(), "everyone lacks something in the fixture");
        training.filter(ComplianceFilter.CERTIFICATE_30);
        assertEquals(List.of("赵焊工"), training.compliancePeople());
        training.filter(ComplianceFilter.LACKS_INDUCTION);
        List<String> lacking = training.compliancePeople();
        assertTrue(lacking.contains("王一") && !lacking.contains("张总"), lacking.toString());
        snapshot(robot, "training-compliance.png");
        training.filter(ComplianceFilter.CERTIFICATE_EXPIRED);
        assertFalse(training.compliancePeople().contains("赵焊工"));
    }

    @Test
    void importsASignInSheetAfterAPreviewWithTheRowErrors(FxRobot robot) throws Exception {
        Path file = seeded(false);
        Path sheet = tempDir.resolve("签到表.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(sheet)) {
            var s = wb.createSheet("签到");
            String day = LocalDate.now().minusDays(10).toString();
            String[][] rows = {{"培训日期", "培训主题", "姓名", "学时"}, {day, "年度安全再培训", "王三", "8"},
                    {day, "年度安全再培训", "陌生人", "8"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        TrainingHandle training = TrainingHandle.show(robot);
        ui.dialogs.files.add(sheet);
        training.importSignInSheet();
        assertTrue(training.importSummary().contains("数据 2 行"), training.importSummary());
        List<String> errors = training.importErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("3:") && errors.get(0).contains("花名册中没有“陌生人”"), errors.get(0));
        assertFalse(training.canImport(), "rows in error stop the import until they are skipped");
        training.skipInvalid();
        assertTrue(training.canImport());
        training.confirmImport();
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).contains("写入 1 条记录，因有误跳过 1 行"),
                ui.dialogs.infos.toString());
        training.selectSession("年度安全再培训");
        assertEquals(List.of("王一", "王三"), training.attendees());
    }

    /** Saves a PNG of the window to the folder named by -Dnineones.look, to look at; else does nothing. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        String look = System.getProperty("nineones.look");
        if (look == null || look.isBlank()) {
            return;
        }
        java.nio.file.Files.createDirectories(Path.of(look));
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                Path.of(look).resolve(name).toFile());
    }
}
