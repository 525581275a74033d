package org.nineones.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.pack.PackageFingerprint;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.CoverLetter;
import org.nineones.service.inspection.FindingsFile;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.PreflightHandle;
import org.nineones.ui.handles.PackageDialogsHandle;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hand-over in the window: after an export its fingerprint is shown in a selectable field and copied with 复制;
 * the cover letter opens in the print preview; 移交记录 lists the exports; 校验 asks for the enterprise's
 * fingerprint and says whether it matches.
 */
class PackageUiTest extends UiTestBase {

    /** One package for the tests of 校验, which only read it: exported once, without the window. */
    @TempDir
    static Path shared;
    private static Path verified;

    @BeforeAll
    static void exportOnce() throws Exception {
        Services services = new Services(new Settings(shared.resolve("张三的设置")),
                new Messages(Locale.SIMPLIFIED_CHINESE));
        Path file = shared.resolve("企业").resolve("示范化工.nineones");
        try (Workspace ws = services.workspaces().create(file, "示范化工", TestData.CREDIT_CODE)) {
            onePerson(services, ws);
            verified = Files.createDirectories(shared.resolve("县应急局")).resolve("验收资料包.zip");
            services.packages().export(ws, verified, Progress.NONE);
        }
    }

    private Workspace withOnePerson(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Workspace ws = ui.main.viewModel().session().workspace();
        onePerson(ui.context.services(), ws);
        return ws;
    }

    private static void onePerson(Services services, Workspace ws) {
        OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        Post post = services.org().savePost(ws, new Post(null, company.id(), "安全员", PostCategory.SAFETY_MANAGER,
                RiskLevel.LOW));
        services.org().replaceDuties(ws, post.id(), List.of("监督检查安全生产状况"));
        services.people().save(ws, new Employee(null, "张伟", null, IdNumber.of(TestData.id("37160219850312001")),
                "A001", "", company.id(), post.id(), null, EmployeeStatus.ACTIVE, "", null));
    }

