package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import org.nineones.excel.content.RowProblem;
import org.testfx.api.FxRobot;

/** The preview dialog of a ledger import (人员记录 menu). */
public final class LedgerImportDialogHandle extends Handle {

    public LedgerImportDialogHandle(FxRobot robot) {
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

    public List<String> toWrite() {
        ListView<String> list = node("changeList");
        return List.copyOf(list.getItems());
    }

    public LedgerImportDialogHandle skipInvalid(boolean on) {
        CheckBox box = node("skipInvalidBox");
        robot.interact(() -> box.setSelected(on));
        return this;
    }

    public boolean canImport() {
        return !disabled("importLedgerButton");
    }

    public void saveErrorReport() {
        click("saveReportButton");
    }

    public void importRows() {
        click("importLedgerButton");
    }
}
