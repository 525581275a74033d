package org.nineones.report;

/**
 * Adds up one run's progress from the fill thread (rows) and the exporting thread (pages) into one figure for the
 * caller's {@link ReportMonitor}: filling all rows is the first half of the work, writing all pages the second.
 */
final class RunTracker {

    private final ReportMonitor monitor;
    private final long rows;
    private long expectedPages;
    private long rowsFilled;
    private long pagesFilled;
    private long pagesWritten;

    RunTracker(ReportMonitor monitor, long rows, long expectedPages) {
        this.monitor = monitor;
        this.rows = Math.max(1, rows);
        this.expectedPages = expectedPages;
    }

    boolean isCancelled() {
        return monitor.isCancelled();
    }

    synchronized void rowFilled(long count) {
        rowsFilled += count;
        report();
    }

    synchronized void chunkFilled(int pages) {
        pagesFilled += pages;
        report();
    }

    synchronized void pageWritten() {
        pagesWritten++;
        if (pagesWritten % 10 == 0) {
            report();
        }
    }

    /** The file is in place: the whole run is done. */
    synchronized void finished() {
        monitor.progress(2 * rows, 2 * rows);
    }

    synchronized long pagesWritten() {
        return pagesWritten;
    }

    private void report() {
        long pages = Math.max(1, Math.max(expectedPages, pagesFilled));
        long written = rows * Math.min(pagesWritten, pages) / pages;
        monitor.progress(Math.min(rowsFilled, rows) + written, 2 * rows);
    }
}
