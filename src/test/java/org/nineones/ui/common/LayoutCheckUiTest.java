package org.nineones.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The layout check itself: a button cut short inside a scroll pane is a problem too (scrolling never shows it whole). */
@ExtendWith(ApplicationExtension.class)
class LayoutCheckUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private List<String> problemsOf(FxRobot robot, boolean scrolling) {
        AtomicReference<List<String>> problems = new AtomicReference<>();
        robot.interact(() -> {
            Button wide = new Button("按新版模板更新所有岗位的内容");
            wide.setId("wideButton");
            HBox bar = new HBox(new Button("刷新"), wide);
            ScrollPane pane = new ScrollPane(bar);
            pane.setFitToWidth(true);
            Scene scene = new Scene(scrolling ? pane : bar, 120, 80);
            // a window of its own: the shared test window may keep a minimum size from an earlier test
            Stage own = new Stage();
            own.setScene(scene);
            own.show();
            problems.set(LayoutCheck.problems(scene));
            own.close();
        });
        return problems.get();
    }

    @Test
    void aButtonCutShortInAScrollPaneIsAProblem(FxRobot robot) {
        List<String> problems = problemsOf(robot, true);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("cut short: Button#wideButton")), problems::toString);
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("outside the window")),
                "scrolling reaches what lies beyond the viewport: " + problems);
    }

    @Test
    void aButtonCutShortOutsideAScrollPaneIsAProblem(FxRobot robot) {
        List<String> problems = problemsOf(robot, false);
        assertEquals(1, problems.stream().filter(p -> p.startsWith("cut short: Button#wideButton")).count(),
                problems::toString);
    }
}
