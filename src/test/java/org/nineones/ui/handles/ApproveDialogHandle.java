package org.nineones.ui.handles;

import java.time.LocalDate;

import javafx.scene.control.DatePicker;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The 批准 dialog: approver, effective date, the field problems and the 批准 button. */
public final class ApproveDialogHandle extends Handle {

    ApproveDialogHandle(FxRobot robot) {
        super(robot);
    }

    public ApproveDialogHandle approver(String name) {
        type("approverField", name);
        return this;
    }

    public ApproveDialogHandle effectiveFrom(LocalDate day) {
        DatePicker picker = node("effectiveDatePicker");
        robot.interact(() -> picker.setValue(day));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String approverError() {
        return label("approverError");
    }

    public String dateError() {
        return label("effectiveDateError");
    }

    public boolean canApprove() {
        return !disabled("confirmApproveButton");
    }

    public void confirm() {
        click("confirmApproveButton");
    }
}
