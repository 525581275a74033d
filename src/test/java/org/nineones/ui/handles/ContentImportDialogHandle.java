package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import org.nineones.excel.content.RowProblem;
import org.testfx.api.FxRobot;

/** The preview dialog of a post content import. */
public final class ContentImportDialogHandle extends Handle {

    public ContentImportDialogHandle(FxRobot robot) {
        super(robot);
    }

    public String summary() {
        return label("summaryLabel");
    }

    public String problem() {
        return label("problemLabel");
    }

    public List<RowProblem> errors() {
        TableView<RowProblem> table = node("errorTable");
        return List.copyOf(table.getItems());
    }

    public List<String> changes() {
        ListView<String> list = node("changeList");
        return List.copyOf(list.getItems());
    }

    public ContentImportDialogHandle skipInvalid(boolean on) {
        CheckBox box = node("skipInvalidBox");
        robot.interact(() -> box.setSelected(on));
        return this;
    }

    public boolean canImport() {
        return !disabled("importContentButton");
    }

    public void saveErrorReport() {
        click("saveReportButton");
    }

    public void importRows() {
        click("importContentButton");
    }
}
