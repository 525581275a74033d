package org.nineones.report;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * A report filled but not yet written, for documents made of several parts (a book's cover and contents, then its
 * sections): the caller learns how many pages a part has and on which page each anchor landed, fills the next part
 * with that knowledge, and writes all parts as one PDF with {@link ReportRunner#writePdf(List, String, java.nio.file.Path, ReportMonitor)}.
 */
public final class FilledReport {

    private final JasperPrint print;
    private final Map<String, Integer> anchorPages;

    FilledReport(JasperPrint print) {
        this.print = print;
        Map<String, Integer> anchors = new HashMap<>();
        List<JRPrintPage> pages = print.getPages();
        for (int i = 0; i < pages.size(); i++) {
            collectAnchors(pages.get(i).getElements(), i + 1, anchors);
        }
        this.anchorPages = Collections.unmodifiableMap(anchors);
    }

    JasperPrint print() {
        return print;
    }

    /** Pages in this part. */
    public int pages() {
        return print.getPages().size();
    }

    /** Per anchor name (the template's {@code anchorNameExpression}), the page of this part it first appears on, from 1. */
    public Map<String, Integer> anchorPages() {
        return anchorPages;
    }

    private static void collectAnchors(List<JRPrintElement> elements, int page, Map<String, Integer> anchors) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintAnchor anchor && anchor.getAnchorName() != null) {
                anchors.putIfAbsent(anchor.getAnchorName(), page);
            }
            if (element instanceof JRPrintFrame frame) {
                collectAnchors(frame.getElements(), page, anchors);
            }
        }
    }
}
