package org.nineones.service.problems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nineones.model.Messages;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.Problem;
import org.nineones.report.ReportException;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the problem list's two printouts (整改清单, 整改报告) share: their texts ({@code problems.print.*}), a measure's
 * status with its overdue days, its owner and evidence as printed, the parameters every page takes, and the one
 * report runner writing the PDF (a cut text, a file that cannot be written and a cancel each said once). The grid's
 * monthly dispatch summary ({@code service.grids.DispatchSummary}) prints through the same parameters and writer.
 */
public final class ProblemPrints {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemPrints.class);
    private static final ReportRunner REPORTS = new ReportRunner();

    private final Messages messages;

    public ProblemPrints(Messages messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.get("problems.print." + key, args);
    }

    String source(Problem p) {
        return messages.of(p.source());
    }

    /** 进行中, or 进行中（逾期 5 天） for a measure past its deadline on {@code asOf}. */
    public String status(Measure m, LocalDate asOf) {
        String status = messages.of(m.status());
        return m.overdue(asOf) ? get("overdue", status, java.time.temporal.ChronoUnit.DAYS.between(m.deadline(), asOf))
                : status;
    }

    /** 张三（A001）. */
    String owner(Measure m) {
        String number = m.current().ownerNumber();
        return number.isEmpty() ? m.current().ownerName() : m.current().ownerName() + "（" + number + "）";
    }

    /** The records and files a measure's versions brought, one a line; "无" when none. */
    String evidence(Measure m) {
        String records = m.records().stream().map(r -> get("evidenceRecord", String.valueOf(r.id()), r.date(),
                r.title())).collect(Collectors.joining("\n"));
        String files = m.attachments().stream().map(a -> get("evidenceFile", a.fileName()))
                .collect(Collectors.joining("\n"));
        String both = records.isEmpty() ? files : files.isEmpty() ? records : records + "\n" + files;
        return both.isEmpty() ? get("noEvidence") : both;
    }

    /** How many measures of these problems are overdue on {@code asOf}. */
    static long overdue(List<ListedProblem> problems, LocalDate asOf) {
        return problems.stream().mapToLong(p -> p.overdue(asOf).size()).sum();
    }

    /** The parameters every page takes: title, enterprise, running head, page numbers, continued mark. */
    public Map<String, Object> parameters(String title, String enterprise, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("L_TITLE", title);
        p.put("ENTERPRISE", enterprise);
        p.put("RUNNING", get("running", enterprise, title, asOf.toString()));
        p.put("L_CONTINUED", messages.get("print.continued"));
        p.put("L_PAGE", messages.get("print.page"));
        p.put("L_PAGES", messages.get("print.pages"));
        return p;
    }

    /** Writes the request's PDF to {@code target}; {@code items} is what the result counts. */
    public RecordPrintResult write(ReportRequest request, int items, Path target, Progress progress) {
        try {
            int pages = REPORTS.writePdf(request, target, progress.reportMonitor(get("printing", request.title())));
            return new RecordPrintResult(items, pages, target);
        } catch (ReportException e) {
            if (e.reason() == ReportException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            LOG.error("printing {} to {} failed", request.template(), target, e);
            throw new PrintException(switch (e.reason()) {
                case WRITE -> messages.get("print.error.write", target);
                case TEXT_CUT_OFF -> messages.get("print.error.textCutOff");
                default -> get("failed", request.title());
            }, e);
        }
    }
}
