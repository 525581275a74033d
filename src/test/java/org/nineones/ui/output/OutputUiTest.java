package org.nineones.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.PreflightHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The output menu through its accelerators: each either produces its file and offers the folder, or explains. */
class OutputUiTest extends UiTestBase {

    private void press(FxRobot robot, KeyCode key) {
        robot.push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void printCardsWritesThePdfAndOffersToOpenItsFolder(FxRobot robot) throws Exception {
        Path file = openNewWorkspace(robot, "示范化工");
        Workspace ws = ui.main.viewModel().session().workspace();
        var services = ui.context.services();
        OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        Post post = services.org().savePost(ws, new Post(null, company.id(), "安全员", PostCategory.SAFETY_MANAGER,
                RiskLevel.LOW));
        services.org().replaceDuties(ws, post.id(), List.of("监督检查安全生产状况"));
        services.people().save(ws, new Employee(null, "张伟", null, IdNumber.of(TestData.id("37160219850312001")),
                "A001", "", company.id(), post.id(), null, EmployeeStatus.ACTIVE, "", null));
        Path pdf = tempDir.resolve("输出").resolve("责任卡.pdf");
        Files.createDirectories(pdf.getParent());
        ui.dialogs.files.add(pdf);

        window(robot).chooseMenuItem("cardsItem");
        PreflightHandle preflight = new PreflightHandle(robot);
        assertEquals(List.of("示范化工 / 安全员：岗位安全生产责任清单还是草稿（第 1 版），打印出来标着“草稿”。",
                "示范化工 / 安全员：没有岗位安全操作规程，打印时这一项是空白。"), preflight.texts());
        preflight.continueAnyway();

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertTrue(Files.size(pdf) > 1000);
        assertTrue(ui.dialogs.questions.get(0).startsWith("已生成 1 张岗位责任卡："), ui.dialogs.questions.get(0));
        assertEquals(pdf.getParent(), ui.dialogs.openedFolders.get(0));
        assertTrue(Files.isRegularFile(file));
    }

    /** One unit, one post with a duty, one person: enough for cards and a package. */
    private Workspace withOnePerson(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Workspace ws = ui.main.viewModel().session().workspace();
        var services = ui.context.services();
        OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        Post post = services.org().savePost(ws, new Post(null, company.id(), "安全员", PostCategory.SAFETY_MANAGER,
                RiskLevel.LOW));
        services.org().replaceDuties(ws, post.id(), List.of("监督检查安全生产状况"));
        services.people().save(ws, new Employee(null, "张伟", null, IdNumber.of(TestData.id("37160219850312001")),
                "A001", "", company.id(), post.id(), null, EmployeeStatus.ACTIVE, "", null));
        return ws;
    }

    @Test
    void exportPackageWritesTheZipAndOpensItsFolderOnRequest(FxRobot robot) throws Exception {
        withOnePerson(robot);
        Path zip = tempDir.resolve("输出").resolve("验收资料包.zip");
        Files.createDirectories(zip.getParent());
        ui.dialogs.files.add(zip);

        press(robot, KeyCode.E);
        PreflightHandle preflight = new PreflightHandle(robot);
        assertTrue(preflight.texts().contains("示范化工 / 安全员：没有应急处置卡，打印时这一项是空白。"),
                preflight.texts()::toString);
        preflight.continueAnyway();

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertTrue(Files.size(zip) > 1000);
        org.nineones.ui.handles.PackageDialogsHandle dialog = new org.nineones.ui.handles.PackageDialogsHandle(robot);
        assertTrue(dialog.exportedMessage().startsWith("验收资料包已导出："), dialog.exportedMessage());
        dialog.openFolder();
        assertEquals(zip.getParent().toAbsolutePath(), ui.dialogs.openedFolders.get(0));
        dialog.closeExported();
    }

    private Path exported(FxRobot robot) throws Exception {
        Workspace ws = withOnePerson(robot);
        Path zip = tempDir.resolve("县应急局").resolve("验收资料包.zip");
        Files.createDirectories(zip.getParent());
        ui.context.services().packages().export(ws, zip, org.nineones.service.Progress.NONE);
        return zip;
    }

    private void verify(FxRobot robot, Path zip) {
        ui.dialogs.files.add(zip);
        ui.dialogs.texts.add(""); // 确定 with no fingerprint typed
        robot.interact(() -> new PackageActions(ui.context).verifyPackage());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void verifyingAnIntactPackageSaysSoWithItsEnterprise(FxRobot robot) throws Exception {
        Path zip = exported(robot);

        verify(robot, zip);

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        String shown = ui.dialogs.infos.get(0);
        assertTrue(shown.startsWith("验收资料包完好："), shown);
        assertTrue(shown.contains("示范化工"), shown);
    }

    @Test
    void verifyingAPackageWithAnAddedFileNamesIt(FxRobot robot) throws Exception {
        Path zip = exported(robot);
        Path altered = zip.resolveSibling("改过的资料包.zip");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(altered))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry("补充说明.txt"));
            out.write("后加的文件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }

        verify(robot, altered);

        String shown = ui.dialogs.lastError();
        assertTrue(shown.startsWith("验收资料包未通过校验："), shown);
        assertTrue(shown.contains("补充说明.txt"), shown);
    }

    @Test
    void cancellingTheFileChooserDoesNothing(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");

        window(robot).chooseMenuItem("cardsItem");

        assertTrue(ui.dialogs.errors.isEmpty());
        assertTrue(ui.dialogs.infos.isEmpty());
    }
}
