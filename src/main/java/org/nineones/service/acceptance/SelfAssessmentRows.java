package org.nineones.service.acceptance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.VetoHit;
import org.nineones.model.acceptance.VetoType;

/**
 * The rows of the 自评报告 ({@code self-assessment.jrxml}), section by section: the score by nine-ones item, the
 * 扣分点及原因说明 table, the vetoes, the lines still to judge. A line's findings are listed by kind, at most
 * {@link #FINDINGS_PER_KIND} of each, then "…等 N 处", so a line with hundreds of findings stays one readable row.
 */
final class SelfAssessmentRows {

    /** Findings listed per kind of finding on a line; the rest are counted. */
    static final int FINDINGS_PER_KIND = 8;
    /** Characters of a criterion shown in the tables; the checklist printout has the whole text. */
    static final int CRITERION_SHORT = 40;

    private final Messages messages;
    private final ChecklistTemplate template;

    /** {@code template} gives the criteria; null when the checklist scored is not available (only ids print). */
    SelfAssessmentRows(Messages messages, ChecklistTemplate template) {
        this.messages = messages;
        this.template = template;
    }

    List<Map<String, Object>> build(ChecklistScore score) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(items(score));
        rows.addAll(charges(score));
        rows.addAll(vetoes(score));
        rows.addAll(pending(score));
        return rows;
    }

    private List<Map<String, Object>> items(ChecklistScore score) {
        Map<Integer, List<LineScore>> byItem = new TreeMap<>();
        score.lines().forEach(l -> byItem.computeIfAbsent(l.item(), i -> new ArrayList<>()).add(l));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<LineScore>> e : byItem.entrySet()) {
            BigDecimal points = BigDecimal.ZERO;
            BigDecimal deducted = BigDecimal.ZERO;
            BigDecimal earned = BigDecimal.ZERO;
            List<String> ids = new ArrayList<>();
            List<String> remarks = new ArrayList<>();
            for (LineScore line : e.getValue()) {
                ids.add(line.id());
                if (line.notApplicable()) {
                    remarks.add(get("line.notApplicable", line.id(), Points.text(line.points())));
                    continue;
                }
                points = points.add(line.points());
                deducted = deducted.add(line.deducted());
                earned = earned.add(line.score());
                if (line.points().signum() == 0) {
                    remarks.add(get(line.veto() != null ? "line.vetoHit" : "line.vetoClear", line.id()));
                }
                if (!line.judged()) {
                    remarks.add(get(line.evidence() == Evidence.MANUAL ? "line.unjudged" : "line.unconfirmed",
                            line.id()));
                }
            }
            Map<String, Object> row = row("items");
            row.put("item", itemName(e.getKey()));
            row.put("id", String.join("、", ids));
            row.put("points", Points.text(points));
            row.put("deducted", Points.text(deducted));
            row.put("score", Points.text(earned));
            row.put("remark", String.join("\n", remarks));
            rows.add(row);
        }
        Map<String, Object> total = row("items");
        total.put("item", get("total"));
        total.put("id", "");
        total.put("points", Points.text(score.totalPoints()));
        BigDecimal applicable = score.totalPoints().subtract(score.notApplicablePoints());
        total.put("deducted", Points.text(applicable.subtract(score.earned())));
        total.put("score", Points.text(score.earned()));
        total.put("remark", score.notApplicablePoints().signum() > 0
                ? get("total.scaled", Points.text(score.notApplicablePoints()), Points.text(applicable),
                Points.text(score.score()), Points.text(score.totalPoints()))
                : get("total.score", Points.text(score.score())));
        rows.add(total);
        return rows;
    }

    private List<Map<String, Object>> charges(ChecklistScore score) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LineScore line : score.lines()) {
            boolean vetoLine = line.points().signum() == 0;
            if (line.notApplicable() || vetoLine || line.deducted().signum() == 0 && line.charges().isEmpty()) {
                continue;
            }
            Map<String, Object> row = row("charges");
            row.put("id", line.id());
            row.put("criterion", shortCriterion(line.id()));
            row.put("deducted", Points.text(line.deducted()));
            List<String> parts = new ArrayList<>(chargeLines(line.charges()));
            String limit = limit(line);
            if (limit != null) {
                parts.add(limit);
            }
            if (!line.note().isBlank()) {
                parts.add(get("note", line.note().strip()));
            }
            row.put("reason", String.join("\n", parts));
            rows.add(row);
        }
        return rows.isEmpty() ? List.of(empty("charges")) : rows;
    }

    /** The charges by kind: "岗位没有责任清单：12 处，每处扣 1 分", then the first findings, then "…等 12 处". */
    List<String> chargeLines(List<Charge> charges) {
        Map<String, List<Charge>> byKind = new LinkedHashMap<>();
        charges.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Charge>> e : byKind.entrySet()) {
            List<Charge> of = e.getValue();
            BigDecimal each = of.get(0).points();
            boolean same = of.stream().allMatch(c -> c.points().compareTo(each) == 0);
            String kind = kindName(e.getKey());
            lines.add(same && each.signum() > 0 ? get("kind.each", kind, of.size(), Points.text(each))
                    : get("kind.count", kind, of.size()));
            for (int i = 0; i < Math.min(FINDINGS_PER_KIND, of.size()); i++) {
                lines.add(get("finding", clean(of.get(i).what())));
            }
            if (of.size() > FINDINGS_PER_KIND) {
                lines.add(get("more", of.size()));
            }
        }
        return lines;
    }

    private String limit(LineScore line) {
        return switch (line.limit()) {
            case NONE -> null;
            case CAPPED -> get("limit.CAPPED", Points.text(line.deducted()));
            case LINE_POINTS -> get("limit.LINE_POINTS", Points.text(line.points()));
            case ZEROED_AT_COUNT -> get("limit.ZEROED_AT_COUNT");
            case ZEROED_IF_PRESENT -> get("limit.ZEROED_IF_PRESENT");
            case MANUAL -> get("limit.MANUAL");
        };
    }

    private List<Map<String, Object>> vetoes(ChecklistScore score) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (VetoHit veto : score.vetoes()) {
            Map<String, Object> row = row("vetoes");
            row.put("id", veto.lineId());
            row.put("criterion", get("veto." + veto.type().name()) + "\n" + shortCriterion(veto.lineId()));
            List<String> reason = new ArrayList<>();
            if (veto.type() == VetoType.FLOOR && veto.itemPercent() != null) {
                reason.add(get("veto.floorPercent", Points.text(veto.itemPercent())));
            }
            List<Finding> findings = veto.findings();
            for (int i = 0; i < Math.min(FINDINGS_PER_KIND, findings.size()); i++) {
                reason.add(get("finding", clean(findings.get(i).what())));
            }
            if (findings.size() > FINDINGS_PER_KIND) {
                reason.add(get("more", findings.size()));
            }
            if (!veto.note().isBlank()) {
                reason.add(get("note", veto.note().strip()));
            }
            row.put("reason", String.join("\n", reason));
            row.put("rectification", veto.rectification());
            rows.add(row);
        }
        return rows.isEmpty() ? List.of(empty("vetoes")) : rows;
    }

    private List<Map<String, Object>> pending(ChecklistScore score) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LineScore line : score.unjudged()) {
            Map<String, Object> row = row("pending");
            row.put("id", line.id());
            row.put("item", itemName(line.item()));
            row.put("criterion", criterion(line.id()));
            row.put("evidence", line.evidence().code());
            row.put("remark", get(line.evidence() == Evidence.MANUAL ? "pending.unjudged" : "pending.unconfirmed"));
            rows.add(row);
        }
        return rows.isEmpty() ? List.of(empty("pending")) : rows;
    }

    private Map<String, Object> row(String section) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("section", section);
        row.put("sectionTitle", get("section." + section));
        return row;
    }

    private Map<String, Object> empty(String section) {
        Map<String, Object> row = row(section);
        row.put("empty", get("empty." + section));
        return row;
    }

    String itemName(int item) {
        return item + " " + messages.get("checklist.item." + item);
    }

    private String criterion(String lineId) {
        return template == null ? "" : template.line(lineId).map(ChecklistLine::criterion).orElse("");
    }

    private String shortCriterion(String lineId) {
        String text = clean(criterion(lineId));
        return text.length() <= CRITERION_SHORT ? text : text.substring(0, CRITERION_SHORT - 1) + "…";
    }

    private String kindName(String kind) {
        String key = "checklist.kind." + kind;
        return messages.has(key) ? messages.get(key) : kind;
    }

    private String get(String key, Object... args) {
        return messages.get("selfReport." + key, args);
    }

    /** One line: line breaks and runs of white space become one space. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", " ").strip();
    }
}
