package org.nineones.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import org.nineones.app.FailureLog;
import org.nineones.model.Messages;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The GUI's task runner: JavaFX {@link Task}s on daemon threads. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final DialogService dialogs;
    private final ErrorMessages errors;
    private final Messages messages;
    private final ExecutorService executor;
    private final ReadOnlyObjectWrapper<Worker<?>> current = new ReadOnlyObjectWrapper<>();

    public FxTaskRunner(DialogService dialogs, ErrorMessages errors, Messages messages) {
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "nineones-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onSuccess) {
        ProgressTask<T> task = new ProgressTask<>(title, work);
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            Throwable failure = task.getException();
            if (failure instanceof CancelledException) {
                dialogs.showInfo(title, messages.get("ui.task.cancelled", title));
                return;
            }
            FailureLog.log(LOG, title, failure);
            dialogs.showError(title, errors.describe(title, failure));
        });
        task.setOnCancelled(e -> {
            finished(task);
            LOG.info("{} cancelled by the user", title);
            dialogs.showInfo(title, messages.get("ui.task.cancelled", title));
        });
        current.set(task);
        executor.execute(task);
    }

    private void finished(Task<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
    }

    @Override
    public ReadOnlyObjectProperty<Worker<?>> current() {
        return current.getReadOnlyProperty();
    }

    /** A JavaFX task that is also the {@link Progress} the work reports to. */
    private static final class ProgressTask<T> extends Task<T> implements Progress {
        private final String title;
        private final Work<T> work;

        ProgressTask(String title, Work<T> work) {
            this.title = title;
            this.work = work;
            updateTitle(title);
            updateMessage(title);
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        @Override
        public void update(long done, long total, String message) {
            updateProgress(done, total);
            updateMessage(message == null || message.isBlank() ? title : message);
        }
    }
}
