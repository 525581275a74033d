package org.nineones.service.grids;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.model.grids.DispatchReport;
import org.nineones.model.grids.GridRules;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.report.ReportRequest;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.service.problems.ProblemPrints;
import org.nineones.store.Workspace;

/**
 * 网格月度调度汇总 ({@code dispatch}, A4 portrait, one page for an enterprise's grid): the month's key figures — areas
 * reported of all, problems found and not settled on the spot, closed, overdue on the request's day, areas missing
 * —, one row per report with where its problem stands, and the areas that did not report. The month is the
 * request's period ({@code print --month}), else the month of its day.
 */
public final class DispatchSummary implements RecordPrint {

    public static final String KEY = "dispatch";
    static final String TEMPLATE = "dispatch-summary";

    private final DispatchService service;
    private final Messages messages;
    private final ProblemPrints prints;

    public DispatchSummary(DispatchService service) {
        this.service = service;
        this.messages = service.messages();
        this.prints = new ProblemPrints(messages);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "dispatch.print.title";
    }

    @Override
    public RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress) {
        LocalDate asOf = request.asOf() == null ? service.today() : request.asOf();
        YearMonth month;
        try {
            month = request.period() == null ? YearMonth.from(asOf) : service.month(request.period());
        } catch (DispatchException e) {
            throw new PrintException(e.getMessage());
        }
        progress.update(0, 1, messages.get("dispatch.print.collecting"));
        DispatchService.MonthOverview overview = service.overview(workspace, month, asOf);
        if (overview.expected() == 0) {
            throw PrintException.nothing(messages.get("dispatch.print.noGrid"));
        }
        String enterprise = workspace.read(store -> store.enterprise().get().name());
        List<Map<String, Object>> rows = new ArrayList<>();
        int no = 0;
        for (DispatchService.ReportLine line : overview.reports()) {
            DispatchReport r = line.report();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", String.valueOf(++no));
            row.put("area", GridRules.belowRoot(line.area()));
            row.put("day", r.checkedOn().toString());
            row.put("checker", r.checkedBy());
            row.put("found", r.found().isEmpty() ? messages.get("dispatch.print.nothingFound") : r.found());
            row.put("done", r.done());
            row.put("state", state(line, asOf));
            rows.add(row);
        }
        String title = messages.get("dispatch.print.title");
        Map<String, Object> p = prints.parameters(title, enterprise, asOf);
        p.put("MONTH_LINE", messages.get("dispatch.print.monthLine", String.valueOf(month.getYear()),
                String.valueOf(month.getMonthValue()),
                asOf.toString()));
        p.put("K_REPORTED", messages.get("dispatch.print.k.reported"));
        p.put("V_REPORTED", overview.reported() + " / " + overview.expected());
        p.put("K_FOUND", messages.get("dispatch.print.k.found"));
        p.put("V_FOUND", String.valueOf(overview.found()));
        p.put("K_CLOSED", messages.get("dispatch.print.k.closed"));
        p.put("V_CLOSED", String.valueOf(overview.closed()));
        p.put("K_OVERDUE", messages.get("dispatch.print.k.overdue"));
        p.put("V_OVERDUE", String.valueOf(overview.overdue()));
        p.put("K_MISSING", messages.get("dispatch.print.k.missing"));
        p.put("V_MISSING", String.valueOf(overview.notReported().size()));
        p.put("L_NOT_REPORTED", messages.get("dispatch.print.notReported", overview.notReported().size()));
        p.put("NOT_REPORTED", overview.notReported().isEmpty() ? messages.get("dispatch.print.allReported")
                : String.join("；", overview.notReported().stream().map(GridRules::belowRoot).toList()));
        p.put("HAS_ROWS", !rows.isEmpty());
        p.put("SIGNATURES", messages.get("dispatch.print.signatures"));
        for (String column : List.of("no", "area", "day", "checker", "found", "done", "state")) {
            p.put("L_" + column.toUpperCase(java.util.Locale.ROOT), messages.get("dispatch.print.col." + column));
        }
        return prints.write(new ReportRequest(TEMPLATE, rows, p, enterprise + " " + title + " " + month), rows.size(),
                target, progress);
    }


    /** 当场整改; or the problem's number and state, with its overdue measure's days. */
    private String state(DispatchService.ReportLine line, LocalDate asOf) {
        ListedProblem problem = line.problem();
        if (problem == null) {
            return messages.get("dispatch.print.settled");
        }
        String state = messages.of(problem.state());
        List<Measure> overdue = problem.overdue(asOf);
        if (!overdue.isEmpty()) {
            state = prints.status(overdue.get(0), asOf);
        }
        return messages.get("dispatch.print.problem", String.valueOf(problem.problem().id()), state);
    }
}
