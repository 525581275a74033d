package org.nineones.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The main window opens fitted to the screen, and where it was left when that still fits. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryUiTest {

    @TempDir
    Path home;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Stage show(FxRobot robot, WindowMemory memory) throws Exception {
        Stage[] shown = new Stage[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new BorderPane(new Label("九个一"))));
            memory.place(stage);
            stage.show();
            shown[0] = stage;
        });
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return shown[0];
    }

    @Test
    void theFirstStartFitsTheScreenCentred(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage stage = show(robot, new WindowMemory(new Settings(home).windowFile()));
        assertEquals(Math.min(WindowMemory.DESIGN_WIDTH, screen.getWidth()), stage.getWidth(), 0.5);
        assertEquals(Math.min(WindowMemory.DESIGN_HEIGHT, screen.getHeight()), stage.getHeight(), 0.5);
        assertTrue(stage.getX() >= screen.getMinX() && stage.getX() + stage.getWidth() <= screen.getMaxX()
                && stage.getY() >= screen.getMinY() && stage.getY() + stage.getHeight() <= screen.getMaxY(),
                "inside the screen, frame included");

        Rectangle2D small = WindowMemory.defaultBounds(new Rectangle2D(0, 0, 1024, 600));
        assertEquals(new Rectangle2D(0, 0, 1024, 600), small, "a 1024×600 screen gets a window of its size");
        Rectangle2D laptop = WindowMemory.defaultBounds(new Rectangle2D(0, 0, 1366, 728));
        assertEquals(new Rectangle2D(83, 0, 1200, 728), laptop, "a 1366×768 laptop with its task bar");
    }

    @Test
    void sizePlaceAndSplitsComeBackWhereTheyStillFit(FxRobot robot) throws Exception {
        Path file = new Settings(home.resolve("张三")).windowFile();
        WindowMemory memory = new WindowMemory(file);
        Stage stage = show(robot, memory);
        TabPane tabs = new TabPane();
        SplitPane split = new SplitPane(new Label("组织"), new SplitPane(new Label("岗位"), new Label("内容")));
        Tab org = new Tab("组织与岗位", split);
        org.setId("orgTab");
        tabs.getTabs().add(org);
        robot.interact(() -> {
            stage.setX(30);
            stage.setY(20);
            stage.setWidth(900);
            stage.setHeight(560);
            split.setDividerPositions(0.35);
            ((SplitPane) split.getItems().get(1)).setDividerPositions(0.6);
            memory.remember(stage);
            memory.rememberSplits(tabs);
            memory.save();
            stage.hide();
        });
        assertTrue(Files.isRegularFile(file));

        WindowMemory next = new WindowMemory(file);
        Stage again = show(robot, next);
        assertEquals(new Rectangle2D(30, 20, 900, 560),
                new Rectangle2D(again.getX(), again.getY(), again.getWidth(), again.getHeight()));
        SplitPane fresh = new SplitPane(new Label("组织"), new SplitPane(new Label("岗位"), new Label("内容")));
        TabPane freshTabs = new TabPane(new Tab("组织与岗位", fresh));
        freshTabs.getTabs().get(0).setId("orgTab");
        robot.interact(() -> next.restoreSplits(freshTabs));
        assertArrayEquals(new double[] {0.35}, fresh.getDividerPositions(), 1e-9);
        assertArrayEquals(new double[] {0.6}, ((SplitPane) fresh.getItems().get(1)).getDividerPositions(), 1e-9);
    }

    @Test
    void aPlaceOnAScreenNoLongerThereIsNotRestored(FxRobot robot) throws Exception {
        Path file = new Settings(home).windowFile();
        Files.createDirectories(file.getParent());
        // left on a second monitor to the right, since unplugged
        Files.writeString(file, "window.x=3000\nwindow.y=100\nwindow.width=1600\nwindow.height=1000\n");
        Stage stage = show(robot, new WindowMemory(file));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getX() + stage.getWidth() <= screen.getMaxX() && stage.getWidth() <= screen.getWidth()
                && stage.getHeight() <= screen.getHeight(), "opened on the screen there is: " + stage.getX() + ","
                + stage.getY() + " " + stage.getWidth() + "×" + stage.getHeight());
        Files.writeString(file, "window.x=oops\n");
        Stage again = show(robot, new WindowMemory(file));
        assertTrue(again.getWidth() <= screen.getWidth(), "a spoilt file means the default");
    }
}
