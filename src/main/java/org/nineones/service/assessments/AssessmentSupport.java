package org.nineones.service.assessments;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.content.ContentVersion;
import org.nineones.store.AssessmentRepository.Row;
import org.nineones.store.Store;

/**
 * What every part of the assessments shares: the texts, the rating rules, finding a row, and why a person cannot be
 * assessed.
 */
final class AssessmentSupport {

    final Messages messages;
    final RatingRules rules;

    AssessmentSupport(Messages messages, RatingRules rules) {
        this.messages = messages;
        this.rules = rules;
    }

    String ratingName(Rating rating) {
        return rating == null ? "" : messages.get("assessments.rating." + rating.name());
    }

    String periodName(Period period) {
        return switch (period.kind()) {
            case MONTH -> messages.get("assessments.period.month", Integer.toString(period.startsOn().getYear()),
                    period.startsOn().getMonthValue());
            case QUARTER -> messages.get("assessments.period.quarter", Integer.toString(period.startsOn().getYear()),
                    (period.startsOn().getMonthValue() - 1) / 3 + 1);
            case YEAR -> messages.get("assessments.period.year", Integer.toString(period.startsOn().getYear()));
        };
    }

    Row find(Store store, long id) {
        return store.assessments().find(id).orElseThrow(() -> new AssessmentRuleException(
                messages.get("assessments.error.unknown", id)));
    }

    Rating rate(AssessmentService.Totals t) {
        return rules.rate(t.percent());
    }

    Optional<String> whyNotAssessable(Map<Long, ContentVersion> lists, AssessmentService.People people, Employee e,
                                      LocalDate day) {
        if (e.postId() == null) {
            return Optional.of(messages.get("assessments.notAssessable.noPost"));
        }
        Optional<ContentVersion> version = Optional.ofNullable(lists.get(e.postId()));
        if (version.isEmpty()) {
            return Optional.of(messages.get("assessments.notAssessable.noDutyList", people.postName(e.postId()),
                    day.toString()));
        }
        if (version.get().body() == null || version.get().body().isEmpty()) {
            return Optional.of(messages.get("assessments.notAssessable.emptyDutyList", people.postName(e.postId()),
                    version.get().number()));
        }
        return Optional.empty();
    }

    /** The day a period's duty lists are taken on: its last day, or today while it is still running. */
    static LocalDate listDay(Period period, LocalDate today) {
        return period.endsOn().isBefore(today) ? period.endsOn() : today;
    }
}
