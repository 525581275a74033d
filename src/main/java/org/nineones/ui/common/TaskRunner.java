package org.nineones.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Worker;

import org.nineones.service.Progress;

/**
 * Runs all slow work (database, files, reports) off the FX thread, with progress and cancel. Failures are
 * shown through the {@link DialogService}; {@code onSuccess} runs on the FX thread.
 */
public interface TaskRunner {

    /** Slow work that reports progress and checks for cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    <T> void run(String title, Work<T> work, Consumer<T> onSuccess);

    /** The task now running (for the status bar), or null. */
    ReadOnlyObjectProperty<Worker<?>> current();
}
