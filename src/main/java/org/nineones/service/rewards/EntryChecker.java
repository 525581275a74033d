package org.nineones.service.rewards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.rewards.EntryDraft;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;
import org.nineones.store.Store;

/**
 * The checks every entry passes, from a dialog or an import: a day not in the future, one person or one unit that
 * exists, a kind that matches the rule, a reason (the rule's text when none is given), a duty item of the person's
 * post, amount and points neither negative nor absurd (the rule's by default), an approver.
 */
final class EntryChecker {

    /** Entries before this day are taken for a typing mistake. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int MAX_TEXT = 500;

    /** The entry to write, or the problems that stop it. */
    record Checked(RewardEntry entry, List<FieldProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Messages messages;
    private final Store store;
    private final LocalDate today;
    /** Lookups kept for the checker's life (one dialog check, or one import's rows): rows repeat people and days. */
    private final Map<Long, Optional<Employee>> employees = new HashMap<>();
    private final Map<Long, Boolean> units = new HashMap<>();
    private final Map<Long, Optional<RewardRule>> rules = new HashMap<>();
    private final Map<Long, Optional<ContentVersion>> versions = new HashMap<>();
    private final Map<String, Optional<ContentVersion>> dutyLists = new HashMap<>();

    EntryChecker(Messages messages, Store store, LocalDate today) {
        this.messages = messages;
        this.store = store;
        this.today = today;
    }

    /**
     * Checks a draft. {@code allowedInactiveRule} is a rule that may be named although deactivated (the rule of the
     * entry being corrected), or null.
     */
    Checked check(EntryDraft d, Long allowedInactiveRule) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = d.occurredOn();
        if (day == null) {
            problems.add(problem(EntryField.DATE, "rewards.check.dateMissing"));
        } else if (day.isAfter(today)) {
            problems.add(problem(EntryField.DATE, "rewards.check.dateFuture", day.toString(), today.toString()));
        } else if (day.isBefore(EARLIEST)) {
            problems.add(problem(EntryField.DATE, "rewards.check.dateTooEarly", day.toString()));
        }
        Employee person = null;
        if ((d.employeeId() == null) == (d.orgUnitId() == null)) {
            problems.add(problem(EntryField.SUBJECT, "rewards.check.subjectMissing"));
        } else if (d.employeeId() != null) {
            person = employee(d.employeeId()).orElse(null);
            if (person == null) {
                problems.add(problem(EntryField.SUBJECT, "rewards.check.unknownPerson"));
            }
        } else if (!units.computeIfAbsent(d.orgUnitId(), id -> store.orgUnits().find(id).isPresent())) {
            problems.add(problem(EntryField.SUBJECT, "rewards.check.unknownUnit"));
        }
        RewardRule rule = null;
        if (d.ruleId() != null) {
            rule = rules.computeIfAbsent(d.ruleId(), id -> store.rewards().rule(id)).orElse(null);
            if (rule == null) {
                problems.add(problem(EntryField.RULE, "rewards.check.unknownRule"));
            } else if (!rule.active() && !d.ruleId().equals(allowedInactiveRule)) {
                problems.add(problem(EntryField.RULE, "rewards.check.inactiveRule", rule.code()));
            }
        }
        RewardKind kind = d.kind() != null ? d.kind() : rule == null ? null : rule.kind();
        if (kind == null) {
            problems.add(problem(EntryField.KIND, "rewards.check.kindMissing"));
        } else if (rule != null && rule.kind() != kind) {
            problems.add(problem(EntryField.KIND, "rewards.check.kindMismatch", rule.code(), kindName(rule.kind()),
                    kindName(kind)));
        }
        String reason = clean(d.reason());
        if (reason.isEmpty() && rule != null) {
            reason = rule.description();
        }
        if (reason.isEmpty()) {
            problems.add(problem(EntryField.REASON, "rewards.check.reasonMissing"));
        } else if (reason.length() > MAX_TEXT) {
            problems.add(problem(EntryField.REASON, "rewards.check.tooLong", MAX_TEXT));
        }
        double amount = d.amount() != null ? d.amount() : rule == null ? 0 : rule.amount();
        if (Double.isNaN(amount) || amount < 0) {
            problems.add(problem(EntryField.AMOUNT, "rewards.check.amountNegative"));
        } else if (amount > RewardRules.MAX_AMOUNT) {
            problems.add(problem(EntryField.AMOUNT, "rewards.check.amountAbsurd", RewardRules.MAX_AMOUNT));
        }
        double points = d.points() != null ? d.points() : rule == null ? 0 : rule.points();
        if (Double.isNaN(points) || points < 0) {
            problems.add(problem(EntryField.POINTS, "rewards.check.pointsNegative"));
        } else if (points > RewardRules.MAX_POINTS) {
            problems.add(problem(EntryField.POINTS, "rewards.check.pointsAbsurd", RewardRules.MAX_POINTS));
        }
        String approver = clean(d.approvedBy());
        if (approver.isEmpty()) {
            problems.add(problem(EntryField.APPROVER, "rewards.check.approverMissing"));
        } else if (approver.length() > 50) {
            problems.add(problem(EntryField.APPROVER, "rewards.check.tooLong", 50));
        }
        String dutyText = "";
        if (d.dutyVersionId() != null || d.dutyPosition() != null) {
            dutyText = duty(d, person, problems);
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new RewardEntry(null, day, d.employeeId(), d.orgUnitId(), kind, reason, d.ruleId(),
                d.dutyVersionId(), d.dutyPosition(), dutyText, round(amount), round(points), approver, false, null,
                null, null, null), List.of());
    }

