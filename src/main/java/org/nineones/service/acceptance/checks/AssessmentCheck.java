package org.nineones.service.acceptance.checks;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.Target;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.assessments.InterviewCase;
import org.nineones.service.assessments.Period;
import org.nineones.service.assessments.PeriodKind;

/**
 * Item 8, periodic assessment: the periods expected, and the interviews due.
 *
 * <ul>
 * <li>The periods expected: of each kind the enterprise uses (the kinds of the periods it started on or before the
 * day; none yet: quarters, the usual 季度考核), every period that ended before the day and no more than 12 months
 * before it. A period is assessed when it was started and each of its records in force was signed by both sides by
 * the day (the later of the two signature days, {@link AssessmentService#signedDays}); who should have been
 * assessed in it is the period start's business, not checked here. Each period not assessed is a finding.</li>
 * <li>Interviews: each person rated low in two periods in a row ({@link AssessmentService#interviewCases}) whose
 * later period ended before the day, with no interview held by the day.</li>
 * </ul>
 */
final class AssessmentCheck implements RecordCheck {

    private final AssessmentService assessments;

    AssessmentCheck(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<String> kinds() {
        return List.of(FindingKinds.MISSING_ASSESSMENT_PERIOD, FindingKinds.MISSING_INTERVIEW);
    }

    @Override
    public void run(CheckDay day, Findings out) {
        LocalDate asOf = day.asOf();
        Map<Period, List<LocalDate>> signed = assessments.signedDays(day.workspace());
        Map<Period, Long> ids = new HashMap<>();
        day.workspace().read(store -> {
            store.assessments().periods().forEach(p -> ids.put(Period.of(p.kind(), p.startsOn()), p.id()));
            return null;
        });
        Set<PeriodKind> used = EnumSet.noneOf(PeriodKind.class);
        signed.keySet().stream().filter(p -> !p.startsOn().isAfter(asOf)).forEach(p -> used.add(p.kind()));
        if (used.isEmpty()) {
            used.add(PeriodKind.QUARTER);
        }
        LocalDate earliestEnd = asOf.minusYears(1);
        for (PeriodKind kind : used) {
            for (Period p = Period.containing(kind, asOf).previous(); !p.endsOn().isBefore(earliestEnd);
                 p = p.previous()) {
                String problem = problem(signed.get(p), asOf, out);
                if (problem != null) {
                    Long id = ids.get(p);
                    String name = assessments.periodName(p);
                    out.add(FindingKinds.MISSING_ASSESSMENT_PERIOD, new Target(TargetKind.ASSESSMENT_PERIOD,
                            id == null ? p.code() : String.valueOf(id), name), name, problem);
                }
            }
        }
        if (!twoOfAKind(signed)) {
            return; // no two periods of a kind: no two ratings in a row (and no need to read the roster for cases)
        }
        for (InterviewCase c : assessments.interviewCases(day.workspace())) {
            if (c.later().endsOn().isBefore(asOf) && (c.heldOn() == null || c.heldOn().isAfter(asOf))) {
                Target person = day.person(c.employeeId(), c.name(), c.unitPath(), c.postName());
                out.add(FindingKinds.MISSING_INTERVIEW, person, person.label(),
                        assessments.periodName(c.earlier()), assessments.periodName(c.later()));
            }
        }
    }

    private static boolean twoOfAKind(Map<Period, List<LocalDate>> periods) {
        Set<PeriodKind> seen = EnumSet.noneOf(PeriodKind.class);
        for (Period p : periods.keySet()) {
            if (!seen.add(p.kind())) {
                return true;
            }
        }
        return false;
    }

    /** Why a period does not count as assessed on the day, or null when it does. */
    private static String problem(List<LocalDate> signedDays, LocalDate asOf, Findings out) {
        if (signedDays == null || signedDays.isEmpty()) {
            return out.texts().get("checks.assessment.notStarted");
        }
        long unsigned = signedDays.stream().filter(d -> d == null || d.isAfter(asOf)).count();
        return unsigned == 0 ? null : out.texts().get("checks.assessment.unsigned", unsigned);
    }
}
