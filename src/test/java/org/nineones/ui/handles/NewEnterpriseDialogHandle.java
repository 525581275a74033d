package org.nineones.ui.handles;

import org.testfx.api.FxRobot;

/** The 新建企业 dialog. */
public final class NewEnterpriseDialogHandle extends Handle {

    NewEnterpriseDialogHandle(FxRobot robot) {
        super(robot);
    }

    public NewEnterpriseDialogHandle name(String name) {
        type("nameField", name);
        return this;
    }

    public NewEnterpriseDialogHandle creditCode(String code) {
        type("creditCodeField", code);
        return this;
    }

    public NewEnterpriseDialogHandle location(String path) {
        type("locationField", path);
        return this;
    }

    public String location() {
        javafx.scene.control.TextField field = node("locationField");
        return field.getText();
    }

    /** Where the location field's caret is, and so which part of a long path it shows. */
    public int locationCaret() {
        javafx.scene.control.TextField field = node("locationField");
        return field.getCaretPosition();
    }

    public String creditCodeProblem() {
        return label("creditCodeError");
    }

    public boolean canCreate() {
        return !disabled("createWorkspaceButton");
    }

    public void create() {
        click("createWorkspaceButton");
    }
}
