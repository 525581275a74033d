package org.nineones.service.county;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nineones.excel.LedgerSheetWriter;
import org.nineones.model.Messages;
import org.nineones.model.county.CityCheck;
import org.nineones.model.county.CityComparison;

/**
 * A city check compared, as a workbook (decision 0027): 比较 (each enterprise drawn: the county's and the city's
 * conclusion and score, the outcome), 汇总 (the county's line) and 抽样框 (the whole frame with draw numbers, what a
 * county needs to replay the draw); the title names the county, seed, algorithm and frame hash. Written by
 * {@link LedgerSheetWriter}.
 */
final class CityCheckWorkbook {

    private final Messages messages;

    CityCheckWorkbook(Messages messages) {
        this.messages = messages;
    }

    void write(Path out, CityComparison comparison, List<CityCheck.Enterprise> frame) throws IOException {
        CityCheck check = comparison.check();
        String title = messages.get("citycheck.sheet.title", check.county(), String.valueOf(check.seed()),
                check.algorithm(), check.frameSha256(), check.drawnAt());
        List<List<?>> rows = new ArrayList<>();
        for (CityComparison.Row r : comparison.rows()) {
            rows.add(Arrays.asList(r.creditCode(), r.enterpriseName(), r.stratum(), messages.of(r.countyConclusion()),
                    number(r.countyScore()), r.reinspected() ? messages.of(r.cityConclusion()) : "",
                    number(r.cityScore()), number(r.scoreDifference()), messages.of(r.outcome()),
                    reasons(r)));
        }
        CityComparison.Summary s = comparison.summary();
        List<List<?>> summary = List.of(Arrays.asList(s.county(), s.drawn(), s.reinspected(), s.agree(), s.differ(),
                number(comparison.scoreThreshold())));
        List<List<?>> frameRows = new ArrayList<>();
        int position = 0;
        for (CityCheck.Enterprise e : frame) {
            frameRows.add(Arrays.asList(++position, e.creditCode(), e.enterpriseName(), e.stratum(), e.drawNumber(),
                    e.drawnPosition()));
        }
        new LedgerSheetWriter().writeAll(out, List.of(
                new LedgerSheetWriter.SheetContent(messages.get("citycheck.sheet.compare"), title,
                        headers("creditCode", "name", "industry", "countyConclusion", "countyScore", "cityConclusion",
                                "cityScore", "difference", "outcome", "reasons"),
                        List.of(22, 32, 14, 12, 10, 12, 10, 10, 10, 24), rows),
                new LedgerSheetWriter.SheetContent(messages.get("citycheck.sheet.summary"), title,
                        headers("county", "drawn", "reinspected", "agree", "differ", "threshold"),
                        List.of(14, 10, 10, 10, 10, 12), summary),
                new LedgerSheetWriter.SheetContent(messages.get("citycheck.sheet.frame"), title,
                        headers("position", "creditCode", "name", "industry", "drawNumber", "drawnPosition"),
                        List.of(8, 22, 32, 14, 24, 10), frameRows)));
    }

    private String reasons(CityComparison.Row r) {
        List<String> reasons = new ArrayList<>();
        if (r.conclusionDiffers()) {
            reasons.add(messages.get("citycheck.reason.conclusion"));
        }
        if (r.scoreDiffers()) {
            reasons.add(messages.get("citycheck.reason.score"));
        }
        return String.join("、", reasons);
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(k -> messages.get("citycheck.column." + k)).toList();
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
