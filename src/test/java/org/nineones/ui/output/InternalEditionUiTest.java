package org.nineones.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.pack.Manifest;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.PackageDialogsHandle;
import org.nineones.ui.handles.PreflightHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The internal edition in the window: its own menu entry opens a warning with a checkbox, OK stays disabled until
 * the checkbox is ticked, cancelling writes nothing, and the package made is marked internal in its manifest.
 */
class InternalEditionUiTest extends UiTestBase {

    @Test
    void onlyATickedCheckboxUnderTheWarningMakesTheInternalEdition(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Workspace ws = ui.main.viewModel().session().workspace();
        var services = ui.context.services();
        OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        Post post = services.org().savePost(ws, new Post(null, company.id(), "安全员", PostCategory.SAFETY_MANAGER,
                RiskLevel.LOW));
        services.org().replaceDuties(ws, post.id(), List.of("监督检查安全生产状况"));
        String id = TestData.id("37160219850312001");
        services.people().save(ws, new Employee(null, "张伟", null, IdNumber.of(id), "A001", "", company.id(),
                post.id(), null, EmployeeStatus.ACTIVE, "", null));
        Path zip = Files.createDirectories(tempDir.resolve("输出")).resolve("内部版.zip");

        chooseInternal(robot);
        Label warning = robot.lookup("#packageInternalWarning").queryAs(Label.class);
        assertTrue(warning.getText().contains("完整身份证号") && warning.getText().contains("不得提交"),
                warning.getText());
        Button ok = robot.lookup("#packageInternalOk").queryButton();
        assertTrue(ok.isDisabled(), "OK waits for the checkbox");
        robot.clickOn("#packageInternalCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(zip));

        ui.dialogs.files.add(zip);
        chooseInternal(robot);
        Button again = robot.lookup("#packageInternalOk").queryButton();
        assertTrue(again.isDisabled(), "not ticked by the last time");
        robot.clickOn("#packageInternal");
        assertTrue(robot.lookup("#packageInternal").queryAs(CheckBox.class).isSelected());
        assertFalse(again.isDisabled());
        robot.clickOn("#packageInternalOk");
        WaitForAsyncUtils.waitForFxEvents();
        PreflightHandle preflight = new PreflightHandle(robot);
        if (preflight.shown()) {
            preflight.continueAnyway();
            WaitForAsyncUtils.waitForFxEvents();
        }
        PackageDialogsHandle dialog = new PackageDialogsHandle(robot);
        assertTrue(dialog.exportedMessage().startsWith("验收资料包已导出："), dialog.exportedMessage());
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        Manifest manifest = services.packages().verify(zip).manifest();
        assertEquals(Manifest.INTERNAL, manifest.edition());
        dialog.closeExported();
    }

    private void chooseInternal(FxRobot robot) {
        window(robot).chooseMenuItem("exportInternalItem");
        PreflightHandle preflight = new PreflightHandle(robot);
        if (preflight.shown()) {
            preflight.continueAnyway();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
