package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;

import org.nineones.service.content.ContentPreflight.Finding;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 打印或导出前检查: the findings, 照样继续, 取消, and a double-click on one to go to its post. */
public final class PreflightHandle extends Handle {

    public PreflightHandle(FxRobot robot) {
        super(robot);
    }

    /** True while the list is shown. */
    public boolean shown() {
        return robot.lookup("#preflightList").tryQuery().isPresent();
    }

    public List<Finding> findings() {
        ListView<Finding> list = node("preflightList");
        return List.copyOf(list.getItems());
    }

    public List<String> texts() {
        return findings().stream().map(Finding::text).toList();
    }

    public void continueAnyway() {
        click("preflightContinueButton");
    }

    public void cancel() {
        click("preflightCancelButton");
    }

    /** Double-clicks the finding with this text: the list closes and its post is shown. */
    public void open(String text) {
        ListView<Finding> list = node("preflightList");
        int index = texts().indexOf(text);
        if (index < 0) {
            throw new IllegalArgumentException("no finding " + text + " in " + texts());
        }
        robot.interact(() -> {
            list.scrollTo(index);
            list.getSelectionModel().select(index);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getListView() == list && c.getIndex() == index).queryAs(javafx.scene.Node.class),
                MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
