package org.nineones.service.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.nineones.model.EmployeeStatus;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.PostCategory;
import org.nineones.model.training.CreditedHours;
import org.nineones.model.training.Trainee;
import org.nineones.model.training.TrainingKind;
import org.nineones.store.Workspace;

/**
 * The compliance view: for every active employee as of a day, their training against {@link TrainingRules}. Computed
 * with a few set-based queries (the roster, and hours in force grouped by employee and kind, once for all time and
 * once for the last 12 months) joined in Java maps, never a query per person: 10,000 people with 50,000 attendance
 * rows take well under a second.
 *
 * <ul>
 * <li>Role: {@link TrainingRole#of} the post's category (MANAGER for principal, safety deputy, safety manager); the
 * enterprise's high-risk flag picks the ordinary or the high-risk rule.</li>
 * <li>Initial hours credited: the hours in force at sessions held on or before the day of the kinds in
 * {@link TrainingKind#INITIAL} (the three induction levels, transfer, return to work, special operation).</li>
 * <li>Induction levels: a worker needs company, workshop and team induction (at least one session of each attended,
 * in force); managers are trained to the management syllabus instead and are not asked for them.</li>
 * <li>Annual hours: hours of {@link TrainingKind#ANNUAL_KINDS} (annual retraining, drills) at sessions held in the 12
 * months ending on the day (a rolling window, so the view means the same on any day the inspector comes); the
 * yearly minimum applies from the first anniversary of hiring (a person hired less than a year ago is covered by
 * the initial requirement; no hire date counts as hired long ago).</li>
 * <li>Certificate: {@link CertificateState#of} {@code employee.certificate_expiry}; on a special-operation post, no
 * expiry recorded is MISSING.</li>
 * </ul>
 */
public final class TrainingCompliance {

    private final TrainingRules rules;

    public TrainingCompliance(TrainingRules rules) {
        this.rules = rules;
    }

    public TrainingRules rules() {
        return rules;
    }

    /** Every active employee hired by {@code day}. */
    public ComplianceReport compute(Workspace workspace, LocalDate day) {
        return compute(workspace, day, e -> e.status() == EmployeeStatus.ACTIVE
                && (e.hireDate() == null || !e.hireDate().isAfter(day)));
    }

    /** The employees {@code include} selects. */
    public ComplianceReport compute(Workspace workspace, LocalDate day, Predicate<Trainee> include) {
        return workspace.read(store -> {
            boolean highRisk = store.enterprise().get().highRisk();
            List<OrgUnit> units = store.orgUnits().all();
            Map<Long, String> paths = OrgPaths.printed(units);
            Map<Long, Integer> order = treeOrder(units);
            CreditedHours credited = store.training().credited(day.minusYears(1).plusDays(1), day);
            List<Trainee> employees = new ArrayList<>();
            for (Trainee t : store.training().trainees()) {
                if (include.test(t)) {
                    employees.add(t);
                }
            }
            employees.sort(Comparator.<Trainee>comparingInt(e -> order.getOrDefault(unitOf(e), Integer.MAX_VALUE))
                    .thenComparing(e -> e.employeeNumber() == null ? "" : e.employeeNumber())
                    .thenComparingLong(Trainee::id));
            List<PersonCompliance> people = new ArrayList<>(employees.size());
            for (Trainee e : employees) {
                PostCategory category = e.category();
                TrainingRole role = TrainingRole.of(category);
                TrainingRequirement need = rules.requirement(category, highRisk);
                Map<TrainingKind, Double> h = credited.total().getOrDefault(e.id(), Map.of());
                Map<TrainingKind, Double> y = credited.window().getOrDefault(e.id(), Map.of());
                Set<TrainingKind> missing = EnumSet.noneOf(TrainingKind.class);
                if (role == TrainingRole.WORKER) {
                    for (TrainingKind level : TrainingKind.INDUCTION) {
                        if (h.getOrDefault(level, 0.0) <= 0) {
                            missing.add(level);
                        }
                    }
                }
                boolean annualApplies = need.annualHours() > 0
                        && (e.hireDate() == null || !e.hireDate().isAfter(day.minusYears(1)));
                Long unitId = unitOf(e);
                people.add(new PersonCompliance(e.id(), e.name(), e.idNumber(), e.employeeNumber(),
                        unitId == null ? "" : paths.getOrDefault(unitId, ""), e.postId(),
                        e.postName() == null ? "" : e.postName(), category, role, e.hireDate(), need.initialHours(),
                        sum(h, TrainingKind.INITIAL), annualApplies, need.annualHours(),
                        sum(y, TrainingKind.ANNUAL_KINDS), missing, e.certificateNumber(), e.certificateExpiry(),
                        CertificateState.of(e.certificateExpiry(), category == PostCategory.SPECIAL_OPERATION, day)));
            }
            return new ComplianceReport(day, highRisk, people);
        });
    }

    private static Long unitOf(Trainee e) {
        return e.orgUnitId() != null ? e.orgUnitId() : e.postUnitId();
    }

    private static double sum(Map<TrainingKind, Double> hours, Set<TrainingKind> kinds) {
        double total = 0;
        for (Map.Entry<TrainingKind, Double> e : hours.entrySet()) {
            if (kinds.contains(e.getKey())) {
                total += e.getValue();
            }
        }
        return Math.round(total * 1000) / 1000.0;
    }

    /** Each unit's position in a depth-first walk of the org tree (siblings by sort order, then name). */
    static Map<Long, Integer> treeOrder(List<OrgUnit> units) {
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        for (OrgUnit u : units) {
            children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
        }
        children.values().forEach(l -> l.sort(Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::name)));
        Map<Long, Integer> order = new HashMap<>();
        java.util.ArrayDeque<OrgUnit> stack = new java.util.ArrayDeque<>();
        List<OrgUnit> roots = children.getOrDefault(null, List.of());
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            OrgUnit u = stack.pop();
            if (order.containsKey(u.id())) {
                continue;
            }
            order.put(u.id(), order.size());
            List<OrgUnit> kids = children.getOrDefault(u.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return order;
    }
}
