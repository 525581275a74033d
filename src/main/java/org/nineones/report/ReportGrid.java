package org.nineones.report;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Templates of fixed-size items laid out in a grid (cards, labels) declare it with the report property
 * {@value #PROPERTY}; then every page holds the same number of rows, so the runner may fill them in chunks of whole
 * pages. Such a template must have a detail band only (a background band is allowed).
 */
final class ReportGrid {

    static final String PROPERTY = "org.nineones.report.fixedGrid";

    private ReportGrid() {
    }

    /** Rows on each page, or 0 when the template is not a fixed grid. */
    static int rowsPerPage(JasperReport report) throws ReportException {
        if (!Boolean.parseBoolean(report.getProperty(PROPERTY))) {
            return 0;
        }
        if (report.getTitle() != null || report.getPageHeader() != null || report.getColumnHeader() != null
                || report.getColumnFooter() != null || report.getPageFooter() != null || report.getSummary() != null
                || report.getLastPageFooter() != null || report.getGroups() != null && report.getGroups().length > 0) {
            throw new ReportException(ReportException.Reason.TEMPLATE,
                    report.getName() + " is declared a fixed grid but has bands other than detail");
        }
        JRBand[] details = report.getDetailSection().getBands();
        int bandHeight = 0;
        for (JRBand band : details) {
            bandHeight += band.getHeight();
        }
        int available = report.getPageHeight() - report.getTopMargin() - report.getBottomMargin();
        if (bandHeight <= 0 || bandHeight > available) {
            throw new ReportException(ReportException.Reason.TEMPLATE, report.getName() + ": detail band does not fit a page");
        }
        return report.getColumnCount() * (available / bandHeight);
    }
}
