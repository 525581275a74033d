package org.nineones.service.inspection.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nineones.report.ReportRequest;

/**
 * The 抽查记录 ({@code inspection-spot-check.jrxml}): what replays the draw, the plan, the people drawn, the
 * replacements, and per worker the questions, the rating and the note.
 */
final class SpotCheckRows {

    static final String TEMPLATE = "inspection-spot-check";
    private static final String P = "spot";

    private final PrintTexts t;

    SpotCheckRows(PrintTexts texts) {
        this.t = texts;
    }

    ReportRequest build(SpotCheckSheet s) {
        List<Map<String, Object>> rows = new ArrayList<>();
        t.inspectionRows(rows, P, "info", s.inspection());
        rows.add(t.info(P, "info", t.get("spot.seed"), Long.toUnsignedString(s.seed())));
        rows.add(t.info(P, "info", t.get("spot.algorithm"), s.algorithm()));
        rows.add(t.info(P, "info", t.get("spot.frame"), s.frameSha256()));
        rows.add(t.info(P, "info", t.get("spot.rule"), s.rule()));
        long drawn = s.workers().stream().filter(w -> !isReplacement(s, w)).count();
        rows.add(t.info(P, "info", t.get("spot.size"), t.get("spot.sizeValue", s.population(), drawn)));
        rows.add(t.info(P, "info", t.get("spot.drawnAt"), t.minute(s.drawnAt())));
        rows.add(t.info(P, "info", t.get("spot.drawnBy"), s.drawnBy()));
        plan(s, rows);
        people(s, rows);
        replacements(s, rows);
        quiz(s, rows);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).putIfAbsent("block", "row " + i); // a worker's questions keep together, other rows alone
        }

        String title = t.get("spot.title");
        Map<String, Object> p = t.parameters(title, s.inspection(), s.drawnAt().toLocalDate().toString());
        p.put("L_SUBTITLE", t.get("spot.subtitle"));
        for (String col : List.of("orgUnit", "people", "allotted", "drawn", "no", "name", "employeeNumber", "post",
                "addition", "absent", "replacement", "why", "question", "answer")) {
            p.put("L_" + col.replaceAll("([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT), t.get("col." + col));
        }
        p.put("STATEMENT", t.get("spot.statement"));
        p.put("L_SIGN_INSPECTORS", t.get("sign.inspectors"));
        p.put("INSPECTORS", t.names(s.drawnBy().isEmpty() ? List.of() : List.of(s.drawnBy())));
        p.put("L_SIGN_DATE", t.get("sign.date"));
        return new ReportRequest(TEMPLATE, rows, p, title(s));
    }

    String title(SpotCheckSheet s) {
        return s.inspection().enterpriseName() + " " + t.get("spot.title") + " " + s.drawnAt().toLocalDate();
    }

    /** A worker who came in for an absent one (named as the replacement of a {@link SpotCheckSheet.Replacement}). */
    private static boolean isReplacement(SpotCheckSheet s, SpotCheckSheet.Worker w) {
        return s.replacements().stream().anyMatch(r -> r.replacementEmployeeNumber().equals(w.employeeNumber())
                && r.replacementName().equals(w.name()));
    }

    private void plan(SpotCheckSheet s, List<Map<String, Object>> rows) {
        if (s.plan().isEmpty()) {
            rows.add(t.empty(P, "plan"));
            return;
        }
        int people = 0;
        int allotted = 0;
        int drawn = 0;
        for (SpotCheckSheet.PlanRow stratum : s.plan()) {
            Map<String, Object> row = t.row(P, "plan");
            row.put("orgUnit", t.orDash(stratum.orgUnit()));
            row.put("people", String.valueOf(stratum.people()));
            row.put("allotted", String.valueOf(stratum.allotted()));
            row.put("drawn", String.valueOf(stratum.drawn()));
            rows.add(row);
            people += stratum.people();
            allotted += stratum.allotted();
            drawn += stratum.drawn();
        }
        Map<String, Object> total = t.row(P, "plan");
        total.put("orgUnit", t.get("total"));
        total.put("people", String.valueOf(people));
        total.put("allotted", String.valueOf(allotted));
        total.put("drawn", String.valueOf(drawn));
        rows.add(total);
    }

    private void people(SpotCheckSheet s, List<Map<String, Object>> rows) {
        if (s.workers().isEmpty()) {
            rows.add(t.empty(P, "people"));
            return;
        }
        int no = 0;
        for (SpotCheckSheet.Worker w : s.workers()) {
            Map<String, Object> row = t.row(P, "people");
            row.put("no", String.valueOf(++no));
            row.put("name", w.name());
            row.put("employeeNumber", w.employeeNumber());
            row.put("orgUnit", w.orgUnit());
            row.put("post", w.post());
            List<String> notes = new ArrayList<>();
            if (!w.addition().isEmpty()) {
                notes.add(w.addition());
            }
            if (w.absent()) {
                notes.add(t.get("spot.absent"));
            }
            if (isReplacement(s, w)) {
                notes.add(t.get("spot.replacement"));
            }
            row.put("addition", String.join("\n", notes));
            rows.add(row);
        }
    }

    private void replacements(SpotCheckSheet s, List<Map<String, Object>> rows) {
        if (s.replacements().isEmpty()) {
            rows.add(t.empty(P, "replacements"));
            return;
        }
        for (SpotCheckSheet.Replacement r : s.replacements()) {
            Map<String, Object> row = t.row(P, "replacements");
            row.put("absent", t.get("spot.person", r.absentName(), r.absentEmployeeNumber()));
            row.put("replacement", t.get("spot.person", r.replacementName(), r.replacementEmployeeNumber()));
            row.put("why", r.reason());
            rows.add(row);
        }
    }

    private void quiz(SpotCheckSheet s, List<Map<String, Object>> rows) {
        List<SpotCheckSheet.Worker> present = s.workers().stream().filter(w -> !w.absent()).toList();
        if (present.isEmpty()) {
            rows.add(t.empty(P, "quiz"));
            return;
        }
        int no = 0;
        for (SpotCheckSheet.Worker w : present) {
            no++;
            Map<String, Object> head = t.row(P, "quiz");
            head.put("kind", "worker");
            head.put("block", "worker " + no);
            head.put("value", t.get("spot.worker", no, w.name(), w.employeeNumber(), t.orDash(w.orgUnit()),
                    t.orDash(w.post())));
            rows.add(head);
            int q = 0;
            for (SpotCheckSheet.Question question : w.questions()) {
                Map<String, Object> row = t.row(P, "quiz");
                row.put("kind", "question");
                row.put("block", "worker " + no);
                row.put("no", String.valueOf(++q));
                row.put("question", question.text());
                row.put("answer", question.answer());
                rows.add(row);
            }
            if (w.questions().isEmpty()) {
                Map<String, Object> row = t.row(P, "quiz");
                row.put("kind", "question");
                row.put("block", "worker " + no);
                row.put("no", "");
                row.put("question", t.get("spot.noQuestions"));
                row.put("answer", "");
                rows.add(row);
            }
            Map<String, Object> rating = t.row(P, "quiz");
            rating.put("kind", "rating");
            rating.put("block", "worker " + no);
            rating.put("label", t.get("spot.rating"));
            String value = w.rating() == null ? t.get("spot.notRated") : t.messages().get(w.rating().labelKey());
            rating.put("value", w.note().isEmpty() ? value : value + "\n" + t.get("spot.note", w.note()));
            rows.add(rating);
        }
    }
}
