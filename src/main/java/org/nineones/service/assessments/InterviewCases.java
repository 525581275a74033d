package org.nineones.service.assessments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.store.AssessmentRepository;
import org.nineones.store.AssessmentRepository.Row;
import org.nineones.store.Workspace;

/** The interviews (约谈) of people rated low two periods in a row: the cases, and recording one held. */
final class InterviewCases {

    private final AssessmentSupport support;

    InterviewCases(AssessmentSupport support) {
        this.support = support;
    }

    List<InterviewCase> cases(Workspace workspace) {
        return workspace.read(store -> {
            AssessmentRepository repo = store.assessments();
            Map<Long, Period> periods = new HashMap<>();
            repo.periods().forEach(p -> periods.put(p.id(), Period.of(p.kind(), p.startsOn())));
            AssessmentService.Chains chains = new AssessmentService.Chains(repo.all());
            Map<Long, Map<Period, Row>> byPerson = new HashMap<>();
            for (Row r : chains.inForce()) {
                if (r.closed() && r.rating() != null) {
                    byPerson.computeIfAbsent(r.employeeId(), k -> new HashMap<>()).put(periods.get(r.periodId()), r);
                }
            }
            RatingRules rules = support.rules;
            record Pair(long employeeId, Period period, Row earlier, Row later) {
            }
            List<Pair> pairs = new ArrayList<>();
            byPerson.forEach((employeeId, rated) -> rated.forEach((period, later) -> {
                Row earlier = rated.get(period.previous());
                if (earlier != null && rules.isLow(Rating.valueOf(later.rating()))
                        && rules.isLow(Rating.valueOf(earlier.rating()))) {
                    pairs.add(new Pair(employeeId, period, earlier, later));
                }
            }));
            List<InterviewCase> cases = new ArrayList<>();
            if (pairs.isEmpty()) {
                return cases; // no two low ratings in a row: no need to read the roster
            }
            Map<List<Long>, AssessmentRepository.InterviewRow> interviews = interviewsByRecord(repo);
            AssessmentService.People people = AssessmentService.People.read(store);
            for (Pair p : pairs) {
                Employee e = people.employee(p.employeeId());
                AssessmentRepository.InterviewRow held = interviews.get(List.of(p.employeeId(), p.later().periodId()));
                cases.add(new InterviewCase(p.employeeId(), e == null ? "" : e.name(), e == null ? ""
                        : people.unitPath(e), people.postName(p.later().postId()), p.period().previous(),
                        Rating.valueOf(p.earlier().rating()), p.period(), Rating.valueOf(p.later().rating()),
                        p.later().id(), held == null ? null : LocalDate.parse(held.heldOn()),
                        held == null ? null : held.heldBy(), held == null ? null : held.note()));
            }
            cases.sort(Comparator.comparing((InterviewCase c) -> c.later().endsOn()).reversed()
                    .thenComparing(InterviewCase::name));
            return cases;
        });
    }

    void record(Workspace workspace, long assessmentId, LocalDate heldOn, String heldBy, String note,
                LocalDate today) {
        String by = heldBy == null ? "" : heldBy.strip();
        if (by.isEmpty()) {
            throw new AssessmentRuleException("heldBy", support.messages.get("assessments.error.noInterviewer"));
        }
        if (heldOn == null) {
            throw new AssessmentRuleException("heldOn", support.messages.get("assessments.error.noDate"));
        }
        if (heldOn.isAfter(today)) {
            throw new AssessmentRuleException("heldOn", support.messages.get("assessments.error.futureDate",
                    heldOn.toString()));
        }
        workspace.write(store -> {
            Row row = support.find(store, assessmentId);
            if (interviewsByRecord(store.assessments()).containsKey(List.of(row.employeeId(), row.periodId()))) {
                throw new AssessmentRuleException(support.messages.get("assessments.error.interviewDone"));
            }
            long id = store.assessments().insertInterview(row.employeeId(), assessmentId, heldOn.toString(), by,
                    note == null ? "" : note.strip());
            store.audit().record("interview", "interview", id, "assessment " + assessmentId + " held " + heldOn
                    + " by " + by);
            return null;
        });
    }

    /** The first interview recorded for each person and period (employee id, period id): one per record. */
    private static Map<List<Long>, AssessmentRepository.InterviewRow> interviewsByRecord(AssessmentRepository repo) {
        Map<Long, Row> rows = new HashMap<>();
        repo.all().forEach(r -> rows.put(r.id(), r));
        Map<List<Long>, AssessmentRepository.InterviewRow> byRecord = new HashMap<>();
        for (AssessmentRepository.InterviewRow i : repo.interviews()) {
            Row r = rows.get(i.assessmentId());
            if (r != null) {
                byRecord.putIfAbsent(List.of(r.employeeId(), r.periodId()), i);
            }
        }
        return byRecord;
    }
}
