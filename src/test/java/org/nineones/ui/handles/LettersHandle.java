package org.nineones.ui.handles;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.nineones.service.letters.LetterRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 责任书: the summary, the people with their status, the filters, 登记签订…, 更正…, the history, the preview. */
public final class LettersHandle extends Handle {

    public LettersHandle(FxRobot robot) {
        super(robot);
    }

    /** Shows the 责任书 tab. */
    public LettersHandle open() {
        TabPane tabs = node("workspaceTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> "lettersTab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String summary() {
        return label("lettersSummary");
    }

    public String levels() {
        return label("lettersLevels");
    }

    public List<String> names() {
        TableView<LetterRow> table = node("lettersTable");
        return table.getItems().stream().map(r -> r.employee().name()).toList();
    }

    /** The text of a column for a person, e.g. lettersStatusColumn → 已签. */
    public String cell(String name, String columnId) {
        TableView<LetterRow> table = node("lettersTable");
        TableColumn<LetterRow, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        LetterRow row = table.getItems().stream().filter(r -> r.employee().name().equals(name)).findFirst()
                .orElseThrow();
        Object value = column.getCellData(row);
        return value instanceof org.nineones.service.letters.LetterStatus s ? s.name() : String.valueOf(value);
    }

    public LettersHandle select(String name) {
        TableView<LetterRow> table = node("lettersTable");
        int index = names().indexOf(name);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(index));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public LettersHandle onlyUnsigned(boolean only) {
        CheckBox box = node("lettersOnlyUnsigned");
        robot.interact(() -> box.setSelected(only));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public List<String> history() {
        ListView<String> list = node("lettersHistory");
        return List.copyOf(list.getItems());
    }

    /** Clicks 登记签订… (the dialog stays open). */
    public LettersHandle sign() {
        click("lettersSign");
        return this;
    }

    public LettersHandle correct() {
        click("lettersCorrect");
        return this;
    }

    public LettersHandle print() {
        click("lettersPrint");
        return this;
    }

    public LettersHandle signDate(String text) {
        DatePicker picker = node("letterSignDate");
        robot.interact(() -> picker.getEditor().setText(text));
        return this;
    }

    public LettersHandle chooseFile() {
        click("letterChooseFile");
        return this;
    }

    public String signFile() {
        return label("letterSignFile");
    }

    public String signError() {
        return label("letterSignError");
    }

    public LettersHandle confirmSign() {
        click("letterSignOk");
        return this;
    }

    public LettersHandle reason(String text) {
        type("letterCorrectReason", text);
        return this;
    }

    public LettersHandle correctDate(LocalDate day) {
        DatePicker picker = node("letterCorrectDate");
        robot.interact(() -> picker.getEditor().setText(day.toString()));
        return this;
    }

    public LettersHandle voided(boolean withdraw) {
        CheckBox box = node("letterCorrectVoid");
        robot.interact(() -> box.setSelected(withdraw));
        return this;
    }

    public LettersHandle confirmCorrect() {
        click("letterCorrectOk");
        return this;
    }

    public boolean dialogOpen() {
        return robot.lookup("#letterSignOk").tryQuery().isPresent()
                || robot.lookup("#letterCorrectOk").tryQuery().isPresent();
    }

    /** The reason field, to check it is there. */
    public TextField reasonField() {
        return node("letterCorrectReason");
    }
}
