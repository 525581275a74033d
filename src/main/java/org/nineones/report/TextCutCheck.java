package org.nineones.report;

import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * A printed register must never lose text silently. With {@code net.sf.jasperreports.print.keep.full.text} on,
 * JasperReports marks every text it had to cut with a truncate index; this finds the first one.
 */
final class TextCutCheck {

    private TextCutCheck() {
    }

    static void requireNothingCut(JasperPrint print) throws ReportException {
        List<JRPrintPage> pages = print.getPages();
        for (int i = 0; i < pages.size(); i++) {
            JRPrintText cut = firstCut(pages.get(i).getElements());
            if (cut != null) {
                String text = cut.getFullText();
                throw new ReportException(ReportException.Reason.TEXT_CUT_OFF, "text cut off on page " + (i + 1)
                        + " in element '" + cut.getKey() + "': " + abbreviate(text));
            }
        }
    }

    private static JRPrintText firstCut(List<JRPrintElement> elements) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintText text && text.getTextTruncateIndex() != null) {
                return text;
            }
            if (element instanceof JRPrintFrame frame) {
                JRPrintText inner = firstCut(frame.getElements());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
