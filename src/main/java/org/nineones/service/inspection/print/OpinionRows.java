package org.nineones.service.inspection.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nineones.model.inspection.InspectionFinding;
import org.nineones.report.ReportRequest;

/**
 * The 验收意见书 ({@code inspection-opinion.jrxml}): the basics with score and conclusion, the inspectors' opinion,
 * the vetoes, the findings with deadlines and responsible persons; the signature blocks are the template's summary.
 */
final class OpinionRows {

    static final String TEMPLATE = "inspection-opinion";
    private static final String P = "opinion";

    private final PrintTexts t;

    OpinionRows(PrintTexts texts) {
        this.t = texts;
    }

    ReportRequest build(AcceptanceOpinion o) {
        List<Map<String, Object>> rows = new ArrayList<>();
        t.inspectionRows(rows, P, "info", o.inspection());
        rows.add(t.info(P, "info", t.get("template"), t.template(o.templateName(), o.templateVersion())));
        rows.add(t.info(P, "info", t.get("opinion.date"), o.date().toString()));
        rows.add(t.info(P, "info", t.get("opinion.score"), t.get("opinion.scoreValue", t.points(o.score()),
                t.points(o.totalPoints()))));
        rows.add(t.info(P, "info", t.get("opinion.conclusion"), t.messages().of(o.conclusion())));
        rows.add(t.info(P, "info", t.get("opinion.vetoes"), o.vetoes().isEmpty() ? t.get("noneFound")
                : t.get("vetoList", o.vetoes().size(),
                String.join("、", o.vetoes().stream().map(VetoLine::lineId).toList()))));
        rows.add(t.info(P, "info", t.get("opinion.findings"), t.get("opinion.findingsValue", o.findings().size())));
        if (o.opinion().isEmpty()) {
            rows.add(t.empty(P, "opinion"));
        } else {
            Map<String, Object> text = t.row(P, "opinion");
            text.put("value", o.opinion());
            rows.add(text);
        }
        vetoes(o, rows);
        findings(o, rows);

        String title = t.get("opinion.title");
        Map<String, Object> p = t.parameters(title, o.inspection(), o.date().toString());
        p.put("NUMBER", o.number());
        p.put("L_NO", t.get("col.no"));
        p.put("L_LINE", t.get("col.line"));
        p.put("L_CRITERION", t.get("col.criterion"));
        p.put("L_SEEN", t.get("col.seen"));
        p.put("L_RECTIFICATION", t.get("col.rectification"));
        p.put("L_REQUIREMENT", t.get("col.rectification"));
        p.put("L_DEADLINE", t.get("col.deadline"));
        p.put("L_RESPONSIBLE", t.get("col.responsible"));
        p.put("STATEMENT", t.get("opinion.statement"));
        p.put("L_SIGN_INSPECTORS", t.get("sign.team"));
        p.put("INSPECTORS", t.names(o.inspectors()));
        p.put("L_SIGN_PRINCIPAL", t.get("sign.principal"));
        p.put("L_SEAL", t.get("sign.seal"));
        return new ReportRequest(TEMPLATE, rows, p, title(o));
    }

    String title(AcceptanceOpinion o) {
        return o.inspection().enterpriseName() + " " + t.get("opinion.title") + " " + o.date();
    }

    private void vetoes(AcceptanceOpinion o, List<Map<String, Object>> rows) {
        if (o.vetoes().isEmpty()) {
            rows.add(t.empty(P, "vetoes"));
            return;
        }
        for (VetoLine veto : o.vetoes()) {
            Map<String, Object> row = t.row(P, "vetoes");
            row.put("id", veto.lineId());
            row.put("criterion", veto.criterion());
            row.put("seen", veto.seen());
            row.put("rectification", veto.rectification());
            rows.add(row);
        }
    }

    private void findings(AcceptanceOpinion o, List<Map<String, Object>> rows) {
        if (o.findings().isEmpty()) {
            rows.add(t.empty(P, "findings"));
            return;
        }
        int no = 0;
        for (InspectionFinding f : o.findings()) {
            Map<String, Object> row = t.row(P, "findings");
            row.put("no", String.valueOf(++no));
            row.put("id", f.lineId().isEmpty() ? t.get("none") : f.lineId());
            row.put("seen", f.seen() + "\n" + t.get("opinion.findingId", f.uid()));
            row.put("rectification", f.requirement());
            row.put("deadline", f.deadline() == null ? t.get("none") : f.deadline().toString());
            row.put("responsible", t.orDash(f.responsible()));
            rows.add(row);
        }
    }
}
