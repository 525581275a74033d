package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import org.nineones.excel.content.RowProblem;
import org.testfx.api.FxRobot;

/** The preview dialog of a spreadsheet import (post content, a ledger); its 导入 button has the given id. */
public final class ImportPreviewHandle extends Handle {

    private final String importButtonId;

    public ImportPreviewHandle(FxRobot robot, String importButtonId) {
        super(robot);
        this.importButtonId = importButtonId;
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

    public List<String> lines() {
        ListView<String> list = node("changeList");
        return List.copyOf(list.getItems());
    }

    public ImportPreviewHandle skipInvalid(boolean on) {
        CheckBox box = node("skipInvalidBox");
        robot.interact(() -> box.setSelected(on));
        return this;
    }

    public boolean canImport() {
        return !disabled(importButtonId);
    }

    public void saveErrorReport() {
        click("saveReportButton");
    }

    public void importRows() {
        click(importButtonId);
    }
}
