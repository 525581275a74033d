package org.nineones.ui.handles;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Base of the page-object handles: find a node by id, set a field, read a label, click a button. */
abstract class Handle {

    protected final FxRobot robot;

    Handle(FxRobot robot) {
        this.robot = robot;
    }

    protected <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    /** Puts text into a field the way typing does (the field's text changes, listeners fire). */
    protected void type(String id, String text) {
        TextInputControl field = node(id);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected String label(String id) {
        Label label = node(id);
        return label.isVisible() ? label.getText() : "";
    }

    protected boolean disabled(String id) {
        return node(id).isDisabled();
    }

    protected void click(String id) {
        Button button = node(id);
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
