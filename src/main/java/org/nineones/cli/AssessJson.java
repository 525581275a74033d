package org.nineones.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.VetoHit;

/**
 * The JSON shape of a scored checklist on the command line, shared by {@code assess --json} and {@code review --json}:
 * template, day, score, conclusion, vetoes, and every line with its findings.
 */
final class AssessJson {

    private AssessJson() {
    }

    /** The conclusion as the JSON names it, in Chinese whatever the interface's language. */
    static String conclusion(Conclusion c) {
        return switch (c) {
            case PASS -> "通过";
            case RECTIFY -> "限期整改";
            case FAIL -> "不通过";
        };
    }

    /** The score as {@code assess --json} prints it. */
    static Map<String, Object> of(ChecklistTemplate checklist, ChecklistScore score, LocalDate day) {
        return of(checklist, score, day, (line, fields) -> { });
    }

    /**
     * The score, with {@code afterScore} adding a line's own fields right after its {@code "score"}.
     */
    static Map<String, Object> of(ChecklistTemplate checklist, ChecklistScore score, LocalDate day,
                                  BiConsumer<LineScore, Map<String, Object>> afterScore) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", checklist.name());
        t.put("version", checklist.version());
        t.put("sha256", new ChecklistJson().sha256(checklist));
        root.put("template", t);
        root.put("asOf", day.toString());
        root.put("score", score.score());
        root.put("maxScore", score.totalPoints());
        root.put("conclusion", conclusion(score.conclusion()));
        List<Map<String, Object>> vetoes = new ArrayList<>();
        for (VetoHit veto : score.vetoes()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("line", veto.lineId());
            v.put("reason", reason(veto));
            vetoes.add(v);
        }
        root.put("vetoes", vetoes);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineScore line : score.lines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("id", line.id());
            l.put("item", line.item());
            l.put("points", line.points());
            l.put("deducted", line.deducted());
            l.put("score", line.score());
            afterScore.accept(line, l);
            l.put("notApplicable", line.notApplicable());
            l.put("evidence", line.evidence().code());
            l.put("judged", line.judged());
            List<Map<String, Object>> findings = new ArrayList<>();
            for (Charge charge : line.charges()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("what", charge.what());
                f.put("points", charge.points());
                f.put("kind", charge.kind());
                f.put("target", CliSupport.object("kind", charge.target().kind().name(), "id", charge.target().id()));
                findings.add(f);
            }
            l.put("findings", findings);
            lines.add(l);
        }
        root.put("lines", lines);
        return root;
    }

    /** Why a veto was triggered: its findings, else what must be rectified. */
    static String reason(VetoHit veto) {
        if (!veto.findings().isEmpty()) {
            return String.join("；", veto.findings().stream().map(f -> f.what()).toList());
        }
        return veto.rectification();
    }
}