    private String duty(EntryDraft d, Employee person, List<FieldProblem> problems) {
        if (d.employeeId() == null) {
            problems.add(problem(EntryField.DUTY, "rewards.check.dutyForUnit"));
            return "";
        }
        if (person == null) {
            return "";
        }
        if (d.dutyVersionId() == null || d.dutyPosition() == null) {
            problems.add(problem(EntryField.DUTY, "rewards.check.dutyUnknown"));
            return "";
        }
        Optional<ContentVersion> version = versions.computeIfAbsent(d.dutyVersionId(), id -> store.content().find(id));
        if (version.isEmpty() || version.get().kind() != ContentKind.DUTY_LIST
                || person.postId() == null || version.get().postId() != person.postId()) {
            problems.add(problem(EntryField.DUTY, "rewards.check.dutyNotOfPost", person.name()));
            return "";
        }
        List<DutyItem> items = ((DutyList) version.get().body()).items();
        if (d.dutyPosition() < 1 || d.dutyPosition() > items.size()) {
            problems.add(problem(EntryField.DUTY, "rewards.check.dutyPosition", d.dutyPosition(), items.size()));
            return "";
        }
        return items.get(d.dutyPosition() - 1).duty();
    }

    private Optional<Employee> employee(long id) {
        return employees.computeIfAbsent(id, key -> store.employees().find(key));
    }

    /** As {@link #dutyChoices(Store, long, LocalDate)}, with the lookups kept. */
    List<DutyChoice> dutyChoices(long employeeId, LocalDate day) {
        Employee person = employee(employeeId).orElse(null);
        if (person == null || person.postId() == null) {
            return List.of();
        }
        Optional<ContentVersion> version = dutyLists.computeIfAbsent(person.postId() + "@" + day,
                key -> dutyList(store, person.postId(), day));
        return choices(version);
    }

    private static Optional<ContentVersion> dutyList(Store store, long postId, LocalDate day) {
        return store.content().inForce(postId, ContentKind.DUTY_LIST, day)
                .or(() -> store.content().latestApproved(postId, ContentKind.DUTY_LIST));
    }

    /** The duty list in force for a person's post on a day (else its newest approved one), item by item. */
    static List<DutyChoice> dutyChoices(Store store, long employeeId, LocalDate day) {
        Employee person = store.employees().find(employeeId).orElse(null);
        if (person == null || person.postId() == null) {
            return List.of();
        }
        return choices(dutyList(store, person.postId(), day));
    }

    private static List<DutyChoice> choices(Optional<ContentVersion> version) {
        if (version.isEmpty() || !(version.get().body() instanceof DutyList list)) {
            return List.of();
        }
        List<DutyChoice> choices = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            choices.add(new DutyChoice(version.get().id(), version.get().number(), i + 1, list.items().get(i).duty()));
        }
        return choices;
    }

    private String kindName(RewardKind kind) {
        return messages.get("rewards.kind." + kind.name());
    }

    private FieldProblem problem(EntryField field, String key, Object... args) {
        return new FieldProblem(field, messages.get(key, args));
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
