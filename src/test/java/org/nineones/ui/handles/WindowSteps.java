package org.nineones.ui.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

import org.nineones.ui.common.LayoutCheck;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The steps a tour through the window repeats, by node id: fire a button, type into a field, select a tab, and fill a
 * modal dialog opened from a button then press its OK.
 */
public final class WindowSteps {

    private final FxRobot robot;

    public WindowSteps(FxRobot robot) {
        this.robot = robot;
    }

    /** Fires the button {@code id} (e.g. {@code "#signButton"}) and waits for the events it caused. */
    public void fire(String id) {
        ButtonBase button = robot.lookup(id).query();
        assertFalse(button.isDisabled(), id + " is enabled");
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts text into the field {@code id} the way typing does. */
    public void type(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    /** Selects the tab {@code tabId} of {@code tabs}. */
    public void select(TabPane tabs, String tabId) {
        Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + tabId));
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens a modal dialog from a button, fills it, checks that it fits ({@link LayoutCheck}), presses its OK and waits
     * for it to close.
     */
    public void inDialog(String buttonId, Runnable fill, String okId) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        ButtonBase button = robot.lookup(buttonId).query();
        assertFalse(button.isDisabled(), buttonId);
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(before) != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = dialog(before);
        fill.run();
        assertEquals(List.of(), LayoutCheck.problems(dialog.getScene()), buttonId + "'s dialog fits");
        ButtonBase ok = (ButtonBase) dialog.getScene().getRoot().lookup(okId);
        assertNotNull(ok, okId);
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Window dialog(List<Window> before) {
        return Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElse(null);
    }
}
