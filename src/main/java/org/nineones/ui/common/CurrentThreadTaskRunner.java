package org.nineones.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Worker;

import org.nineones.app.FailureLog;
import org.nineones.model.Messages;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work at once on the calling thread: for tests, where waiting for threads only adds flakiness. */
public final class CurrentThreadTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentThreadTaskRunner.class);

    private final DialogService dialogs;
    private final ErrorMessages errors;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Worker<?>> current = new ReadOnlyObjectWrapper<>();

    public CurrentThreadTaskRunner(DialogService dialogs, ErrorMessages errors, Messages messages) {
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onSuccess) {
        T result;
        try {
            result = work.call(Progress.NONE);
        } catch (CancelledException e) {
            dialogs.showInfo(title, messages.get("ui.task.cancelled", title));
            return;
        } catch (Exception e) {
            FailureLog.log(LOG, title, e);
            dialogs.showError(title, errors.describe(title, e));
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public ReadOnlyObjectProperty<Worker<?>> current() {
        return current.getReadOnlyProperty();
    }
}
