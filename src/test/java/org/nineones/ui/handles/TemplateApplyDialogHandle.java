package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

import org.nineones.model.content.PostTemplate;
import org.nineones.ui.templates.TemplateApplyViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The 套用岗位模板 dialog. */
public final class TemplateApplyDialogHandle extends Handle {

    public TemplateApplyDialogHandle(FxRobot robot) {
        super(robot);
    }

    public TemplateApplyDialogHandle filter(String text) {
        type("filterField", text);
        return this;
    }

    /** The template names the list shows. */
    public List<String> templates() {
        ListView<PostTemplate> list = node("templateList");
        return list.getItems().stream().map(PostTemplate::name).toList();
    }

    /** Moves from the filter field into the list with the down arrow, which picks the first template shown. */
    public TemplateApplyDialogHandle pickFirstWithKeyboard() {
        robot.clickOn("#filterField");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String preview() {
        TextArea area = node("previewArea");
        return area.getText();
    }

    /** Clicks the rows of these posts (holding Ctrl after the first), then ticks them with the space bar. */
    public TemplateApplyDialogHandle tickWithSpace(String... posts) {
        boolean first = true;
        for (javafx.scene.Node node : robot.lookup(".table-row-cell").queryAll()) {
            if (node instanceof javafx.scene.control.TableRow<?> row
                    && row.getItem() instanceof TemplateApplyViewModel.PostChoice choice
                    && List.of(posts).contains(choice.ref().post().name())) {
                javafx.scene.Node cell = row.lookupAll(".table-cell").stream().reduce((a, b) -> b).orElse(row);
                if (first) {
                    robot.clickOn(cell);
                    first = false;
                } else {
                    robot.press(KeyCode.CONTROL).clickOn(cell).release(KeyCode.CONTROL);
                }
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public TemplateApplyDialogHandle kind(String checkBoxId, boolean on) {
        CheckBox box = node(checkBoxId);
        robot.interact(() -> box.setSelected(on));
        return this;
    }

    public String summary() {
        Label label = node("summaryLabel");
        return label.getText();
    }

    public boolean canApply() {
        return !disabled("applyTemplateButton");
    }

    public void apply() {
        click("applyTemplateButton");
    }
}
