package org.nineones.report;

import java.util.Collection;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** The report's rows (maps keyed by field name, or beans), counting progress and stopping the fill on cancel. */
final class MonitoredDataSource implements JRDataSource {

    private static final int REPORT_EVERY = 100;

    private final JRDataSource rows;
    private final RunTracker tracker;
    private int sinceReport;

    @SuppressWarnings("unchecked")
    MonitoredDataSource(Collection<?> rows, RunTracker tracker) {
        boolean maps = !rows.isEmpty() && rows.iterator().next() instanceof Map;
        this.rows = maps ? new JRMapCollectionDataSource((Collection<Map<String, ?>>) rows)
                : new JRBeanCollectionDataSource(rows, false);
        this.tracker = tracker;
    }

    @Override
    public boolean next() throws JRException {
        if (sinceReport == REPORT_EVERY) {
            if (tracker.isCancelled()) {
                throw new JRException("cancelled");
            }
            tracker.rowFilled(sinceReport);
            sinceReport = 0;
        }
        boolean more = rows.next();
        if (more) {
            sinceReport++;
        } else {
            tracker.rowFilled(sinceReport);
            sinceReport = 0;
        }
        return more;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        return rows.getFieldValue(field);
    }
}
