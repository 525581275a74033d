package org.nineones.service.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.RiskCard;

/**
 * How a post's content of one kind differs from a template's (the "before" side is the template, the "after" side
 * the post). Duty items are paired with the template's by their text (the same text, else a close one) and compared
 * field by field; the other kinds are compared as lists of lines per section, emergency scenarios by their name.
 * The order of items and lines is not compared.
 *
 * @param kind    the kind of content compared
 * @param changes every difference, in the post's order, then what the post no longer has in the template's order
 */
public record ContentDiff(ContentKind kind, List<Change> changes) {

    /** Whether a line or item was added by the post, removed from the template's, or changed. */
    public enum ChangeType {
        ADDED, REMOVED, CHANGED
    }

    /** The part of the content a change is in. */
    public enum Section {
        DUTY, BEFORE_WORK, DURING_WORK, AFTER_WORK, PROHIBITED_ACTS, PROTECTIVE_EQUIPMENT, HAZARDS, ACCIDENT_TYPES,
        CONSEQUENCES, CONTROLS, RISK_LEVEL, CONTACTS, SCENARIO, STEPS
    }

    /** The fields of a duty item, for saying which of them changed. */
    public enum DutyField {
        CATEGORY, DUTY, RESPONSIBLE, SCOPE, ASSESSMENT_STANDARD, LEGAL_BASIS, FORM
    }

    /** One field of a duty item as the template has it and as the post has it. */
    public record FieldChange(DutyField field, String before, String after) {
    }

    /**
     * One difference.
     *
     * @param scenario     the emergency scenario a step or contact belongs to; empty elsewhere
     * @param before       the template's text (a duty's text, a line, a risk level's name); null when added
     * @param after        the post's text; null when removed
     * @param fieldChanges for a changed duty item: each field that differs; empty otherwise
     */
    public record Change(ChangeType type, Section section, String scenario, String before, String after,
                         List<FieldChange> fieldChanges) {

        public Change {
            scenario = scenario == null ? "" : scenario;
            fieldChanges = fieldChanges == null ? List.of() : List.copyOf(fieldChanges);
        }

        static Change added(Section section, String scenario, String text) {
            return new Change(ChangeType.ADDED, section, scenario, null, text, List.of());
        }

        static Change removed(Section section, String scenario, String text) {
            return new Change(ChangeType.REMOVED, section, scenario, text, null, List.of());
        }
    }

    /** Duty texts at least this similar (Dice coefficient of character pairs) count as one duty reworded. */
    static final double SIMILAR = 0.6;

    public ContentDiff {
        changes = List.copyOf(changes);
    }

    /** True when the post's content says everything the template says and nothing else. */
    public boolean same() {
        return changes.isEmpty();
    }

