package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

    /** Selects the rows of these posts and ticks them with the space bar. */
    public TemplateApplyDialogHandle tickWithSpace(String... posts) {
        TableView<TemplateApplyViewModel.PostChoice> table = node("postTable");
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (List.of(posts).contains(table.getItems().get(i).ref().post().name())) {
                    table.getSelectionModel().select(i);
                }
            }
        });
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
