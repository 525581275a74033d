package org.nineones.service.county;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.nineones.excel.LedgerSheetWriter;
import org.nineones.model.Messages;
import org.nineones.model.county.Counties;
import org.nineones.model.county.CountyRow;
import org.nineones.model.county.CountySummary;
import org.nineones.model.county.EnterpriseRow;

/**
 * The county summary as a workbook (issue 14, point 6): 汇总 (one row per county and a total), 企业 (every enterprise
 * with its conclusion, colour and findings), 约谈名单 and 未检查企业; written by {@link LedgerSheetWriter}.
 */
final class CountySummaryWorkbook {

    private final Messages messages;

    CountySummaryWorkbook(Messages messages) {
        this.messages = messages;
    }

    void write(Path out, CountySummary summary, List<EnterpriseRow> enterprises) throws IOException {
        String title = messages.get("county.sheet.title", summary.batch() == null
                ? messages.get("county.sheet.allInspected") : summary.batch().name(), summary.asOf().toString());
        List<String> countyHeaders = headers("county", "enterprises", "selfAssessed", "accepted", "passed",
                "rectify", "failed", "notInspected", "averageScore", "passRate", "green", "yellow", "red",
                "interviews", "findingsOpen", "findingsOverdue", "topDeductions");
        List<List<?>> counties = new ArrayList<>();
        List<CountyRow> rows = new ArrayList<>(summary.counties());
        if (summary.total() != null) {
            rows.add(summary.total());
        }
        for (CountyRow c : rows) {
            counties.add(Arrays.asList(c == summary.total() ? messages.get("county.sheet.total") : county(c.county()),
                    c.enterprises(), c.selfAssessed(), c.accepted(), c.passed(),
                    c.rectify(), c.failed(), c.notInspected(), number(c.averageScore()), number(c.passRate()),
                    c.green(), c.yellow(), c.red(), c.interviews(), c.findingsOpen(), c.findingsOverdue(),
                    c.topDeductions().stream().map(l -> messages.get("county.sheet.lineCount", l.lineId(), String.valueOf(l.count())))
                            .collect(Collectors.joining("、"))));
        }
        List<String> enterpriseHeaders = headers("county", "name", "creditCode", "industry", "status", "score",
                "colour", "interview", "findingsOpen", "findingsOverdue");
        List<String> shortHeaders = headers("county", "name", "creditCode", "industry");
        new LedgerSheetWriter().writeAll(out, List.of(
                new LedgerSheetWriter.SheetContent(messages.get("county.sheet.summary"), title, countyHeaders,
                        List.of(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8, 8, 8, 8, 10, 10, 40), counties),
                new LedgerSheetWriter.SheetContent(messages.get("county.sheet.enterprises"), title,
                        enterpriseHeaders, List.of(10, 32, 22, 14, 12, 8, 8, 8, 10, 10),
                        enterprises.stream().map(this::enterprise).toList()),
                new LedgerSheetWriter.SheetContent(messages.get("county.sheet.interviews"), title, enterpriseHeaders,
                        List.of(10, 32, 22, 14, 12, 8, 8, 8, 10, 10),
                        summary.interviews().stream().map(this::enterprise).toList()),
                new LedgerSheetWriter.SheetContent(messages.get("county.sheet.notInspected"), title, shortHeaders,
                        List.of(10, 32, 22, 14), summary.notInspected().stream()
                        .map(e -> List.of(county(e.county()), e.enterpriseName(), e.creditCode(), e.industry())).toList())));
    }

    private List<?> enterprise(EnterpriseRow e) {
        String status = !e.inspected() ? messages.get("county.status.notInspected")
                : !e.signed() ? messages.get("county.status.unsigned") : messages.of(e.conclusion());
        return Arrays.asList(county(e.county()), e.enterpriseName(), e.creditCode(), e.industry(), status,
                number(e.score()), e.colour() == null ? "" : messages.of(e.colour()),
                e.interview() ? messages.get("county.sheet.yes") : "", e.findingsOpen(), e.findingsOverdue());
    }

    private String county(String county) {
        return Counties.label(messages, county);
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(k -> messages.get("county.column." + k)).toList();
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
