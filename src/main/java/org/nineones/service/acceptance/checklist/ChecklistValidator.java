package org.nineones.service.acceptance.checklist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nineones.excel.checklist.ChecklistColumn;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Deduction;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.VetoType;

/**
 * The checklist's own check: every refusal is one sentence naming the line (检查项 1.1：…). A template with
 * refusals is never stored or used; points not summing to 100 are only a warning (a county may use 150).
 */
public final class ChecklistValidator {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Messages messages;

    public ChecklistValidator(Messages messages) {
        this.messages = messages;
    }

    /** Every problem of the template, refusals and warnings, line by line. */
    public List<ChecklistProblem> check(ChecklistTemplate template) {
        List<ChecklistProblem> problems = new ArrayList<>();
        if (template.name().isEmpty()) {
            problems.add(new ChecklistProblem(-1, null, messages.get("checklist.check.name"), false));
        }
        if (template.version().isEmpty()) {
            problems.add(new ChecklistProblem(-1, null, messages.get("checklist.check.version", template.name()),
                    false));
        }
        if (template.thresholds().pass().compareTo(template.thresholds().rectify()) < 0
                || template.thresholds().rectify().signum() < 0) {
            problems.add(new ChecklistProblem(-1, null, messages.get("checklist.check.thresholds",
                    Points.text(template.thresholds().pass()), Points.text(template.thresholds().rectify())), false));
        }
        if (template.lines().isEmpty()) {
            problems.add(new ChecklistProblem(-1, null, messages.get("checklist.check.noLines", template.name()),
                    false));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < template.lines().size(); i++) {
            check(i, template.lines().get(i), ids, problems);
        }
        BigDecimal total = template.totalPoints();
        if (!template.lines().isEmpty() && total.compareTo(HUNDRED) != 0) {
            problems.add(new ChecklistProblem(-1, ChecklistColumn.POINTS,
                    messages.get("checklist.check.total", Points.text(total)), true));
        }
        return problems;
    }

    /** Only the refusals. */
    public List<ChecklistProblem> errors(ChecklistTemplate template) {
        return check(template).stream().filter(p -> !p.warning()).toList();
    }

    private void check(int index, ChecklistLine line, Set<String> ids, List<ChecklistProblem> out) {
        String id = line.id().isEmpty() ? messages.get("checklist.check.lineNumber", index + 1) : line.id();
        Problems p = new Problems(index, id, out);
        if (line.id().isEmpty()) {
            p.add(ChecklistColumn.ID, "checklist.check.idMissing");
        } else if (!ids.add(line.id())) {
            p.add(ChecklistColumn.ID, "checklist.check.duplicateId");
        }
        if (NineItem.ofNumber(line.item()) == null) {
            p.add(ChecklistColumn.ITEM, "checklist.check.item", line.item());
        }
        if (line.criterion().isEmpty()) {
            p.add(ChecklistColumn.CRITERION, "checklist.check.criterion");
        }
        if (line.rule().isEmpty()) {
            p.add(ChecklistColumn.RULE, "checklist.check.rule");
        }
        VetoType veto = line.veto().type();
        if (veto.withoutPoints()) {
            if (line.points() != null) {
                p.add(ChecklistColumn.POINTS, "checklist.check.vetoWithPoints", Points.text(line.points()));
            }
            if (!line.deductions().isEmpty() || line.cap() != null || line.zeroAtCount() != null) {
                p.add(ChecklistColumn.DEDUCTIONS, "checklist.check.vetoWithDeductions");
            }
            if (line.zeroIfMissing() == null && line.evidence() == Evidence.AUTOMATIC) {
                p.add(ChecklistColumn.ZERO_IF_PRESENT, "checklist.check.vetoTrigger");
            }
        } else if (line.points() == null) {
            p.add(ChecklistColumn.POINTS, "checklist.check.pointsMissing");
        } else if (line.points().signum() < 0) {
            p.add(ChecklistColumn.POINTS, "checklist.check.points", Points.text(line.points()));
        }
        if (line.veto().any() && line.veto().rectification().isEmpty()) {
            p.add(ChecklistColumn.RECTIFICATION, "checklist.check.rectification");
        }
        Integer percent = line.veto().percent();
        if (veto == VetoType.FLOOR && (percent == null || percent < 1 || percent > 100)) {
            p.add(ChecklistColumn.VETO_PERCENT, "checklist.check.floorPercent", percent == null ? "" : percent);
        } else if (veto != VetoType.FLOOR && percent != null) {
            p.add(ChecklistColumn.VETO_PERCENT, "checklist.check.percentWithoutFloor");
        }
        checkParameters(line, p);
    }

