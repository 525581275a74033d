package org.nineones.service.assessments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.model.Employee;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.store.AssessmentRepository;
import org.nineones.store.AssessmentRepository.Item;
import org.nineones.store.AssessmentRepository.Row;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/** Reading the assessments: the periods, a period's overview, one assessment, its items and its history. */
final class AssessmentQueries {

    private final AssessmentSupport support;

    AssessmentQueries(AssessmentSupport support) {
        this.support = support;
    }

    List<Period> periods(Workspace workspace) {
        return workspace.read(store -> store.assessments().periods().stream()
                .map(p -> Period.of(p.kind(), p.startsOn())).toList());
    }

    /**
     * Every period created, with the day each record in force of it ({@link AssessmentService.Chains#inForce()})
     * was signed by both sides (the later of the two signature days), or null while the record is open. Two reads,
     * whatever the number of periods.
     */
    Map<Period, List<LocalDate>> signedDays(Workspace workspace) {
        return workspace.read(store -> {
            Map<Long, Period> periods = new java.util.LinkedHashMap<>();
            store.assessments().periods().forEach(p -> periods.put(p.id(), Period.of(p.kind(), p.startsOn())));
            Map<Period, List<LocalDate>> days = new java.util.LinkedHashMap<>();
            periods.values().forEach(p -> days.put(p, new ArrayList<>()));
            for (Row r : new AssessmentService.Chains(store.assessments().all()).inForce()) {
                Period period = periods.get(r.periodId());
                if (period != null) {
                    days.get(period).add(r.closed() ? bothSigned(r) : null);
                }
            }
            return days;
        });
    }

    private static LocalDate bothSigned(Row r) {
        LocalDate assessor = r.assessorSignedOn() == null ? null : LocalDate.parse(r.assessorSignedOn());
        LocalDate assessee = r.assesseeSignedOn() == null ? null : LocalDate.parse(r.assesseeSignedOn());
        if (assessor == null || assessee == null) {
            return assessor == null ? assessee : assessor;
        }
        return assessor.isAfter(assessee) ? assessor : assessee;
    }

    PeriodOverview overview(Workspace workspace, Period period, LocalDate today) {
        LocalDate day = AssessmentSupport.listDay(period, today);
        return workspace.read(store -> {
            Optional<AssessmentRepository.PeriodRow> row = store.assessments().period(period.kind().name(),
                    period.startsOn().toString());
            AssessmentService.People people = AssessmentService.People.read(store);
            List<AssessmentSummary> list = new ArrayList<>();
            Set<Long> assessed = new HashSet<>();
            Map<Rating, Integer> perRating = new EnumMap<>(Rating.class);
            for (Rating r : Rating.values()) {
                perRating.put(r, 0);
            }
            int open = 0;
            if (row.isPresent()) {
                List<Row> rows = store.assessments().inPeriod(row.get().id());
                rows.forEach(r -> assessed.add(r.employeeId()));
                AssessmentService.Chains chains = new AssessmentService.Chains(rows);
                Map<Long, List<Item>> items = store.assessments().itemsInPeriod(row.get().id());
                for (Row r : chains.heads()) {
                    list.add(summary(people, period, r, chains.length(r.id()) > 1,
                            items.getOrDefault(r.id(), List.of())));
                }
                for (Row r : chains.inForce()) {
                    if (!r.closed()) {
                        open++;
                    } else if (r.rating() != null) {
                        perRating.merge(Rating.valueOf(r.rating()), 1, Integer::sum);
                    }
                }
            }
            list.sort(Comparator.comparing(AssessmentSummary::unitPath).thenComparing(AssessmentSummary::postName)
                    .thenComparing(AssessmentSummary::name));
            List<NotAssessable> refused = new ArrayList<>();
            if (!period.startsOn().isAfter(today)) {
                Map<Long, ContentVersion> lists = store.content().inForce(ContentKind.DUTY_LIST, day);
                for (Employee e : people.active()) {
                    if (!assessed.contains(e.id())) {
                        support.whyNotAssessable(lists, people, e, day).ifPresent(why -> refused.add(
                                new NotAssessable(e.id(), e.name(), people.unitPath(e), people.postName(e.postId()),
                                        why)));
                    }
                }
            }
            return new PeriodOverview(period, row.isPresent(), list, refused, perRating, open);
        });
    }

    AssessmentSummary summary(Workspace workspace, long id) {
        return workspace.read(store -> {
            Row row = support.find(store, id);
            Period period = AssessmentService.period(store, row);
            AssessmentService.Chains chains = new AssessmentService.Chains(store.assessments().inPeriod(row.periodId()));
            return summary(store, AssessmentService.People.read(store), period, row, chains.length(id) > 1);
        });
    }

    List<AssessmentItem> items(Workspace workspace, long id) {
        return workspace.read(store -> store.assessments().items(id).stream().map(AssessmentService::item).toList());
    }

    List<AssessmentSummary> history(Workspace workspace, long id) {
        return workspace.read(store -> {
            Row row = support.find(store, id);
            Period period = AssessmentService.period(store, row);
            AssessmentService.Chains chains = new AssessmentService.Chains(store.assessments().inPeriod(row.periodId()));
            AssessmentService.People people = AssessmentService.People.read(store);
            return chains.chain(id).stream().map(r -> summary(store, people, period, r, false)).toList();
        });
    }

    Optional<String[]> attachment(Workspace workspace, long attachmentId) {
        return workspace.read(store -> store.assessments().attachmentInfo(attachmentId));
    }

    private AssessmentSummary summary(Store store, AssessmentService.People people, Period period, Row r,
                                      boolean corrected) {
        return summary(people, period, r, corrected, store.assessments().items(r.id()));
    }

    private AssessmentSummary summary(AssessmentService.People people, Period period, Row r, boolean corrected,
                                      List<Item> items) {
        Employee e = people.employee(r.employeeId());
        int scored = (int) items.stream().filter(i -> i.points() != null).count();
        Double maxScore = r.maxScore() != null || r.voided() ? r.maxScore()
                : Double.valueOf(AssessmentService.totals(items).max());
        Double percent = r.score() != null && maxScore != null && maxScore > 0
                ? Math.round(r.score() / maxScore * 1000) / 10.0 : null;
        String id = e == null ? "" : e.idNumber().value();
        return new AssessmentSummary(r.id(), period, r.employeeId(), e == null ? "" : e.name(), id,
                e == null ? "" : e.idNumber().masked(), e == null || e.employeeNumber() == null ? ""
                : e.employeeNumber(), e == null ? "" : people.unitPath(e), people.postName(r.postId()), r.closed(),
                r.score(), maxScore, percent, r.rating() == null ? null : Rating.valueOf(r.rating()),
                r.assessor(), day(r.assessorSignedOn()), day(r.assesseeSignedOn()), r.attachmentId(), r.voided(),
                r.correctsId(), r.correctionReason(), corrected, items.size(), scored, r.recordedBy(),
                r.recordedAt());
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