    /** 导出验收资料包 (Ctrl+E), going on past the list of what would show blank: that list has its own tests. */
    private static void exportPackage(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        PreflightHandle preflight = new PreflightHandle(robot);
        if (preflight.shown()) {
            preflight.continueAnyway();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private Path folder() throws Exception {
        return Files.createDirectories(tempDir.resolve("输出"));
    }

    @Test
    void afterExportTheFingerprintIsShownSelectableAndCopied(FxRobot robot) throws Exception {
        withOnePerson(robot);
        Path zip = folder().resolve("验收资料包.zip");
        ui.dialogs.files.add(zip);

        exportPackage(robot);

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        PackageDialogsHandle dialog = new PackageDialogsHandle(robot);
        String fingerprint = PackageFingerprint.of(zip);
        assertEquals(fingerprint, dialog.fingerprintField().getText());
        assertFalse(dialog.fingerprintField().isEditable(), "shown, not edited");
        assertTrue(dialog.exportedMessage().startsWith("验收资料包已导出："), dialog.exportedMessage());
        assertTrue(dialog.exportedCounts().contains("人员 1 人"), dialog.exportedCounts());

        dialog.copyFingerprint();
        AtomicReference<String> clipboard = new AtomicReference<>();
        robot.interact(() -> clipboard.set(Clipboard.getSystemClipboard().getString()));
        assertEquals(fingerprint, clipboard.get());
        assertEquals("已复制到剪贴板。", dialog.copiedNote());
        assertEquals(fingerprint, dialog.fingerprintField().getSelectedText(), "selected, for Ctrl+C too");

        dialog.openFolder();
        assertEquals(zip.getParent().toAbsolutePath(), ui.dialogs.openedFolders.get(0));
        assertTrue(dialog.exportedOpen(), "the dialog stays for the cover letter");
        dialog.closeExported();
        assertFalse(dialog.exportedOpen());
    }

    @Test
    void theCoverLetterOpensInThePrintPreviewFromTheExport(FxRobot robot) throws Exception {
        withOnePerson(robot);
        ui.dialogs.files.add(folder().resolve("验收资料包.zip"));
        exportPackage(robot);
        PackageDialogsHandle dialog = new PackageDialogsHandle(robot);

        dialog.printCoverLetter();

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        assertTrue(preview.imageWidth() > 0, "the cover letter's page is shown");
        assertTrue(preview.page().contains("1"), preview.page());
        preview.close();
        dialog.closeExported();
    }

    @Test
    void theHistoryListsEveryExportWithItsFingerprint(FxRobot robot) throws Exception {
        Workspace ws = withOnePerson(robot);
        Path first = folder().resolve("第一次.zip");
        Path second = folder().resolve("第二次.zip");
        ui.context.services().packages().export(ws, first, Progress.NONE);
        ui.context.services().packages().export(ws, second, Progress.NONE);

        Platform.runLater(() -> new PackageActions(ui.context).showHistory(ws));
        WaitForAsyncUtils.waitForFxEvents();

        PackageDialogsHandle history = new PackageDialogsHandle(robot);
        assertEquals(2, history.historyTable().getItems().size());
        assertEquals(PackageFingerprint.of(second), history.historyFingerprint().getText(), "the latest first");
        assertTrue(history.historyDetails().contains("第二次.zip"), history.historyDetails());
        history.selectHistoryRow(1);
        assertEquals(PackageFingerprint.of(first), history.historyFingerprint().getText());
        assertTrue(history.historyDetails().contains("人员 1 人"), history.historyDetails());
        history.closeHistory();
    }

    @Test
    void theHistoryOfAWorkspaceWithoutExportsSaysSo(FxRobot robot) throws Exception {
        Workspace ws = withOnePerson(robot);
        robot.interact(() -> new PackageActions(ui.context).showHistory(ws));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("该工作区还没有导出过验收资料包。"), ui.dialogs.infos);
    }

    private void verify(FxRobot robot, Path zip, String expected) {
        ui.dialogs.files.add(zip);
        ui.dialogs.texts.add(expected == null ? "" : expected); // null: 确定 with nothing typed
        robot.interact(() -> new PackageActions(ui.context).verifyPackage());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cancellingTheFingerprintQuestionVerifiesNothing(FxRobot robot) {
        ui.dialogs.files.add(verified);
        robot.interact(() -> new PackageActions(ui.context).verifyPackage()); // no text queued: 取消
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ui.dialogs.infos.isEmpty(), () -> ui.dialogs.infos.toString());
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }

    @Test
    void verifyingWithTheFingerprintOfTheCoverLetterSaysItMatches(FxRobot robot) throws Exception {
        Path zip = verified;
        String fingerprint = PackageFingerprint.of(zip);

        verify(robot, zip, CoverLetter.grouped(fingerprint).toUpperCase(Locale.ROOT));

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        String shown = ui.dialogs.infos.get(0);
        assertTrue(shown.startsWith("验收资料包完好："), shown);
        assertTrue(shown.contains("校验码与企业提供的一致：" + fingerprint), shown);
    }

    @Test
    void verifyingWithAnotherFingerprintNamesBoth(FxRobot robot) throws Exception {
        Path zip = verified;
        String expected = "fedcba9876543210".repeat(4);

        verify(robot, zip, expected);

        String shown = ui.dialogs.lastError();
        assertTrue(shown.contains("校验码不一致：企业提供的是 " + expected + "，这个文件的是 "
                + PackageFingerprint.of(zip) + "。"), shown);
        assertTrue(ui.dialogs.infos.isEmpty());
    }

    @Test
    void verifyingWithoutAFingerprintAsksToCompareItByEye(FxRobot robot) throws Exception {
        Path zip = verified;

        verify(robot, zip, null);

        String shown = ui.dialogs.infos.get(0);
        assertTrue(shown.contains("资料包校验码（SHA-256）：" + PackageFingerprint.of(zip)), shown);
        assertTrue(shown.contains("未填写企业提供的校验码"), shown);
    }

    @Test
    void somethingThatIsNoFingerprintIsRefusedBeforeTheCheck(FxRobot robot) throws Exception {
        Path zip = verified;

        verify(robot, zip, "见移交单");

        assertEquals(List.of("“见移交单”不是资料包校验码：校验码是 64 位十六进制字符（0–9、a–f），请从资料移交单上完整抄录。"),
                ui.dialogs.errors);
    }

    @Test
    void verifyingAFindingsFileSaysItIsOneAndWhatInspectionItIsOf(FxRobot robot) throws Exception {
        FindingsFile.Content content = new FindingsFile.Content("7c9e6679-7425-40de-944b-e07fc1f90ae7", "示范化工",
                TestData.CREDIT_CODE, PackageFingerprint.of(verified), "九个一验收标准（默认）", "2026.1", "王检查",
                LocalDate.of(2026, 12, 7), new BigDecimal("82.5"), Conclusion.RECTIFY,
                List.of(new InspectionFinding("7c9e6679-0000-4000-8000-000000000001", "1.1",
                        InspectionFinding.Source.DEDUCTION, "安全员岗位责任清单未批准", "批准后报送",
                        LocalDate.of(2027, 1, 10), "张伟", "王检查", "2026-12-07 10:00:00")), null);
        Path findings = ui.context.services().findingsFiles().write(content,
                Files.createDirectories(tempDir.resolve("检查组")).resolve("检查发现问题清单.zip")).file();

        verify(robot, findings, null);

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        String shown = ui.dialogs.infos.get(0);
        assertTrue(shown.startsWith("检查发现问题清单完好：" + findings.toAbsolutePath()), shown);
        assertTrue(shown.contains("得分 82.5，结论 限期整改，发现问题 1 个"), shown);
        assertTrue(shown.contains("所检查的验收资料包校验码（SHA-256）：" + PackageFingerprint.of(verified)), shown);
        assertTrue(shown.contains("检查发现问题清单校验码（SHA-256）：" + PackageFingerprint.of(findings)), shown);
        assertFalse(shown.contains("验收资料包完好"), shown);
    }
}
