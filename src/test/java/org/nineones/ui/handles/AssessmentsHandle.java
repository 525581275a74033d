package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.nineones.service.assessments.AssessmentSummary;
import org.nineones.service.assessments.InterviewCase;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 考核: the period bar, the people, the item scoring, closing and correcting, the interview list. */
public final class AssessmentsHandle extends Handle {

    public AssessmentsHandle(FxRobot robot) {
        super(robot);
    }

    /** Shows the 考核 tab of the open workspace. */
    public static AssessmentsHandle show(FxRobot robot) {
        TabPane tabs = robot.lookup("#workspaceTabs").query();
        Tab tab = tabs.getTabs().stream().filter(t -> "assessmentsTab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        return new AssessmentsHandle(robot);
    }

    public String period() {
        return ((TextField) node("assessPeriodField")).getText();
    }

    public AssessmentsHandle period(String text) {
        type("assessPeriodField", text);
        return this;
    }

    public void start() {
        click("assessStartButton");
    }

    public String summary() {
        return label("assessSummary");
    }

    public String notAssessable() {
        return ((javafx.scene.control.Hyperlink) node("assessNotAssessable")).getText();
    }

    public List<String> people() {
        TableView<AssessmentSummary> table = node("assessPeopleTable");
        return table.getItems().stream().map(AssessmentSummary::name).toList();
    }

    /** A person's row: status, total and rating as shown. */
    public String row(String name) {
        TableView<AssessmentSummary> table = node("assessPeopleTable");
        AssessmentSummary s = table.getItems().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        StringBuilder b = new StringBuilder();
        for (var column : table.getColumns().subList(3, table.getColumns().size())) {
            b.append(column.getCellData(s)).append(' ');
        }
        return b.toString().strip();
    }

    public AssessmentsHandle select(String name) {
        TableView<AssessmentSummary> table = node("assessPeopleTable");
        int index = table.getItems().stream().map(AssessmentSummary::name).toList().indexOf(name);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(index);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Clicks into an item's points, types the points as keys and presses Enter. */
    public AssessmentsHandle points(int position, String keys) {
        TextField field = node("assessPoints" + position);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(keys);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Types keys into the field that has the focus, then presses Enter. */
    public AssessmentsHandle typeHere(String keys) {
        robot.write(keys);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String focusedId() {
        return robot.targetWindow(robot.listTargetWindows().get(0)).lookup(".text-field").queryAll().stream()
                .filter(javafx.scene.Node::isFocused).map(javafx.scene.Node::getId).findFirst().orElse("");
    }

    public String pointsText(int position) {
        return ((TextField) node("assessPoints" + position)).getText();
    }

    public String itemError() {
        return label("assessItemError");
    }

    public String totals() {
        return label("assessTotals");
    }

    public boolean canClose() {
        return !disabled("assessCloseButton");
    }

    /** 关闭并签字…: fills the assessor (dates default to today) and confirms. */
    public void close(String assessor, String assessorDate) {
        robot.clickOn("#assessCloseButton");
        WaitForAsyncUtils.waitForFxEvents();
        type("assessAssessorField", assessor);
        if (assessorDate != null) {
            type("assessAssessorDateField", assessorDate);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public String closeDateProblem() {
        return ((Label) node("assessAssessorDateError")).getText();
    }

    public boolean closeOkDisabled() {
        return disabled("assessCloseOk");
    }

    public void confirmClose() {
        click("assessCloseOk");
    }

    public void correct() {
        click("assessCorrectButton");
    }

    public void history() {
        click("assessHistoryButton");
    }

    public List<String> interviews() {
        TableView<InterviewCase> table = node("assessInterviewTable");
        return table.getItems().stream().map(c -> c.name() + " " + (c.done() ? "done" : "due")).toList();
    }

    /** Selects the first interview case and records it as held by {@code heldBy} today. */
    public void recordInterview(String heldBy) {
        TableView<InterviewCase> table = node("assessInterviewTable");
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#assessInterviewButton");
        WaitForAsyncUtils.waitForFxEvents();
        type("assessHeldByField", heldBy);
        click("assessInterviewOk");
    }
}
