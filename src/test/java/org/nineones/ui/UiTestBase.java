package org.nineones.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
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

    /**
     * Creates a workspace (without the UI) and opens it in the window, as "open" from the menu would. The workspace is
     * a copy of a new one made once per run for each name: making one migrates the schema, copying it does not.
     */
    protected Path openNewWorkspace(FxRobot robot, String name) throws Exception {
        Path file = Files.createDirectories(tempDir.resolve("企业")).resolve(name + ".nineones");
        Files.copy(newWorkspace(name), file);
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }

    /** New workspaces by their enterprise's name, each made once per run (removed when it ends). */
    private static final Map<String, Path> NEW_WORKSPACES = new ConcurrentHashMap<>();

    private Path newWorkspace(String name) throws Exception {
        Path made = NEW_WORKSPACES.get(name);
        if (made == null) {
            Path folder = Files.createTempDirectory("nineones-new-workspace");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            made = folder.resolve(name + ".nineones");
            Services services = new Services(new Settings(folder.resolve("设置")), ui.context.services().messages());
            try (Workspace ws = services.workspaces().create(made, name, TestData.CREDIT_CODE)) {
                ws.file();
            }
            NEW_WORKSPACES.put(name, made);
        }
        return made;
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: what cannot be removed now stays for the system to clean
        }
    }
}