    public long count(ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).count();
    }

    /**
     * The differences between a template's content and a post's content of the same kind; either may be null (then
     * it counts as empty).
     */
    public static ContentDiff between(ContentKind kind, PostContent template, PostContent post) {
        requireKind(kind, template);
        requireKind(kind, post);
        List<Change> changes = new ArrayList<>();
        switch (kind) {
            case DUTY_LIST -> duties(items(template), items(post), changes);
            case PROCEDURE -> procedure(procedureOf(template), procedureOf(post), changes);
            case RISK_CARD -> riskCard(template instanceof RiskCard r ? r : null, post instanceof RiskCard r ? r : null,
                    changes);
            case EMERGENCY_CARD -> emergency(scenarios(template), scenarios(post), changes);
        }
        return new ContentDiff(kind, changes);
    }

    private static void requireKind(ContentKind kind, PostContent content) {
        if (content != null && content.kind() != kind) {
            throw new IllegalArgumentException("a " + content.kind() + " is not a " + kind);
        }
    }

    private static List<DutyItem> items(PostContent content) {
        return content instanceof DutyList list ? list.items() : List.of();
    }

    private static OperatingProcedure procedureOf(PostContent content) {
        return content instanceof OperatingProcedure p ? p
                : new OperatingProcedure(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static List<EmergencyScenario> scenarios(PostContent content) {
        return content instanceof EmergencyCard card ? card.scenarios() : List.of();
    }

    // --- duty lists: paired items, field by field

    private static void duties(List<DutyItem> template, List<DutyItem> post, List<Change> changes) {
        DutyItem[] pairOfPost = new DutyItem[post.size()];
        boolean[] templateUsed = new boolean[template.size()];
        // 1. identical items, 2. the same duty text, 3. a close duty text (best pairs first)
        pair(template, post, templateUsed, pairOfPost, Objects::equals);
        pair(template, post, templateUsed, pairOfPost, (t, p) -> t.duty().equals(p.duty()));
        pairSimilar(template, post, templateUsed, pairOfPost);
        for (int i = 0; i < post.size(); i++) {
            DutyItem p = post.get(i);
            DutyItem t = pairOfPost[i];
            if (t == null) {
                changes.add(Change.added(Section.DUTY, "", p.duty()));
            } else if (!t.equals(p)) {
                changes.add(new Change(ChangeType.CHANGED, Section.DUTY, "", t.duty(), p.duty(), fieldChanges(t, p)));
            }
        }
        for (int j = 0; j < template.size(); j++) {
            if (!templateUsed[j]) {
                changes.add(Change.removed(Section.DUTY, "", template.get(j).duty()));
            }
        }
    }

    private static void pair(List<DutyItem> template, List<DutyItem> post, boolean[] templateUsed,
                             DutyItem[] pairOfPost, BiPredicate<DutyItem, DutyItem> same) {
        for (int i = 0; i < post.size(); i++) {
            if (pairOfPost[i] != null) {
                continue;
            }
            for (int j = 0; j < template.size(); j++) {
                if (!templateUsed[j] && same.test(template.get(j), post.get(i))) {
                    templateUsed[j] = true;
                    pairOfPost[i] = template.get(j);
                    break;
                }
            }
        }
    }

    private static void pairSimilar(List<DutyItem> template, List<DutyItem> post, boolean[] templateUsed,
                                    DutyItem[] pairOfPost) {
        record Candidate(int post, int template, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < post.size(); i++) {
            if (pairOfPost[i] != null) {
                continue;
            }
            for (int j = 0; j < template.size(); j++) {
                if (!templateUsed[j]) {
                    double score = similarity(template.get(j).duty(), post.get(i).duty());
                    if (score >= SIMILAR) {
                        candidates.add(new Candidate(i, j, score));
                    }
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
        for (Candidate c : candidates) {
            if (pairOfPost[c.post()] == null && !templateUsed[c.template()]) {
                pairOfPost[c.post()] = template.get(c.template());
                templateUsed[c.template()] = true;
            }
        }
    }

    private static List<FieldChange> fieldChanges(DutyItem t, DutyItem p) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, DutyField.CATEGORY, t.category(), p.category());
        field(fields, DutyField.DUTY, t.duty(), p.duty());
        field(fields, DutyField.RESPONSIBLE, t.responsible(), p.responsible());
        field(fields, DutyField.SCOPE, t.scope(), p.scope());
        field(fields, DutyField.ASSESSMENT_STANDARD, t.assessmentStandard(), p.assessmentStandard());
        field(fields, DutyField.LEGAL_BASIS, t.legalBasis(), p.legalBasis());
        field(fields, DutyField.FORM, t.form().name(), p.form().name());
        return fields;
    }

    private static void field(List<FieldChange> fields, DutyField field, String before, String after) {
        if (!before.equals(after)) {
            fields.add(new FieldChange(field, before, after));
        }
    }

    /** Dice coefficient of the two texts' character pairs: 1 for the same text, 0 for nothing in common. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < a.length() - 1; i++) {
            pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i < b.length() - 1; i++) {
            String pair = b.substring(i, i + 2);
            Integer left = pairs.get(pair);
            if (left != null && left > 0) {
                common++;
                pairs.put(pair, left - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }

    // --- line lists

    private static void procedure(OperatingProcedure t, OperatingProcedure p, List<Change> changes) {
        lines(Section.BEFORE_WORK, "", t.beforeWork(), p.beforeWork(), changes);
        lines(Section.DURING_WORK, "", t.duringWork(), p.duringWork(), changes);
        lines(Section.AFTER_WORK, "", t.afterWork(), p.afterWork(), changes);
        lines(Section.PROHIBITED_ACTS, "", t.prohibitedActs(), p.prohibitedActs(), changes);
        lines(Section.PROTECTIVE_EQUIPMENT, "", t.protectiveEquipment(), p.protectiveEquipment(), changes);
    }

    private static void riskCard(RiskCard t, RiskCard p, List<Change> changes) {
        RiskCard empty = new RiskCard(List.of(), List.of(), List.of(), List.of(), null, List.of());
        RiskCard template = t == null ? empty : t;
        RiskCard post = p == null ? empty : p;
        lines(Section.HAZARDS, "", template.hazards(), post.hazards(), changes);
        lines(Section.ACCIDENT_TYPES, "", names(template.accidentTypes(), Enum::name),
                names(post.accidentTypes(), Enum::name), changes);
        lines(Section.CONSEQUENCES, "", template.consequences(), post.consequences(), changes);
        lines(Section.CONTROLS, "", template.controls(), post.controls(), changes);
        if (t != null && p != null && template.riskLevel() != post.riskLevel()) {
            changes.add(new Change(ChangeType.CHANGED, Section.RISK_LEVEL, "", template.riskLevel().name(),
                    post.riskLevel().name(), List.of()));
        }
        lines(Section.CONTACTS, "", names(template.emergencyContacts(), ContentDiff::contact),
                names(post.emergencyContacts(), ContentDiff::contact), changes);
    }

    private static void emergency(List<EmergencyScenario> template, List<EmergencyScenario> post,
                                  List<Change> changes) {
        Map<String, EmergencyScenario> templateByName = new LinkedHashMap<>();
        template.forEach(s -> templateByName.putIfAbsent(s.name(), s));
        Map<String, EmergencyScenario> postByName = new LinkedHashMap<>();
        post.forEach(s -> postByName.putIfAbsent(s.name(), s));
        for (EmergencyScenario p : postByName.values()) {
            EmergencyScenario t = templateByName.get(p.name());
            if (t == null) {
                changes.add(Change.added(Section.SCENARIO, p.name(), p.name()));
            } else {
                lines(Section.STEPS, p.name(), t.steps(), p.steps(), changes);
                lines(Section.CONTACTS, p.name(), names(t.contacts(), ContentDiff::contact),
                        names(p.contacts(), ContentDiff::contact), changes);
            }
        }
        for (EmergencyScenario t : templateByName.values()) {
            if (!postByName.containsKey(t.name())) {
                changes.add(Change.removed(Section.SCENARIO, t.name(), t.name()));
            }
        }
    }

    private static <T> List<String> names(List<T> values, Function<T, String> name) {
        return values.stream().map(name).toList();
    }

    /** A contact as one line: its name, and its phone when there is one. */
    static String contact(EmergencyContact contact) {
        return contact.phone().isEmpty() ? contact.name() : contact.name() + " " + contact.phone();
    }

    /** Lines the post has beyond the template's (added) and the template's lines it lacks (removed), counted. */
    private static void lines(Section section, String scenario, List<String> template, List<String> post,
                              List<Change> changes) {
        Map<String, Integer> left = new HashMap<>();
        template.forEach(line -> left.merge(line, 1, Integer::sum));
        for (String line : post) {
            Integer n = left.get(line);
            if (n != null && n > 0) {
                left.put(line, n - 1);
            } else {
                changes.add(Change.added(section, scenario, line));
            }
        }
        Map<String, Integer> right = new HashMap<>();
        post.forEach(line -> right.merge(line, 1, Integer::sum));
        for (String line : template) {
            Integer n = right.get(line);
            if (n != null && n > 0) {
                right.put(line, n - 1);
            } else {
                changes.add(Change.removed(section, scenario, line));
            }
        }
    }
}
