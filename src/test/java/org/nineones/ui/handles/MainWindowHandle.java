package org.nineones.ui.handles;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.nineones.ui.FakeDialogService;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window: welcome actions, tabs, title. */
public final class MainWindowHandle extends Handle {

    private final Stage stage;
    private final FakeDialogService dialogs;

    public MainWindowHandle(FxRobot robot, Stage stage, FakeDialogService dialogs) {
        super(robot);
        this.stage = stage;
        this.dialogs = dialogs;
    }

    public String title() {
        return stage.getTitle();
    }

    public boolean welcomeShown() {
        return robot.lookup("#welcomeView").tryQuery().isPresent();
    }

    /** Clicks 新建企业 on the welcome view; the dialog stays open for the returned handle. */
    public NewEnterpriseDialogHandle newEnterprise() {
        robot.clickOn("#newEnterpriseButton");
        WaitForAsyncUtils.waitForFxEvents();
        return new NewEnterpriseDialogHandle(robot);
    }

    public void openExisting() {
        click("openExistingButton");
    }

    public void openSample() {
        click("openSampleButton");
    }

    private void showTab(String id) {
        TabPane tabs = node("workspaceTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public EnterpriseProfileHandle enterprise() {
        showTab("enterpriseTab");
        return new EnterpriseProfileHandle(robot);
    }

    public OrgHandle org() {
        showTab("orgTab");
        return new OrgHandle(robot, dialogs);
    }

    public GapsHandle gaps() {
        showTab("gapsTab");
        return new GapsHandle(robot);
    }

    public EmployeesHandle people() {
        showTab("peopleTab");
        return new EmployeesHandle(robot);
    }
}
