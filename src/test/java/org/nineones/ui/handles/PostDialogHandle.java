package org.nineones.ui.handles;

import javafx.scene.control.ComboBox;

import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.testfx.api.FxRobot;

/** The 添加岗位 / 编辑岗位 dialog. */
public final class PostDialogHandle extends Handle {

    PostDialogHandle(FxRobot robot) {
        super(robot);
    }

    public PostDialogHandle name(String name) {
        type("postNameField", name);
        return this;
    }

    public PostDialogHandle category(PostCategory category) {
        ComboBox<PostCategory> box = node("categoryBox");
        robot.interact(() -> box.setValue(category));
        return this;
    }

    public PostDialogHandle risk(RiskLevel level) {
        ComboBox<RiskLevel> box = node("riskBox");
        robot.interact(() -> box.setValue(level));
        return this;
    }

    public boolean canSave() {
        return !disabled("savePostButton");
    }

    public void save() {
        click("savePostButton");
    }
}
