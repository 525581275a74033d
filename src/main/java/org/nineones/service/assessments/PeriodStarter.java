package org.nineones.service.assessments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.model.Employee;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.store.AssessmentRepository;
import org.nineones.store.AssessmentRepository.Item;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/** Starting a period: one open assessment per assessable person, its items from the post's duty list in force. */
final class PeriodStarter {

    private final AssessmentSupport support;

    PeriodStarter(AssessmentSupport support) {
        this.support = support;
    }

    StartResult start(Workspace workspace, Period period, LocalDate today) {
        if (period.startsOn().isAfter(today)) {
            throw new AssessmentRuleException("period", support.messages.get("assessments.error.periodNotStarted",
                    support.periodName(period)));
        }
        LocalDate day = AssessmentSupport.listDay(period, today);
        return workspace.write(store -> {
            long periodId = ensurePeriod(store, period);
            AssessmentRepository repo = store.assessments();
            Set<Long> assessed = new HashSet<>();
            repo.inPeriod(periodId).forEach(r -> assessed.add(r.employeeId()));
            AssessmentService.People people = AssessmentService.People.read(store);
            Map<Long, ContentVersion> lists = store.content().inForce(ContentKind.DUTY_LIST, day);
            int opened = 0;
            int existing = 0;
            List<NotAssessable> refused = new ArrayList<>();
            for (Employee e : people.active()) {
                if (assessed.contains(e.id())) {
                    existing++;
                    continue;
                }
                Optional<String> why = support.whyNotAssessable(lists, people, e, day);
                if (why.isPresent()) {
                    refused.add(new NotAssessable(e.id(), e.name(), people.unitPath(e), people.postName(e.postId()),
                            why.get()));
                    continue;
                }
                ContentVersion version = lists.get(e.postId());
                List<Item> items = items((DutyList) version.body());
                long id = repo.insertOpen(periodId, e.id(), e.postId(), version.id(), null, null, items);
                store.audit().record("assessment-open", AssessmentService.ENTITY, id, period.code() + " " + e.name()
                        + " " + people.postName(e.postId()) + " v" + version.number() + ", " + items.size()
                        + " items");
                opened++;
            }
            store.audit().record("assessment-start", "assessment_period", periodId, period.code() + ": " + opened
                    + " opened, " + existing + " existing, " + refused.size() + " not assessable");
            return new StartResult(period, opened, existing, refused);
        });
    }

    static List<Item> items(DutyList list) {
        List<Item> items = new ArrayList<>();
        int n = list.items().size();
        int position = 1;
        for (DutyItem duty : list.items()) {
            items.add(new Item(position++, duty.duty(), duty.assessmentStandard(),
                    MaxPoints.of(duty.assessmentStandard(), n), null, ""));
        }
        return items;
    }

    private static long ensurePeriod(Store store, Period period) {
        AssessmentRepository repo = store.assessments();
        return repo.period(period.kind().name(), period.startsOn().toString()).map(AssessmentRepository.PeriodRow::id)
                .orElseGet(() -> {
                    long id = repo.insertPeriod(period.kind().name(), period.startsOn().toString(),
                            period.endsOn().toString()).id();
                    store.audit().record("period-create", "assessment_period", id, period.code());
                    return id;
                });
    }
}
