package org.nineones.service.inspection.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nineones.report.ReportRequest;

/**
 * The 现场检查记录 ({@code inspection-on-site.jrxml}, Work Safety Law Art. 65): time, place, who, the content, the
 * problems and how each is handled; the signature blocks and the refusal box are the template's summary.
 */
final class OnSiteRows {

    static final String TEMPLATE = "inspection-on-site";
    private static final String P = "onSite";

    private final PrintTexts t;

    OnSiteRows(PrintTexts texts) {
        this.t = texts;
    }

    ReportRequest build(OnSiteSheet r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(t.info(P, "info", t.get("enterprise"), r.inspection().enterpriseName()));
        rows.add(t.info(P, "info", t.get("creditCode"), r.inspection().creditCode()));
        rows.add(t.info(P, "info", t.get("onSite.time"), r.end() == null ? t.get("onSite.timeFrom", t.minute(r.start()))
                : t.get("onSite.timeValue", t.minute(r.start()), t.minute(r.end()))));
        rows.add(t.info(P, "info", t.get("onSite.place"), r.place()));
        rows.add(t.info(P, "info", t.get("onSite.inspectors"), String.join("、", r.inspectors())));
        rows.add(t.info(P, "info", t.get("onSite.responsible"), r.responsible()));
        rows.add(t.info(P, "info", t.get("fingerprint"), r.inspection().packageFingerprint()));
        Map<String, Object> content = t.row(P, "content");
        content.put("value", t.orDash(r.content()));
        rows.add(content);
        if (r.problems().isEmpty()) {
            rows.add(t.empty(P, "problems"));
        }
        int no = 0;
        for (OnSiteSheet.Problem problem : r.problems()) {
            Map<String, Object> row = t.row(P, "problems");
            row.put("no", String.valueOf(++no));
            row.put("id", t.orDash(problem.lineId()));
            row.put("seen", problem.seen());
            row.put("handling", problem.handling());
            rows.add(row);
        }

        String title = t.get("onSite.title");
        Map<String, Object> p = t.parameters(title, r.inspection(), r.start().toLocalDate().toString());
        p.put("L_SUBTITLE", t.get("onSite.subtitle"));
        p.put("L_NO", t.get("col.no"));
        p.put("L_LINE", t.get("col.line"));
        p.put("L_SEEN", t.get("col.seen"));
        p.put("L_HANDLING", t.get("col.handling"));
        p.put("STATEMENT", t.get("onSite.statement"));
        p.put("L_SIGN_INSPECTORS", t.get("sign.inspectors"));
        p.put("INSPECTORS", t.names(r.inspectors()));
        p.put("L_SIGN_RESPONSIBLE", t.get("sign.responsible"));
        p.put("RESPONSIBLE", r.responsible().isEmpty() ? "" : t.get("onSite.responsibleNamed", r.responsible()));
        p.put("L_REFUSAL", t.get("onSite.refusal"));
        p.put("REFUSAL", r.refusal());
        p.put("L_REFUSAL_SIGN", t.get("onSite.refusalSign"));
        return new ReportRequest(TEMPLATE, rows, p, title(r));
    }

    String title(OnSiteSheet r) {
        return r.inspection().enterpriseName() + " " + t.get("onSite.title") + " " + r.start().toLocalDate();
    }
}
