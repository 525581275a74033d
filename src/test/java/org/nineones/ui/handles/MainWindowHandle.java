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

    /**
     * Chooses a menu item by its id, as a click on it would (a dialog it opens stays open: the choice is not
     * waited for beyond the events it queues).
     */
    public void chooseMenuItem(String id) {
        javafx.scene.control.MenuBar bar = node("menuBar");
        javafx.scene.control.MenuItem item = find(bar.getMenus(), id);
        if (item == null) {
            throw new IllegalArgumentException("no menu item " + id);
        }
        if (item.isDisable()) {
            throw new IllegalStateException("menu item " + id + " is disabled");
        }
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static javafx.scene.control.MenuItem find(java.util.List<? extends javafx.scene.control.MenuItem> items,
                                                      String id) {
        for (javafx.scene.control.MenuItem item : items) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof javafx.scene.control.Menu menu) {
                javafx.scene.control.MenuItem found = find(menu.getItems(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
