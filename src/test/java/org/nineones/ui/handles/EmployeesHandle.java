package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.nineones.ui.people.EmployeeRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The 人员名册 table with its search field and the reveal-ID toggle. */
public final class EmployeesHandle extends Handle {

    EmployeesHandle(FxRobot robot) {
        super(robot);
    }

    public EmployeesHandle search(String text) {
        type("searchField", text);
        return this;
    }

    /** Names in the order the table shows them. */
    public List<String> names() {
        return table().getItems().stream().map(EmployeeRow::name).toList();
    }

    /** The org unit the table shows for this person. */
    public String orgUnitOf(String name) {
        return table().getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().orgUnit();
    }

    /** The ID number as the table shows it for this person. */
    public String idShownFor(String name) {
        TableView<EmployeeRow> table = table();
        @SuppressWarnings("unchecked")
        TableColumn<EmployeeRow, String> column = (TableColumn<EmployeeRow, String>) table.getColumns().stream()
                .filter(c -> "idColumn".equals(c.getId())).findFirst().orElseThrow();
        EmployeeRow row = table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        return column.getCellData(row);
    }

    public EmployeesHandle revealIds(boolean on) {
        CheckBox box = node("revealIdsBox");
        if (box.isSelected() != on) {
            robot.clickOn(box);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return this;
    }

    public EmployeeDialogHandle add() {
        robot.clickOn("#addPersonButton");
        WaitForAsyncUtils.waitForFxEvents();
        return new EmployeeDialogHandle(robot);
    }

    public EmployeesHandle select(String name) {
        TableView<EmployeeRow> table = table();
        EmployeeRow row = table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Presses the Delete key on the table. */
    public EmployeesHandle pressDelete() {
        TableView<EmployeeRow> table = table();
        robot.interact(table::requestFocus);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Presses Enter on the selected row: the edit dialog opens. */
    public EmployeeDialogHandle pressEnter() {
        TableView<EmployeeRow> table = table();
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return new EmployeeDialogHandle(robot);
    }

    public String count() {
        return label("countLabel");
    }

    private TableView<EmployeeRow> table() {
        return node("employeeTable");
    }

    /** Drops files from a file manager on the people list; the answer says whether it took them. */
    public FileDrop.Answer dropFiles(java.nio.file.Path... files) throws Exception {
        FileDrop.Answer answer = FileDrop.drop(node("employeesView"), List.of(files));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }
}
