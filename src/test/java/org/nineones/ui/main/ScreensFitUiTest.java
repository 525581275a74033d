package org.nineones.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.Fonts;
import org.nineones.ui.common.LayoutCheck;
import org.nineones.service.sample.SampleCopy;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the sample workspace and every dialog the menus open, on a 1024×600 window with the bundled
 * fonts: no text cut short ("…"), no control outside the window or hidden where no scroll bar reaches it, the
 * status bar in view, and no dialog larger than the screen.
 */
class ScreensFitUiTest extends UiTestBase {

    private static final double WIDTH = 1024;
    private static final double HEIGHT = 600;

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyScreenAndDialogFitsA1024By600Window(FxRobot robot) throws Exception {
        Fonts.load();
        robot.interact(() -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        check("welcome", stage.getScene());
        dialog("新建企业", () -> ui.main.newEnterprise());

        SampleCopy.into(ui.context.services().settings().workspaces()); // built once per run, opened here
        window(robot).openSample();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workspaceTabs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#workspaceTabs").query();
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            if ("orgTab".equals(tab.getId())) {
                selectFirstPost(robot);
            }
            check("tab " + tab.getText(), stage.getScene());
            Button status = robot.lookup("#cancelButton").query();
            if (status.localToScene(status.getLayoutBounds()).getMaxY() > HEIGHT + 1) {
                problems.add("tab " + tab.getText() + ": the status bar is below the window");
            }
        }

        robot.interact(() -> tabs.getSelectionModel().select(tabById(tabs, "peopleTab")));
        dialog("添加人员", fire("#addPersonButton"));
        robot.interact(() -> tabs.getSelectionModel().select(tabById(tabs, "orgTab")));
        selectFirstPost(robot);
        dialog("添加岗位", fire("#addPostButton"));
        robot.interact(() -> tabs.getSelectionModel().select(tabById(tabs, "trainingTab")));
        dialog("新建培训", fire("#newSessionButton"));
        robot.interact(() -> tabs.getSelectionModel().select(tabById(tabs, "rewardsTab")));
        dialog("记录奖惩", fire("#rewardsRecordButton"));
        robot.interact(() -> tabs.getSelectionModel().select(tabById(tabs, "readinessTab")));
        dialog("签署自评", fire("#readinessSignButton"));
        dialog("人工评定", () -> org.nineones.ui.readiness.JudgementDialog.show(ui.context,
                ui.context.session().workspace(), ui.context.services().checklists().defaultTemplate(), "3.1", null));
        Path roster = tempDir.resolve("人事部").resolve("花名册.xlsx");
        Files.createDirectories(roster.getParent());
        Files.copy(Path.of(System.getProperty("nineones.sampleData", "sample-data")).resolve("示例化工-花名册.xlsx"),
                roster);
        ui.dialogs.files.add(roster);
        dialog("导入花名册", menu(robot, "importItem"));
        dialog("套用模板", menu(robot, "applyTemplateItem"));
        dialog("与模板比较", menu(robot, "compareTemplateItem"));
        dialog("备份与恢复", menu(robot, "backupItem"));
        dialog("打印预览", menu(robot, "preview-cards"));
        Path sheet = tempDir.resolve("导出").resolve("岗位安全生产责任清单.xlsx");
        Files.createDirectories(sheet.getParent());
        ui.dialogs.files.add(sheet);
        window(robot).chooseMenuItem("export-duties");
        WaitForAsyncUtils.waitForFxEvents();
        ui.dialogs.files.add(sheet);
        dialog("导入预览", menu(robot, "import-duties"));

        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void selectFirstPost(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#orgTree").query();
        robot.interact(() -> {
            TreeItem<?> first = tree.getRoot().getChildren().get(0);
            TreeItem<?> unit = first.getChildren().isEmpty() ? first : first.getChildren().get(0);
            ((javafx.scene.control.MultipleSelectionModel) tree.getSelectionModel()).select(unit);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> posts = robot.lookup("#postTable").query();
        robot.interact(() -> posts.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Tab tabById(TabPane tabs, String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private Runnable fire(String selector) {
        return () -> ((Button) stage.getScene().lookup(selector)).fire();
    }

    private Runnable menu(FxRobot robot, String id) {
        return () -> window(robot).chooseMenuItem(id);
    }

    private void check(String where, Scene scene) {
        for (String problem : LayoutCheck.problems(scene)) {
            problems.add(where + ": " + problem);
        }
    }

    /** Opens a dialog (which waits for its answer, so from a later event), checks it, and cancels it. */
    private void dialog(String name, Runnable open) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        Platform.runLater(open);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> !before.contains(w) && w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot() instanceof DialogPane));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream()
                .filter(w -> !before.contains(w) && w.isShowing() && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElseThrow();
        // the test's screen is larger: a dialog wanting more than 1024×600 gets what that screen would give it
        if (dialog.getWidth() > WIDTH || dialog.getHeight() > HEIGHT) {
            Platform.runLater(() -> {
                dialog.setWidth(Math.min(WIDTH, dialog.getWidth()));
                dialog.setHeight(Math.min(HEIGHT, dialog.getHeight()));
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        check(name + " (" + (int) dialog.getWidth() + "×" + (int) dialog.getHeight() + ")", dialog.getScene());
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        Node cancel = pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).map(pane::lookupButton)
                .findFirst().orElseThrow(() -> new AssertionError(name + " has no cancel or close button"));
        Platform.runLater(((Button) cancel)::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
