package org.nineones.service.county;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.nineones.model.Messages;
import org.nineones.report.ReportException;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.Progress;
import org.nineones.service.inspection.print.PrintTexts;
import org.nineones.model.county.ColourRule;
import org.nineones.model.county.CountySummary;
import org.nineones.model.county.DeskBatch;
import org.nineones.model.county.EnterpriseRow;
import org.nineones.store.DeskStore;
import org.nineones.store.DeskSummaryQueries;

/**
 * The county summary (issue 14, point 3; ACCEPTANCE.md): per batch and per county, the enterprises, self-assessed,
 * accepted, passed, to rectify, failed, not inspected, average score, pass rate, the three colours, the interviews,
 * the findings open and overdue on the day and the lines most often deducted; the interview list (限期整改 or 不通过
 * twice in a row for the same credit code) and the enterprises not inspected. Counted by the desk's database
 * ({@link DeskSummaryQueries}), so a province's tens of thousands of inspections are summed where they are kept.
 */
public final class CountySummaryService {

    /** How many of a county's most frequent deductions the summary names. */
    public static final int TOP_LINES = 5;

    private final Messages messages;
    private final ColourRule rule;
    private final ReportRunner reports = new ReportRunner();

    /** What the PDF made: its pages and the file. */
    public record Printed(int pages, Path file) {
    }

    /** What the print preview needs besides the PDF: the title it shows and the file name it offers for 另存为. */
    public record PdfName(String title, String fileName) {
    }

    /** With the colour rule that ships with the app ({@link ColourRules#defaults}). */
    public CountySummaryService(Messages messages) {
        this(messages, ColourRules.defaults());
    }

    public CountySummaryService(Messages messages, ColourRule rule) {
        this.messages = messages;
        this.rule = rule;
    }

    public ColourRule rule() {
        return rule;
    }

    /** The summary of a batch ({@code batch} null: every enterprise inspected) on the day {@code asOf}. */
    public CountySummary summary(DeskStore desk, DeskBatch batch, LocalDate asOf) {
        String uid = batch == null ? null : batch.uid();
        return desk.read(r -> {
            DeskSummaryQueries q = r.summary();
            DeskSummaryQueries.Counted counted = q.counties(uid, asOf, rule, TOP_LINES);
            return new CountySummary(batch, asOf, rule, counted.counties(), counted.total(),
                    q.enterprises(uid, asOf, rule, DeskSummaryQueries.Filter.INTERVIEWS),
                    q.enterprises(uid, asOf, rule, DeskSummaryQueries.Filter.NOT_INSPECTED));
        });
    }

    /** Every enterprise of the batch (or inspected), by county and name, with its colour and findings on the day. */
    public List<EnterpriseRow> enterprises(DeskStore desk, DeskBatch batch, LocalDate asOf) {
        String uid = batch == null ? null : batch.uid();
        return desk.read(r -> r.summary().enterprises(uid, asOf, rule, DeskSummaryQueries.Filter.ALL));
    }

    /**
     * Writes the summary as a workbook: the county table, every enterprise with its colour, the interview list and
     * the enterprises not inspected; written beside {@code out} and moved into place.
     */
    public void writeWorkbook(DeskStore desk, CountySummary summary, Path out) throws IOException {
        new CountySummaryWorkbook(messages).write(out, summary, enterprises(desk, summary.batch(), summary.asOf()));
    }

    /**
     * Writes the 县级验收汇总表 (A4 landscape: the county table and its total, a bar per county, the interview list, the
     * most frequent deductions) to {@code out}, replaced only once complete.
     *
     * @throws org.nineones.service.print.PrintException with the sentence to show when it cannot be written
     * @throws org.nineones.service.CancelledException when cancelled; nothing is left behind
     */
    public Printed writePdf(CountySummary summary, Path out, Progress progress) {
        CountySummaryReport report = new CountySummaryReport(messages);
        ReportRequest request = report.build(summary);
        try {
            return new Printed(reports.writePdf(request, out,
                    progress.reportMonitor(messages.get("county.print.progress", report.name()))), out);
        } catch (ReportException e) {
            throw new PrintTexts(messages, "county.print.").failure(e, request.template(), out, report.name());
        }
    }

    /** The PDF's title and the file name offered when saving it. */
    public PdfName pdfName(CountySummary summary) {
        CountySummaryReport report = new CountySummaryReport(messages);
        return new PdfName(report.name(), report.fileName(summary));
    }
}
