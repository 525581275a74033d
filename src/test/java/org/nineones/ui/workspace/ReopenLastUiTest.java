package org.nineones.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.MainWindowHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** At start without a file the window reopens the workspace used last, or says on the welcome page why not. */
class ReopenLastUiTest extends UiTestBase {

    /** A workspace made and closed, as the last run left it: first in the recent files. */
    private Path lastUsed(String name) throws Exception {
        Path file = tempDir.resolve("企业").resolve(name + ".nineones");
        try (Workspace ws = ui.context.services().workspaces().create(file, name, TestData.CREDIT_CODE)) {
            ws.file();
        }
        return file;
    }

    private void start(FxRobot robot) {
        robot.interact(() -> {
            ui.main.viewModel().refreshRecentFiles();
            ui.main.viewModel().reopenLast();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String note(FxRobot robot) {
        Label note = robot.lookup("#lastNote").queryAs(Label.class);
        return note.isVisible() ? note.getText() : "";
    }

    @Test
    void reopensTheWorkspaceUsedLast(FxRobot robot) throws Exception {
        lastUsed("先前的化工");
        lastUsed("上次的化工");

        start(robot);

        MainWindowHandle window = window(robot);
        assertFalse(window.welcomeShown());
        assertEquals("上次的化工 — 九个一 全员安全生产责任制", window.title());
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }

    @Test
    void aWorkspaceThatIsGoneLeavesTheWelcomePageWithANote(FxRobot robot) throws Exception {
        Path file = lastUsed("搬走的化工");
        Files.move(file, file.resolveSibling("别处.nineones"));

        start(robot);

        assertTrue(window(robot).welcomeShown());
        assertTrue(note(robot).startsWith("上次使用的企业数据文件已不在原处，没有打开：" + file.toAbsolutePath()), note(robot));
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }

    @Test
    void aWorkspaceThatDoesNotOpenLeavesTheWelcomePageSayingWhy(FxRobot robot) throws Exception {
        Path file = lastUsed("被占用的化工");
        try (Workspace elsewhere = Workspace.open(file)) {
            start(robot);

            assertTrue(window(robot).welcomeShown());
            assertTrue(note(robot).startsWith("上次使用的企业数据文件没能打开：" + file.toAbsolutePath()), note(robot));
            assertTrue(note(robot).contains("已在另一个窗口"), note(robot));
            assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
            elsewhere.file();
        }
    }

    @Test
    void theSettingKeepsTheWelcomePage(FxRobot robot) throws Exception {
        lastUsed("上次的化工");
        Files.writeString(ui.context.settings().settingsFile(), "startup.reopenLast = false\n", StandardCharsets.UTF_8);

        start(robot);

        assertTrue(window(robot).welcomeShown());
        assertEquals("", note(robot));
    }
}
