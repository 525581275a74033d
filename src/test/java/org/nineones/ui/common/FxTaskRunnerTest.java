package org.nineones.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.concurrent.Worker;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.nineones.model.Messages;
import org.nineones.ui.FakeDialogService;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** The GUI's task runner: work off the FX thread, progress for the status bar, cancel, failures as sentences. */
class FxTaskRunnerTest {

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FxTaskRunner runner = new FxTaskRunner(dialogs, new ErrorMessages(messages, Path.of("日志")), messages);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void runOnFx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
    }

    @Test
    void runsTheWorkOffTheFxThreadAndHandsTheResultBackOnIt() throws Exception {
        AtomicReference<String> worker = new AtomicReference<>();
        AtomicReference<String> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        runOnFx(() -> runner.run("计算", progress -> {
            worker.set(Thread.currentThread().getName());
            progress.update(1, 2, "一半");
            return "完成";
        }, value -> {
            result.set(value + "@" + Thread.currentThread().getName());
            done.countDown();
        }));

        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertTrue(worker.get().startsWith("nineones-task-"), worker.get());
        assertEquals("完成@JavaFX Application Thread", result.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(runner.current().get());
    }

    @Test
    void cancellingStopsTheWorkAndSaysSo() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        runOnFx(() -> runner.run("导出验收资料包", progress -> {
            started.countDown();
            while (true) {
                progress.checkCancelled();
                Thread.sleep(5);
            }
        }, value -> dialogs.infos.add("should not finish")));
        assertTrue(started.await(10, TimeUnit.SECONDS));

        AtomicReference<Worker<?>> task = new AtomicReference<>();
        runOnFx(() -> task.set(runner.current().get()));
        runOnFx(() -> task.get().cancel());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.infos.isEmpty());

        assertEquals("“导出验收资料包”已取消，没有写入任何内容。", dialogs.infos.get(0));
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aFailureReachesTheUserAsASentenceAndTheLogWithItsTrace() throws Exception {
        // The runner's log is caught here, so that the trace of this deliberate bug goes to the test, not the output.
        Logger log = (Logger) LoggerFactory.getLogger(FxTaskRunner.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        log.setAdditive(false);
        try {
            runOnFx(() -> runner.run("打印责任卡", progress -> {
                throw new IllegalStateException("cards: not built yet");
            }, value -> dialogs.infos.add("should not succeed")));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        } finally {
            log.detachAppender(events);
            log.setAdditive(true);
        }

        assertTrue(dialogs.lastError().startsWith("“打印责任卡”没有完成：发生了意外错误"), dialogs.lastError());
        assertTrue(dialogs.infos.isEmpty());
        ILoggingEvent logged = events.list.get(0);
        assertEquals(Level.ERROR, logged.getLevel());
        assertEquals("cards: not built yet", logged.getThrowableProxy().getMessage());
    }
}
