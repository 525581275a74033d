package org.nineones.service.inspection.print;

import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.report.ReportException;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.Progress;

/**
 * The inspector's four printouts (issue 13, point 6) through the one report runner: the 评分表 (A4 landscape), the
 * 抽查记录, the 现场检查记录 (Work Safety Law Art. 65) and the 验收意见书 (A4 portrait). The bundled font is embedded,
 * long texts wrap and rows run over pages (a text that would be cut refuses the print), the file is written beside
 * the target and moved into place, and the same printout always gives the same bytes. The GUI shows one in the print
 * preview with {@link #preview(InspectionPrintout)}'s title and file name and {@link #write} as the maker.
 */
public final class InspectionPrints {

    /** What a printout made: its pages and the file. */
    public record Result(int pages, Path file) {
    }

    /** What the print preview needs besides the PDF: the title it shows and the file name it offers for 另存为. */
    public record Preview(String title, String fileName) {
    }

    private final PrintTexts texts;
    private final ReportRunner reports;

    public InspectionPrints(Messages messages) {
        this(messages, new ReportRunner());
    }

    InspectionPrints(Messages messages, ReportRunner reports) {
        this.texts = new PrintTexts(messages);
        this.reports = reports;
    }

    /**
     * Writes the printout to {@code out} (replaced only once complete).
     *
     * @throws PrintException with the sentence to show when the file cannot be written
     * @throws CancelledException when cancelled; nothing is left behind
     */
    public Result write(InspectionPrintout printout, Path out, Progress progress) {
        ReportRequest request = request(printout);
        String name = name(printout);
        try {
            int pages = reports.writePdf(request, out, progress.reportMonitor(texts.get("progress", name)));
            return new Result(pages, out);
        } catch (ReportException e) {
            throw texts.failure(e, request.template(), out, name);
        }
    }

    /** The preview's title (e.g. 验收意见书) and the file name offered when saving it. */
    public Preview preview(InspectionPrintout printout) {
        ReportRequest request = request(printout);
        return new Preview(name(printout), fileName(request.title()));
    }

    /** The rows, parameters and template of a printout (for the tests: the report runner's fill checks for cuts). */
    ReportRequest request(InspectionPrintout printout) {
        if (printout instanceof ScoringSheet s) {
            return new ScoringRows(texts).build(s);
        } else if (printout instanceof SpotCheckSheet s) {
            return new SpotCheckRows(texts).build(s);
        } else if (printout instanceof OnSiteSheet r) {
            return new OnSiteRows(texts).build(r);
        } else if (printout instanceof AcceptanceOpinion o) {
            return new OpinionRows(texts).build(o);
        }
        throw new IllegalArgumentException("not a printout of ours: " + printout);
    }

    private String name(InspectionPrintout printout) {
        String kind = printout instanceof ScoringSheet ? "scoring" : printout instanceof SpotCheckSheet ? "spot"
                : printout instanceof OnSiteSheet ? "onSite" : "opinion";
        return texts.get(kind + ".title");
    }

    /** The document's title as a file name: characters no file system takes become a dash. */
    private static String fileName(String title) {
        return title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip() + ".pdf";
    }
}
