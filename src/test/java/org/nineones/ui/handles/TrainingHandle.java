package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

import org.nineones.service.training.PersonCompliance;
import org.nineones.ui.training.AttendeeRow;
import org.nineones.ui.training.ComplianceFilter;
import org.nineones.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The training tab: sessions, attendees, the people picker, the compliance view. */
public final class TrainingHandle extends Handle {

    public TrainingHandle(FxRobot robot) {
        super(robot);
    }

    /** Shows the training tab of the workspace window. */
    public static TrainingHandle show(FxRobot robot) {
        TrainingHandle h = new TrainingHandle(robot);
        TabPane tabs = h.node("workspaceTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> "trainingTab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        return h;
    }

    public List<String> sessions() {
        TableView<TrainingViewModel.SessionRow> table = node("sessionTable");
        return table.getItems().stream().map(r -> r.session().topic()).toList();
    }

    public TrainingHandle selectSession(String topic) {
        TableView<TrainingViewModel.SessionRow> table = node("sessionTable");
        robot.interact(() -> table.getItems().stream().filter(r -> r.session().topic().equals(topic)).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public List<String> attendees() {
        TableView<AttendeeRow> table = node("attendeeTable");
        return table.getItems().stream().map(AttendeeRow::name).toList();
    }

    public TrainingHandle selectAttendee(String name) {
        TableView<AttendeeRow> table = node("attendeeTable");
        robot.interact(() -> table.getItems().stream().filter(r -> r.name().equals(name)).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Opens 添加人员…, searches, ticks everyone shown, and signs them in. */
    public void addAttendees(String search) {
        click("addAttendeesButton");
        type("pickSearch", search);
        ListView<?> list = node("pickList");
        robot.interact(list::layout);
        click("pickAllShown");
        click("pickOkButton");
    }

    /** The people shown in the picker (while it is open). */
    public int pickerShown() {
        ListView<?> list = node("pickList");
        return list.getItems().size();
    }

    public void newSession(String topic, String hours) {
        click("newSessionButton");
        type("sessionTopic", topic);
        type("sessionHours", hours);
        click("saveSessionButton");
    }

    public String sessionProblem() {
        return label("sessionProblem");
    }

    public boolean canSaveSession() {
        return !disabled("saveSessionButton");
    }

    public void typeSessionHours(String hours) {
        type("sessionHours", hours);
    }

    public void withdrawSelected() {
        click("withdrawAttendanceButton");
    }

    public void history() {
        click("attendanceHistoryButton");
    }

    /** Shows the 合规 sub-tab (the table is computed as it is shown). */
    public TrainingHandle compliance() {
        TabPane tabs = node("trainingTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> "trainingComplianceTab".equals(t.getId())).findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public TrainingHandle filter(ComplianceFilter filter) {
        ComboBox<ComplianceFilter> box = node("complianceFilter");
        robot.interact(() -> box.setValue(filter));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public List<String> compliancePeople() {
        TableView<PersonCompliance> table = node("complianceTable");
        return table.getItems().stream().map(PersonCompliance::name).toList();
    }

    public String complianceCounts() {
        return label("complianceCounts");
    }

    public CheckBox firstPickBox() {
        return robot.lookup("#pickList .check-box").query();
    }

    /** Clicks 导入签到表… (the file comes from the fake dialogs); the preview dialog opens. */
    public void importSignInSheet() {
        click("importAttendanceButton");
    }

    public String importSummary() {
        return label("summaryLabel");
    }

    public List<String> importErrors() {
        TableView<org.nineones.excel.content.RowProblem> table = node("errorTable");
        return table.getItems().stream().map(p -> p.row() + ":" + p.message()).toList();
    }

    public boolean canImport() {
        return !disabled("importLedgerButton");
    }

    public void skipInvalid() {
        CheckBox box = node("skipInvalidBox");
        robot.interact(() -> box.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void confirmImport() {
        click("importLedgerButton");
    }
}
