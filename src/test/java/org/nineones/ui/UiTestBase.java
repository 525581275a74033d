package org.nineones.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.store.Workspace;
import org.nineones.ui.handles.MainWindowHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Shows the real main window (temp settings folder with a Chinese name, fake dialogs, same-thread tasks). */
@ExtendWith(ApplicationExtension.class)
public abstract class UiTestBase {

    @TempDir
    protected Path tempDir;
    protected UiFixture ui;
    protected Stage stage;

    @BeforeEach
    void showMainWindow() throws Exception {
        FxThreadGuard.takeViolations();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> ui = new UiFixture(stage, tempDir.resolve("张三的设置")));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        FxToolkit.setupFixture(() -> ui.main.shutdown());
        FxToolkit.cleanupStages();
        List<String> violations = FxThreadGuard.takeViolations();
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    protected MainWindowHandle window(FxRobot robot) {
        return new MainWindowHandle(robot, stage, ui.dialogs);
    }

    /** Creates a workspace (without the UI) and opens it in the window, as "open" from the menu would. */
    protected Path openNewWorkspace(FxRobot robot, String name) throws Exception {
        Path file = tempDir.resolve("企业").resolve(name + ".nineones");
        try (Workspace ws = ui.context.services().workspaces().create(file, name, TestData.CREDIT_CODE)) {
            ws.file();
        }
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }
}