    private void checkParameters(ChecklistLine line, Problems p) {
        Set<BigDecimal> numbers = numbersIn(line.rule());
        Set<String> kinds = new HashSet<>();
        for (Deduction d : line.deductions()) {
            if (!FindingKinds.ALL.contains(d.finding())) {
                p.add(ChecklistColumn.DEDUCTIONS, "checklist.check.unknownKind", d.finding(), knownKinds());
            } else if (!kinds.add(d.finding())) {
                p.add(ChecklistColumn.DEDUCTIONS, "checklist.check.duplicateKind", d.finding());
            }
            if (d.points().signum() <= 0) {
                p.add(ChecklistColumn.DEDUCTIONS, "checklist.check.deductionPoints", d.finding(),
                        Points.text(d.points()));
            } else if (!numbers.contains(d.points())) {
                p.add(ChecklistColumn.DEDUCTIONS, "checklist.check.numberNotInRule",
                        messages.get("checklist.param.deduction", d.finding()), Points.text(d.points()), line.rule());
            }
        }
        if (line.cap() != null) {
            if (line.cap().signum() <= 0) {
                p.add(ChecklistColumn.CAP, "checklist.check.cap", Points.text(line.cap()));
            } else if (!numbers.contains(line.cap())) {
                p.add(ChecklistColumn.CAP, "checklist.check.numberNotInRule", messages.get("checklist.param.cap"),
                        Points.text(line.cap()), line.rule());
            }
        }
        if (line.zeroAtCount() != null) {
            if (line.zeroAtCount() < 1) {
                p.add(ChecklistColumn.ZERO_AT_COUNT, "checklist.check.zeroAt", line.zeroAtCount());
            } else if (!numbers.contains(BigDecimal.valueOf(line.zeroAtCount()))) {
                p.add(ChecklistColumn.ZERO_AT_COUNT, "checklist.check.numberNotInRule",
                        messages.get("checklist.param.zeroAt"), line.zeroAtCount(), line.rule());
            }
        }
        if (line.zeroIfMissing() != null && !FindingKinds.ALL.contains(line.zeroIfMissing())) {
            p.add(ChecklistColumn.ZERO_IF_PRESENT, "checklist.check.unknownKind", line.zeroIfMissing(), knownKinds());
        }
    }

    /** Every number written in a rule's text (扣0.5分 → 0.5), in normal form. */
    static Set<BigDecimal> numbersIn(String text) {
        Set<BigDecimal> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(Points.normal(new BigDecimal(m.group())));
        }
        return numbers;
    }

    private static String knownKinds() {
        return String.join(", ", FindingKinds.ALL);
    }

    /** Adds the problems of one line, each sentence starting with the line's id. */
    private final class Problems {
        private final int index;
        private final String id;
        private final List<ChecklistProblem> out;

        Problems(int index, String id, List<ChecklistProblem> out) {
            this.index = index;
            this.id = id;
            this.out = out;
        }

        void add(ChecklistColumn column, String key, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = id;
            System.arraycopy(args, 0, all, 1, args.length);
            out.add(new ChecklistProblem(index, column, messages.get(key, all), false));
        }
    }
}
