package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

import org.controlsfx.control.CheckComboBox;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.ui.FakeDialogService;
import org.nineones.ui.content.DutyRow;
import org.nineones.ui.content.ScenarioRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The selected post's content editor: the four kind tabs, status, versions and actions. */
public final class ContentEditorHandle extends Handle {

    private final FakeDialogService dialogs;

    ContentEditorHandle(FxRobot robot, FakeDialogService dialogs) {
        super(robot);
        this.dialogs = dialogs;
    }

    private ContentEditorHandle tab(String id) {
        TabPane tabs = node("kindTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public ContentEditorHandle dutyList() {
        return tab("dutyListTab");
    }

    public ContentEditorHandle procedure() {
        return tab("procedureTab");
    }

    public ContentEditorHandle riskCard() {
        return tab("riskCardTab");
    }

    public ContentEditorHandle emergencyCard() {
        return tab("emergencyCardTab");
    }

    /** The id of the kind tab shown (e.g. procedureTab). */
    public String selectedTab() {
        TabPane tabs = node("kindTabs");
        return tabs.getSelectionModel().getSelectedItem().getId();
    }

    public String title() {
        return label("editorTitle");
    }

    public String status() {
        return label("contentStatusLabel");
    }

    /** Types into a field of the shown tab (e.g. beforeWorkArea, hazardsArea, dutyTextField). */
    public ContentEditorHandle enter(String fieldId, String text) {
        type(fieldId, text);
        return this;
    }

    public String text(String fieldId) {
        TextInputControl field = node(fieldId);
        return field.getText();
    }

    public boolean editable(String fieldId) {
        TextInputControl field = node(fieldId);
        return field.isEditable();
    }

    // duty list

    /** Adds a duty with its text, responsible person and form; it stays selected. */
    public ContentEditorHandle addDuty(String duty, String responsible, ResponsibilityForm form) {
        click("addDutyButton");
        type("dutyTextField", duty);
        type("dutyResponsibleField", responsible);
        ComboBox<ResponsibilityForm> box = node("dutyFormBox");
        robot.interact(() -> box.setValue(form));
        return this;
    }

    public ContentEditorHandle selectDuty(int index) {
        TableView<DutyRow> table = node("dutyTable");
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(index);
            table.getFocusModel().focus(index);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public ContentEditorHandle moveDutyUp() {
        click("moveUpButton");
        return this;
    }

    /** Presses Enter in the duty table (after {@link #selectDuty}); the focus goes to the duty's form. */
    public ContentEditorHandle pressEnterOnDuty() {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The id of the control that has the keyboard focus. */
    public String focusedId() {
        TableView<DutyRow> table = node("dutyTable");
        var owner = table.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    /** Presses Delete in the duty table (after {@link #selectDuty}), answering the confirmation. */
    public ContentEditorHandle pressDeleteOnDuty(boolean confirm) {
        dialogs.confirmations.add(confirm);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public List<String> duties() {
        TableView<DutyRow> table = node("dutyTable");
        return table.getItems().stream().map(r -> r.dutyProperty().get()).toList();
    }

    public int selectedDuty() {
        TableView<DutyRow> table = node("dutyTable");
        return table.getSelectionModel().getSelectedIndex();
    }

    // risk card

    public ContentEditorHandle check(AccidentType type) {
        CheckComboBox<AccidentType> box = node("accidentTypesBox");
        robot.interact(() -> box.getCheckModel().check(type));
        return this;
    }

    public ContentEditorHandle riskLevel(RiskLevel level) {
        ComboBox<RiskLevel> box = node("riskLevelBox");
        robot.interact(() -> box.setValue(level));
        return this;
    }

    // emergency card

    public ContentEditorHandle addScenario(String name, String steps, String contacts) {
        click("addScenarioButton");
        type("scenarioNameField", name);
        type("scenarioStepsArea", steps);
        type("scenarioContactsArea", contacts);
        return this;
    }

    public List<String> scenarios() {
        ListView<ScenarioRow> list = node("scenarioList");
        return list.getItems().stream().map(r -> r.nameProperty().get()).toList();
    }

    // actions

    public boolean canSave() {
        return !disabled("saveDraftButton");
    }

    public boolean canApprove() {
        return !disabled("approveButton");
    }

    public boolean canDiscard() {
        return !disabled("discardButton");
    }

    public ContentEditorHandle saveDraft() {
        click("saveDraftButton");
        return this;
    }

    /** Presses Ctrl+S in the given field. */
    public ContentEditorHandle pressCtrlS(String fieldId) {
        robot.clickOn((javafx.scene.Node) node(fieldId));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Opens 批准…; the dialog stays open for the returned handle. */
    public ApproveDialogHandle approve() {
        robot.clickOn("#approveButton");
        WaitForAsyncUtils.waitForFxEvents();
        return new ApproveDialogHandle(robot);
    }

    public ContentEditorHandle discardDraft(boolean confirm) {
        dialogs.confirmations.add(confirm);
        click("discardButton");
        return this;
    }

    /** The versions in the history list, newest first, as shown. */
    public List<String> versions() {
        ComboBox<ContentVersion> box = node("versionBox");
        return box.getItems().stream().map(v -> box.getConverter().toString(v)).toList();
    }

    /** Shows version {@code number} from the history list. */
    public ContentEditorHandle showVersion(int number) {
        ComboBox<ContentVersion> box = node("versionBox");
        ContentVersion version = box.getItems().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow();
        robot.interact(() -> box.setValue(version));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public boolean versionsEnabled() {
        return !disabled("versionBox");
    }

    public ContentEditorHandle backToEditing() {
        click("backToEditingButton");
        return this;
    }

    public boolean readOnlyBannerShown() {
        Label status = node("contentStatusLabel");
        return status.getStyleClass().contains("status-read-only");
    }
}
