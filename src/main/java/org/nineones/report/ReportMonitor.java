package org.nineones.report;

/**
 * How a report run tells its caller how far it got and learns it should stop. The report layer cannot see the
 * services' {@code Progress}; services adapt it to this. Calls come from the runner's threads, one at a time.
 */
public interface ReportMonitor {

    ReportMonitor NONE = new ReportMonitor() {
        @Override
        public void progress(long done, long total) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Work done out of the whole run (filling rows and writing pages together). */
    void progress(long done, long total);

    boolean isCancelled();
}
