package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;

import org.nineones.excel.RosterField;
import org.nineones.service.roster.RowError;
import org.nineones.ui.roster.MappingRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The 导入花名册 dialog: mapping, counts, new units and posts, invalid rows, skip option, import. */
public final class RosterImportDialogHandle extends Handle {

    public RosterImportDialogHandle(FxRobot robot) {
        super(robot);
    }

    public String summary() {
        return label("summaryLabel");
    }

    public String problem() {
        return label("problemLabel");
    }

    public List<String> newOrgUnits() {
        ListView<String> list = node("newUnitsList");
        return List.copyOf(list.getItems());
    }

    public List<String> newPosts() {
        ListView<String> list = node("newPostsList");
        return List.copyOf(list.getItems());
    }

    public List<RowError> errors() {
        TableView<RowError> table = node("errorTable");
        return List.copyOf(table.getItems());
    }

    /** "不导入的列：…", or empty when every column is imported. */
    public String unused() {
        javafx.scene.control.Label label = node("unusedLabel");
        return label.isVisible() ? label.getText() : "";
    }

    public List<String> notes() {
        ListView<String> list = node("notesList");
        return List.copyOf(list.getItems());
    }

    /** The mapping table's note for the column with that header. */
    public String noteOf(String header) {
        return rows().stream().filter(r -> r.header().equals(header)).findFirst().orElseThrow().note();
    }

    /** The header of the mapping table's selected row, or null. */
    public String selectedHeader() {
        TableView<MappingRow> table = node("mappingTable");
        MappingRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.header();
    }

    public boolean canIgnoreColumn() {
        return node("ignoreColumnButton").isVisible() && !disabled("ignoreColumnButton");
    }

    /** Leaves out the column that stops the import. */
    public RosterImportDialogHandle ignoreColumn() {
        click("ignoreColumnButton");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public RosterField fieldOf(String header) {
        return rows().stream().filter(r -> r.header().equals(header)).findFirst().orElseThrow().field();
    }

    /** Picks the field for a column in that row's combo box, as the user does. */
    @SuppressWarnings("unchecked")
    public RosterImportDialogHandle map(String header, RosterField field) {
        TableView<MappingRow> table = node("mappingTable");
        int index = rows().stream().map(MappingRow::header).toList().indexOf(header);
        robot.interact(() -> table.scrollTo(index));
        TableCell<MappingRow, RosterField> cell = robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableView() == table && c.getIndex() == index && c.getGraphic() instanceof ComboBox)
                .query();
        ComboBox<RosterField> box = (ComboBox<RosterField>) cell.getGraphic();
        robot.interact(() -> box.setValue(field));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private List<MappingRow> rows() {
        TableView<MappingRow> table = node("mappingTable");
        return List.copyOf(table.getItems());
    }

    public RosterImportDialogHandle skipInvalid(boolean on) {
        CheckBox box = node("skipInvalidBox");
        if (box.isSelected() != on) {
            robot.clickOn(box);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return this;
    }

    public boolean canImport() {
        return !disabled("importRosterButton");
    }

    public void saveErrorReport() {
        click("saveReportButton");
    }

    public void importRows() {
        click("importRosterButton");
    }
}
