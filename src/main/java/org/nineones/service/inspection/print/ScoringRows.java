package org.nineones.service.inspection.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.report.ReportRequest;

/**
 * The 评分表 ({@code inspection-scoring.jrxml}): the basics, every line with both scores and the reason, the totals,
 * the result, the vetoes and the 扣分点及原因说明 table.
 */
final class ScoringRows {

    static final String TEMPLATE = "inspection-scoring";
    private static final String P = "scoring";

    private final PrintTexts t;

    ScoringRows(PrintTexts texts) {
        this.t = texts;
    }

    ReportRequest build(ScoringSheet s) {
        Messages m = t.messages();
        List<Map<String, Object>> rows = new ArrayList<>();
        t.inspectionRows(rows, P, "info", s.inspection());
        rows.add(t.info(P, "info", t.get("template"), t.template(s.templateName(), s.templateVersion())));
        rows.add(t.info(P, "info", t.get("scoring.scoredOn"), s.scoredOn().toString()));
        lines(s, rows);
        rows.add(t.info(P, "result", t.get("scoring.result.self"), s.selfScore() == null
                ? t.get("scoring.result.noSelf")
                : t.get("scoring.result.value", t.points(s.selfScore()), t.points(s.totalPoints()),
                m.of(s.selfConclusion()))));
        rows.add(t.info(P, "result", t.get("scoring.result.inspector"), t.get("scoring.result.value",
                t.points(s.score()), t.points(s.totalPoints()), m.of(s.conclusion()))));
        rows.add(t.info(P, "result", t.get("scoring.result.vetoes"), s.vetoes().isEmpty() ? t.get("noneFound")
                : t.get("vetoList", s.vetoes().size(),
                String.join("、", s.vetoes().stream().map(VetoLine::lineId).toList()))));
        vetoes(s, rows);
        deductions(s, rows);

        String title = t.get("scoring.title");
        Map<String, Object> p = t.parameters(title, s.inspection(), s.scoredOn().toString());
        p.put("L_SUBTITLE", t.get("scoring.subtitle"));
        p.put("L_ID", t.get("col.line"));
        p.put("L_ITEM", t.get("col.item"));
        p.put("L_CRITERION", t.get("col.criterion"));
        p.put("L_POINTS", t.get("col.points"));
        p.put("L_SELF", t.get("col.self"));
        p.put("L_SCORE", t.get("col.score"));
        p.put("L_REASON", t.get("col.reason"));
        p.put("L_SEEN", t.get("col.seen"));
        p.put("L_RECTIFICATION", t.get("col.rectification"));
        p.put("L_DEDUCTED", t.get("col.deducted"));
        p.put("L_DEDUCTION_REASON", t.get("col.deductionReason"));
        p.put("L_BASIS", t.get("col.basis"));
        p.put("L_SIGN_INSPECTORS", t.get("sign.inspectors"));
        p.put("INSPECTORS", t.names(s.inspectors()));
        p.put("L_SIGN_ENTERPRISE", t.get("sign.enterprise"));
        p.put("L_SIGN_DATE", t.get("sign.date"));
        return new ReportRequest(TEMPLATE, rows, p, title(s));
    }

    String title(ScoringSheet s) {
        return s.inspection().enterpriseName() + " " + t.get("scoring.title") + " " + s.scoredOn();
    }

    private void lines(ScoringSheet s, List<Map<String, Object>> rows) {
        if (s.lines().isEmpty()) {
            rows.add(t.empty(P, "lines"));
            return;
        }
        for (ScoringSheet.Line line : s.lines()) {
            Map<String, Object> row = t.row(P, "lines");
            row.put("id", line.id());
            row.put("item", line.item());
            row.put("criterion", line.criterion());
            if (line.vetoLine()) {
                row.put("points", t.get("scoring.veto"));
                row.put("self", t.get(line.selfVetoed() ? "scoring.vetoHit" : "scoring.vetoClear"));
                row.put("score", t.get(line.vetoed() ? "scoring.vetoHit" : "scoring.vetoClear"));
            } else {
                row.put("points", t.points(line.points()));
                row.put("self", line.notApplicable() && line.selfScore() == null ? t.get("scoring.notApplicable")
                        : t.points(line.selfScore()));
                row.put("score", line.notApplicable() ? t.get("scoring.notApplicable") : t.points(line.score()));
            }
            row.put("reason", line.reason());
            rows.add(row);
        }
        Map<String, Object> total = t.row(P, "lines");
        total.put("id", "");
        total.put("item", t.get("scoring.total"));
        total.put("criterion", "");
        total.put("points", t.points(s.totalPoints()));
        total.put("self", t.points(s.selfScore()));
        total.put("score", t.points(s.score()));
        total.put("reason", s.lines().stream().anyMatch(ScoringSheet.Line::notApplicable)
                ? t.get("scoring.totalScaled") : "");
        rows.add(total);
    }

    private void vetoes(ScoringSheet s, List<Map<String, Object>> rows) {
        if (s.vetoes().isEmpty()) {
            rows.add(t.empty(P, "vetoes"));
            return;
        }
        for (VetoLine veto : s.vetoes()) {
            Map<String, Object> row = t.row(P, "vetoes");
            row.put("id", veto.lineId());
            row.put("criterion", veto.criterion());
            row.put("seen", veto.seen());
            row.put("rectification", veto.rectification());
            rows.add(row);
        }
    }

    private void deductions(ScoringSheet s, List<Map<String, Object>> rows) {
        if (s.deductions().isEmpty()) {
            rows.add(t.empty(P, "deductions"));
            return;
        }
        Map<String, String> criteria = new HashMap<>();
        s.lines().forEach(l -> criteria.putIfAbsent(l.id(), l.criterion()));
        for (ScoringSheet.Deduction d : s.deductions()) {
            Map<String, Object> row = t.row(P, "deductions");
            row.put("id", d.lineId());
            row.put("criterion", criteria.getOrDefault(d.lineId(), ""));
            row.put("deducted", t.points(d.deducted()));
            row.put("reason", d.reason());
            row.put("basis", d.basis());
            rows.add(row);
        }
    }
}
