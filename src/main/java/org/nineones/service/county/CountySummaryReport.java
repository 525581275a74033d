package org.nineones.service.county;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nineones.model.Messages;
import org.nineones.model.county.Counties;
import org.nineones.model.county.CountyRow;
import org.nineones.model.county.CountySummary;
import org.nineones.model.county.EnterpriseRow;
import org.nineones.report.ReportRequest;
import org.nineones.report.StackedBar;
import org.nineones.service.inspection.print.PrintTexts;

/**
 * The 县级验收汇总表 ({@code county-summary.jrxml}, A4 landscape) as rows of sections, through the printouts' shared
 * {@link PrintTexts} (bundle prefix {@code county.print}): the per-county table and its total, a bar per county
 * (passed, to rectify, failed, not inspected: {@link StackedBar}, vector rectangles, the app having no chart library),
 * the interview list and the lines most often deducted per county.
 */
final class CountySummaryReport {

    static final String TEMPLATE = "county-summary";
    private static final String P = "summary";
    /** Passed, to rectify, failed, not inspected: the legend's colours in the template, in that order. */
    private static final int[] BAR_COLOURS = {0x3A9A4A, 0xE8A317, 0xD13B2E, 0xB8B8B8};

    private final PrintTexts t;
    private final Messages m;

    CountySummaryReport(Messages messages) {
        this.t = new PrintTexts(messages, "county.print.");
        this.m = messages;
    }

    /** The printout's name (its title), for the preview and the progress. */
    String name() {
        return t.get("title");
    }

    /** The file name offered when saving it: the title and the batch (or all inspected) and the day. */
    String fileName(CountySummary s) {
        return (t.get("fileName", batchName(s), s.asOf().toString())).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-")
                + ".pdf";
    }

    ReportRequest build(CountySummary s) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counties(s, rows);
        chart(s, rows);
        interviews(s, rows);
        deductions(s, rows);
        String title = name();
        Map<String, Object> p = t.parameters(title, t.get("running", batchName(s), title, s.asOf().toString()));
        p.put("L_SUBTITLE", t.get("subtitle", batchName(s), s.asOf().toString()));
        String[] countyColumns = {"county", "enterprises", "selfAssessed", "accepted", "passed", "rectify", "failed",
            "notInspected", "averageScore", "passRate", "green", "yellow", "red", "interviews", "findingsOpen",
            "findingsOverdue"};
        for (int i = 0; i < countyColumns.length; i++) {
            p.put("L_C" + i, m.get("county.column." + countyColumns[i]));
        }
        String[] interviewColumns = {"county", "name", "creditCode", "industry", "status", "score", "findingsOpen",
            "findingsOverdue"};
        for (int i = 0; i < interviewColumns.length; i++) {
            p.put("L_I" + i, m.get("county.column." + interviewColumns[i]));
        }
        p.put("L_D0", m.get("county.column.county"));
        p.put("L_D1", m.get("county.column.topDeductions"));
        String[] legend = {"passed", "rectify", "failed", "notInspected"};
        for (int i = 0; i < legend.length; i++) {
            p.put("L_LEGEND" + i, m.get("county.column." + legend[i]));
        }
        p.put("L_CHART_NOTE", t.get("chartNote"));
        return new ReportRequest(TEMPLATE, rows, p, t.get("documentTitle", batchName(s), s.asOf().toString()));
    }

    private String batchName(CountySummary s) {
        return s.batch() == null ? m.get("county.sheet.allInspected") : s.batch().name();
    }

    private void counties(CountySummary s, List<Map<String, Object>> rows) {
        if (s.counties().isEmpty()) {
            rows.add(t.empty(P, "counties"));
            return;
        }
        for (CountyRow c : s.counties()) {
            rows.add(countyRow(c, county(c.county()), "row"));
        }
        if (s.total() != null) {
            rows.add(countyRow(s.total(), m.get("county.sheet.total"), "total"));
        }
    }

    private Map<String, Object> countyRow(CountyRow c, String name, String kind) {
        Map<String, Object> row = t.row(P, "counties");
        row.put("kind", kind);
        Object[] values = {name, c.enterprises(), c.selfAssessed(), c.accepted(), c.passed(), c.rectify(), c.failed(),
            c.notInspected(), decimal(c.averageScore()), decimal(c.passRate()), c.green(), c.yellow(), c.red(),
            c.interviews(), c.findingsOpen(), c.findingsOverdue()};
        for (int i = 0; i < values.length; i++) {
            row.put("c" + i, String.valueOf(values[i]));
        }
        return row;
    }

    private void chart(CountySummary s, List<Map<String, Object>> rows) {
        if (s.counties().isEmpty()) {
            rows.add(t.empty(P, "chart"));
            return;
        }
        int scale = s.counties().stream().mapToInt(c -> c.passed() + c.rectify() + c.failed() + c.notInspected())
                .max().orElse(1);
        for (CountyRow c : s.counties()) {
            Map<String, Object> row = t.row(P, "chart");
            row.put("c0", county(c.county()));
            row.put("bar", new StackedBar(new int[] {c.passed(), c.rectify(), c.failed(), c.notInspected()},
                    BAR_COLOURS, scale));
            row.put("counts", t.get("chartCounts", c.passed(), c.rectify(), c.failed(), c.notInspected()));
            rows.add(row);
        }
    }

    private void interviews(CountySummary s, List<Map<String, Object>> rows) {
        if (s.interviews().isEmpty()) {
            rows.add(t.empty(P, "interviews"));
            return;
        }
        for (EnterpriseRow e : s.interviews()) {
            Map<String, Object> row = t.row(P, "interviews");
            Object[] values = {county(e.county()), e.enterpriseName(), e.creditCode(), t.orDash(e.industry()),
                e.conclusion() == null ? t.get("none") : m.of(e.conclusion()), t.points(e.score()), e.findingsOpen(),
                e.findingsOverdue()};
            for (int i = 0; i < values.length; i++) {
                row.put("c" + i, String.valueOf(values[i]));
            }
            rows.add(row);
        }
    }

    private void deductions(CountySummary s, List<Map<String, Object>> rows) {
        List<CountyRow> all = new ArrayList<>(s.counties());
        if (s.total() != null && s.counties().size() > 1) {
            all.add(s.total());
        }
        all.removeIf(c -> c.topDeductions().isEmpty());
        if (all.isEmpty()) {
            rows.add(t.empty(P, "deductions"));
            return;
        }
        for (CountyRow c : all) {
            Map<String, Object> row = t.row(P, "deductions");
            row.put("c0", c == s.total() ? m.get("county.sheet.total") : county(c.county()));
            row.put("c1", c.topDeductions().stream()
                    .map(l -> m.get("county.sheet.lineCount", l.lineId(), String.valueOf(l.count())))
                    .collect(Collectors.joining("、")));
            rows.add(row);
        }
    }

    private String county(String county) {
        return Counties.label(m, county);
    }

    private String decimal(BigDecimal value) {
        return value == null ? t.get("none") : value.toPlainString();
    }
}
