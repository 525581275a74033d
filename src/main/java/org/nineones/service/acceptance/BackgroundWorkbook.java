package org.nineones.service.acceptance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.nineones.excel.workbook.RegisterData;
import org.nineones.excel.workbook.RegisterWorkbookWriter;
import org.nineones.excel.workbook.WorkbookSummary;
import org.nineones.service.CancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the register workbook on its own thread while the cards print on the caller's: the two share nothing
 * (the workbook works on data already read), and on two cores the workbook's time disappears from the export.
 */
final class BackgroundWorkbook {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWorkbook.class);

    private final Future<WorkbookSummary> result;

    BackgroundWorkbook(RegisterWorkbookWriter writer, RegisterData data, Path out) {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "package-workbook");
            thread.setDaemon(true);
            return thread;
        });
        this.result = executor.submit(() -> writer.write(data, out));
        executor.shutdown();
    }

    /** Waits for the workbook and returns its counts, or throws what writing it threw. */
    WorkbookSummary await() throws IOException {
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
        try {
            result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.debug("the workbook failed too, after the export had already failed", e.getCause());
        }
    }
}
