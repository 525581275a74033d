package org.nineones.ui.handles;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;

import org.testfx.api.FxRobot;

/** The 企业信息 form. */
public final class EnterpriseProfileHandle extends Handle {

    EnterpriseProfileHandle(FxRobot robot) {
        super(robot);
    }

    public EnterpriseProfileHandle set(String field, String text) {
        type(field + "Field", text);
        return this;
    }

    public String get(String field) {
        TextField f = node(field + "Field");
        return f.getText();
    }

    public EnterpriseProfileHandle highRisk(boolean on) {
        CheckBox box = node("highRiskBox");
        if (box.isSelected() != on) {
            robot.clickOn(box);
        }
        return this;
    }

    public String creditCodeProblem() {
        return label("creditCodeError");
    }

    public boolean canSave() {
        return !disabled("saveButton");
    }

    public void save() {
        click("saveButton");
    }

    public String status() {
        return label("statusLabel");
    }
}
