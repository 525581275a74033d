package org.nineones.service;

import org.nineones.report.ReportMonitor;

/**
 * How slow work reports progress and learns it was cancelled. The GUI's background task implements it;
 * the command line uses {@link #NONE}.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user cancelled; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** This progress as a report run sees it: the run's progress shown with {@code message}, and its cancel. */
    default ReportMonitor reportMonitor(String message) {
        Progress progress = this;
        return new ReportMonitor() {
            @Override
            public void progress(long done, long total) {
                progress.update(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
