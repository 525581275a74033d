package org.nineones.report;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.SimpleExporterInputItem;

/**
 * Fills a report in chunks of whole pages on a background thread while the PDF exporter writes the chunks already
 * filled, so filling and writing use both cores. At most {@code lookahead} filled chunks wait in memory; a chunk is
 * released as soon as the exporter moves past it. The exporter sees an ordinary list of inputs whose {@code get}
 * waits for the chunk's fill.
 */
final class ChunkedFill implements AutoCloseable {

    /** Fills one chunk of rows; {@code firstRow} is the index of its first row in the whole report. */
    interface Filler {
        JasperPrint fill(List<?> rows, long firstRow) throws ReportException;
    }

    private final ExecutorService thread;
    private final List<Future<JasperPrint>> filled;
    private final Semaphore ahead;
    private int current;

    ChunkedFill(List<?> rows, int chunkRows, int lookahead, Filler filler) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "report-fill");
            t.setDaemon(true);
            return t;
        });
        this.ahead = new Semaphore(lookahead);
        this.filled = new ArrayList<>();
        for (int from = 0; from < rows.size() || from == 0; from += chunkRows) {
            List<?> chunk = rows.subList(from, Math.min(rows.size(), from + chunkRows));
            long firstRow = from;
            filled.add(thread.submit(() -> {
                ahead.acquire();
                return filler.fill(chunk, firstRow);
            }));
        }
    }

    int chunks() {
        return filled.size();
    }

    /** The exporter's input: chunk {@code i} once it is filled. Asking for chunk {@code i} frees the chunks before it. */
    List<ExporterInputItem> items() {
        return new AbstractList<>() {
            @Override
            public ExporterInputItem get(int index) {
                return new SimpleExporterInputItem(await(index));
            }

            @Override
            public int size() {
                return filled.size();
            }
        };
    }

    private synchronized JasperPrint await(int index) {
        while (current < index) {
            filled.set(current, null);
            current++;
            ahead.release();
        }
        try {
            return filled.get(index).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FillFailed(new ReportException(ReportException.Reason.CANCELLED, "interrupted", e));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new FillFailed(cause instanceof ReportException re ? re
                    : new ReportException(ReportException.Reason.FILL, "fill failed: " + cause, cause));
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    /** Carries a chunk's fill failure through the exporter, which only lets unchecked exceptions pass. */
    static final class FillFailed extends RuntimeException {
        private final ReportException failure;

        FillFailed(ReportException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }

        ReportException failure() {
            return failure;
        }
    }
}
