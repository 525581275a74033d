package org.nineones.service.acceptance;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.nineones.service.CancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one part of the package on its own thread while the cards print on the caller's: the register workbook
 * (it works on data already read), the ledgers and training files of people's records (they read the workspace
 * briefly, then fill and write on their own). On two cores their time mostly disappears from the export.
 */
final class BackgroundPart<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPart.class);

    private final Future<T> result;

    BackgroundPart(String name, Callable<T> work) {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "package-" + name);
            thread.setDaemon(true);
            return thread;
        });
        this.result = executor.submit(work);
        executor.shutdown();
    }

    /** Waits for the part and returns its result, or throws what making it threw. */
    T await() throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** After another step failed: waits for the writer to stop, so the work folder can be removed behind it. */
    void finishQuietly() {
        boolean interrupted = false;
        while (true) {
            try {
                result.get();
                break;
            } catch (InterruptedException e) {
                // a cancelled export interrupts the caller: still wait, the part stops at its next cancellation
                // check, and only then may its files be removed
                interrupted = true;
            } catch (ExecutionException e) {
                LOG.debug("a background part failed too, after the export had already failed", e.getCause());
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
