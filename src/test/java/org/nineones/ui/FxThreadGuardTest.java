package org.nineones.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.CurrentThreadTaskRunner;
import org.nineones.ui.common.TaskRunner;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The guard the UI tests run under: database work on the FX thread is refused unless the task runner runs it. */
@ExtendWith(ApplicationExtension.class)
class FxThreadGuardTest {

    @TempDir
    Path tempDir;
    Workspace workspace;
    TaskRunner tasks;

    @BeforeEach
    void openWorkspace() throws Exception {
        FxThreadGuard.install();
        FxThreadGuard.takeViolations();
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        Settings settings = new Settings(tempDir.resolve("设置"));
        Services services = new Services(settings, messages);
        workspace = services.workspaces().create(tempDir.resolve("示例.nineones"), "示例", TestData.CREDIT_CODE);
        FakeDialogService dialogs = new FakeDialogService();
        tasks = FxThreadGuard.guarded(new CurrentThreadTaskRunner(dialogs, AppContext.errorMessages(messages,
                settings), messages));
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
        FxThreadGuard.takeViolations();
    }

    @Test
    void refusesDatabaseWorkOnTheFxThreadOutsideTheTaskRunner() throws Exception {
        // The refusal is caught on the FX thread itself: TestFX would print the trace of one that escapes.
        Throwable thrown = WaitForAsyncUtils.asyncFx(() -> {
            try {
                workspace.read(store -> store.employees().all());
                return null;
            } catch (IllegalStateException refused) {
                return refused;
            }
        }).get();
        assertTrue(thrown != null && thrown.getMessage().contains("on the FX thread"), String.valueOf(thrown));
        assertEquals(1, FxThreadGuard.takeViolations().size());
    }

    @Test
    void allowsDatabaseWorkThatTheTaskRunnerRunsEvenOnTheFxThread() throws Exception {
        AtomicInteger people = new AtomicInteger(-1);
        WaitForAsyncUtils.asyncFx(() -> tasks.run("读取", progress -> workspace.read(store -> store.employees().all()),
                list -> people.set(list.size()))).get();
        assertEquals(0, people.get());
        assertTrue(FxThreadGuard.takeViolations().isEmpty());
    }

    @Test
    void allowsDatabaseWorkOffTheFxThread() {
        assertEquals(0, workspace.read(store -> store.employees().all()).size());
        assertTrue(FxThreadGuard.takeViolations().isEmpty());
    }
}
