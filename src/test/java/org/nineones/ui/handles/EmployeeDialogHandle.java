package org.nineones.ui.handles;

import javafx.scene.control.ComboBox;

import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.testfx.api.FxRobot;

/** The 添加人员 / 编辑人员信息 dialog. */
public final class EmployeeDialogHandle extends Handle {

    EmployeeDialogHandle(FxRobot robot) {
        super(robot);
    }

    public EmployeeDialogHandle name(String name) {
        type("personNameField", name);
        return this;
    }

    /** Types the ID number key by key, as a user would. */
    public EmployeeDialogHandle idNumber(String id) {
        robot.clickOn("#idNumberField");
        robot.interact(() -> ((javafx.scene.control.TextField) node("idNumberField")).clear());
        robot.write(id);
        return this;
    }

    public EmployeeDialogHandle hireDate(String text) {
        type("hireDateField", text);
        return this;
    }

    public EmployeeDialogHandle employeeNumber(String text) {
        type("employeeNumberField", text);
        return this;
    }

    public EmployeeDialogHandle orgUnit(String name) {
        ComboBox<OrgUnit> box = node("orgUnitBox");
        OrgUnit unit = box.getItems().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> box.setValue(unit));
        return this;
    }

    public EmployeeDialogHandle post(String name) {
        ComboBox<Post> box = node("postBox");
        Post post = box.getItems().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> box.setValue(post));
        return this;
    }

    public String idProblem() {
        return label("idNumberError");
    }

    public String nameProblem() {
        return label("personNameError");
    }

    public String hireDateProblem() {
        return label("hireDateError");
    }

    public boolean canSave() {
        return !disabled("savePersonButton");
    }

    public void save() {
        click("savePersonButton");
    }
}
