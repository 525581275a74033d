package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.nineones.ui.gaps.GapRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 缺项一览: counts, the filter, the rows and 去处理. */
public final class GapsHandle extends Handle {

    GapsHandle(FxRobot robot) {
        super(robot);
    }

    public String counts() {
        return label("gapsCounts");
    }

    public GapsHandle onlyGaps(boolean only) {
        CheckBox box = node("onlyGapsBox");
        robot.interact(() -> box.setSelected(only));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public List<String> posts() {
        TableView<GapRow> table = node("gapsTable");
        return table.getItems().stream().map(GapRow::postName).toList();
    }

    /** The state of a post's cell in a column (dutyListColumn, procedureColumn, …), e.g. MISSING. */
    public String state(String postName, String columnId) {
        TableView<GapRow> table = node("gapsTable");
        TableColumn<GapRow, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        GapRow row = table.getItems().stream().filter(r -> r.postName().equals(postName)).findFirst().orElseThrow();
        Object value = column.getCellData(row);
        return value instanceof org.nineones.service.content.KindStatus s ? s.state().name() : String.valueOf(value);
    }

    /** Selects a post's cell in a column, then clicks 去处理. */
    public void fix(String postName, String columnId) {
        TableView<GapRow> table = node("gapsTable");
        TableColumn<GapRow, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        int index = table.getItems().stream().map(GapRow::postName).toList().indexOf(postName);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(index, column));
        WaitForAsyncUtils.waitForFxEvents();
        click("fixGapButton");
    }

    /** Selects the rows of these posts together (as Ctrl+click does), then clicks 批准所选; the dialog stays open. */
    public ApproveDialogHandle approveSelected(String... postNames) {
        TableView<GapRow> table = node("gapsTable");
        List<String> names = table.getItems().stream().map(GapRow::postName).toList();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (String name : postNames) {
                table.getSelectionModel().select(names.indexOf(name), table.getColumns().get(1));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#bulkApproveButton");
        WaitForAsyncUtils.waitForFxEvents();
        return new ApproveDialogHandle(robot);
    }

    /** The risk level shown for a post. */
    public String riskLevel(String postName) {
        return state(postName, "gapRiskColumn");
    }
}
