package org.nineones.service.assessments;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.report.ReportException;
import org.nineones.report.ReportMonitor;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;

/**
 * 考核表 (key {@value #KEY}): one A4 sheet per person for a period, the items with their maximum, points and note, the
 * total and rating, and the signature lines of the assessor and the assessee. The period is the request's
 * ({@code 2026-11}, {@code 2026-Q3}, {@code 2026}; else the current month); {@code employee} (ID number, employee
 * number or name) and {@code post} (a post's name) narrow it. Only the records in force are printed.
 */
public final class AssessmentSheetPrint implements RecordPrint {

    public static final String KEY = "assessment-sheet";
    static final String TEMPLATE = "assessment-sheet";

    private final Messages messages;
    private final AssessmentService service;
    private final ReportRunner reports;

    public AssessmentSheetPrint(Messages messages, AssessmentService service) {
        this(messages, service, new ReportRunner());
    }

    AssessmentSheetPrint(Messages messages, AssessmentService service, ReportRunner reports) {
        this.messages = messages;
        this.service = service;
        this.reports = reports;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "assessments.print.sheet";
    }

    @Override
    public RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress) {
        LocalDate day = request.asOf() == null ? LocalDate.now() : request.asOf();
        Period period;
        if (request.period() == null || request.period().isBlank()) {
            period = Period.containing(PeriodKind.MONTH, day);
        } else {
            period = Period.parse(request.period()).orElseThrow(() -> new PrintException(
                    messages.get("assessments.error.periodUnknown", request.period())));
        }
        progress.update(0, 2, messages.get("assessments.task.load"));
        PeriodOverview overview = service.overview(workspace, period, day);
        String who = request.employee() == null ? "" : TextNormaliser.trim(request.employee());
        String post = request.post() == null ? "" : TextNormaliser.trim(request.post());
        List<AssessmentSummary> sheets = overview.assessments().stream().filter(s -> !s.voided())
                .filter(s -> who.isEmpty() || who.equals(s.name()) || who.equals(s.employeeNumber())
                        || who.equalsIgnoreCase(s.idNumber()))
                .filter(s -> post.isEmpty() || post.equals(s.postName()) || post.equals(String.valueOf(s.id())))
                .toList();
        if (sheets.isEmpty()) {
            throw new PrintException(messages.get("assessments.print.nothing", service.periodName(period)));
        }
        String enterprise = workspace.read(store -> store.enterprise().get().name());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AssessmentSummary s : sheets) {
            progress.checkCancelled();
            rows.addAll(rows(s, service.items(workspace, s.id()), period));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("ENTERPRISE", messages.get("assessments.print.enterprise", enterprise));
        p.put("L_NO", messages.get("assessments.ui.col.position"));
        p.put("L_DUTY", messages.get("assessments.ui.col.duty"));
        p.put("L_STANDARD", messages.get("assessments.ui.col.standard"));
        p.put("L_MAX", messages.get("assessments.ui.col.max"));
        p.put("L_POINTS", messages.get("assessments.ui.col.points"));
        p.put("L_NOTE", messages.get("assessments.ui.col.note"));
        p.put("L_ASSESSOR_SIGN", messages.get("assessments.print.assessorSign"));
        p.put("L_ASSESSEE_SIGN", messages.get("assessments.print.assesseeSign"));
        p.put("L_PAGE", messages.get("assessments.print.page"));
        try {
            int pages = reports.writePdf(new ReportRequest(TEMPLATE, rows, p, messages.get("assessments.print.sheet")
                    + " " + period.code()), target, monitor(progress));
            progress.update(2, 2, messages.get("assessments.progress.writing", target.getFileName()));
            return new RecordPrintResult(sheets.size(), pages, target);
        } catch (ReportException e) {
            if (e.reason() == ReportException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            throw new PrintException(messages.get("assessments.ledger.cannotWrite", String.valueOf(
                    target.getFileName())), e);
        }
    }

    private List<Map<String, Object>> rows(AssessmentSummary s, List<AssessmentItem> items, Period period) {
        String title = messages.get("assessments.print.title", service.periodName(period));
        String info = messages.get("assessments.print.info", s.name(), s.employeeNumber(), s.maskedIdNumber(),
                s.unitPath(), s.postName());
        String status = s.closed() ? "" : messages.get("assessments.status.OPEN");
        String total = s.rating() == null ? messages.get("assessments.print.totalOpen", AssessmentService.text(
                s.maxScore())) : messages.get("assessments.print.total", AssessmentService.text(s.score()),
                AssessmentService.text(s.maxScore()), s.percent() + "%", service.ratingName(s.rating()));
        String signed = s.closed() ? messages.get("assessments.print.signed", s.assessor(),
                String.valueOf(s.assessorSignedOn()), String.valueOf(s.assesseeSignedOn())) : null;
        if (s.correctsId() != null) {
            String correction = messages.get("assessments.ledger.correctionNote", s.correctsId(),
                    s.correctionReason());
            signed = signed == null ? correction : signed + "　" + correction;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AssessmentItem item : items) {
            Map<String, Object> row = new HashMap<>();
            row.put("sheetKey", Long.toString(s.id()));
            row.put("title", title);
            row.put("info", info);
            row.put("status", status);
            row.put("no", Integer.toString(item.position()));
            row.put("duty", item.duty());
            row.put("standard", item.standard());
            row.put("max", AssessmentService.text(item.maxPoints()));
            row.put("points", item.points() == null ? "" : AssessmentService.text(item.points()));
            row.put("note", item.note());
            row.put("total", total);
            row.put("signed", signed);
            rows.add(row);
        }
        return rows;
    }

    private static ReportMonitor monitor(Progress progress) {
        return progress.reportMonitor("");
    }
}
