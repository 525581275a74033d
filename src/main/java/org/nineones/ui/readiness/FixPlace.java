package org.nineones.ui.readiness;

import java.util.Optional;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.Target;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.content.ContentKind;

/**
 * Where a deduction is fixed: a post's content of one kind in the org screen, or the tab of a feature of people's
 * records (by its key: letters, training, exams, rewards, assessments, records; or the grid), an area of the grid, or
 * the people screen. Read from the finding's kind first (a person short of training is fixed in 培训, not in 人员),
 * then from its record.
 *
 * @param feature  the feature's key, or null for the org or people screen
 * @param postId   the post whose content to open, or null
 * @param kind     the kind of content to open (with {@code postId}; or the org screen alone when the post is unknown)
 * @param person   the employee's id for the people screen, or null
 * @param gridArea the grid area to show selected in the grid tab, or null
 */
public record FixPlace(String feature, Long postId, ContentKind kind, Long person, Long gridArea) {

    /** Where {@code charge} is fixed; empty when no screen fixes it. */
    public static Optional<FixPlace> of(Charge charge, Messages messages) {
        Target target = charge.target();
        return switch (charge.kind()) {
            case FindingKinds.POST_WITHOUT_DUTY_LIST, FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE,
                    FindingKinds.PRINCIPAL_DUTIES_MISSING -> post(target, ContentKind.DUTY_LIST);
            case FindingKinds.POST_WITHOUT_PROCEDURE -> post(target, ContentKind.PROCEDURE);
            case FindingKinds.MISSING_CARD, FindingKinds.CARD_NOT_ON_SITE -> post(target,
                    charge.what().contains(messages.of(ContentKind.EMERGENCY_CARD)) ? ContentKind.EMERGENCY_CARD
                            : ContentKind.RISK_CARD);
            case FindingKinds.UNSIGNED_PERSON, FindingKinds.LEVEL_WITHOUT_SIGNATURE -> feature("letters");
            case FindingKinds.PERSON_SHORT_OF_TRAINING, FindingKinds.EXPIRED_CERTIFICATE -> feature("training");
            case FindingKinds.NO_EXAM_IN_12_MONTHS, FindingKinds.WORKER_NOT_FAMILIAR,
                    FindingKinds.WORKER_BASICALLY_FAMILIAR -> feature("exams");
            case FindingKinds.NO_REWARD_RULES, FindingKinds.NO_REWARD_ENTRIES -> feature("rewards");
            case FindingKinds.MISSING_ASSESSMENT_PERIOD, FindingKinds.MISSING_INTERVIEW -> feature("assessments");
            case FindingKinds.RECORD_KIND_MISSING -> feature("records");
            case FindingKinds.NO_GRID, FindingKinds.GRID_AREA_UNSTAFFED, FindingKinds.GRID_MONTH_NOT_REPORTED ->
                    grid(target);
            default -> byTarget(target);
        };
    }

    private static Optional<FixPlace> byTarget(Target target) {
        return switch (target.kind()) {
            case POST -> post(target, ContentKind.DUTY_LIST);
            case EMPLOYEE -> id(target) == null ? Optional.empty()
                    : Optional.of(new FixPlace(null, null, null, id(target), null));
            case ORG_UNIT -> Optional.of(new FixPlace(null, null, ContentKind.DUTY_LIST, null, null));
            case LETTER_ROUND -> feature("letters");
            case EXAMS -> feature("exams");
            case REWARDS -> feature("rewards");
            case ASSESSMENT_PERIOD -> feature("assessments");
            case RECORD_KIND -> feature("records");
            case GRID_AREA -> grid(target);
            case NONE -> Optional.empty();
        };
    }

    private static Optional<FixPlace> post(Target target, ContentKind kind) {
        Long post = target.kind() == TargetKind.POST ? id(target) : null;
        return Optional.of(new FixPlace(null, post, kind, null, null));
    }

    private static Optional<FixPlace> feature(String key) {
        return Optional.of(new FixPlace(key, null, null, null, null));
    }

    /** The area the target names, or the grid tab itself when it names none (no grid yet). */
    private static Optional<FixPlace> grid(Target target) {
        Long area = target.kind() == TargetKind.GRID_AREA ? id(target) : null;
        return area == null ? feature("grid") : Optional.of(new FixPlace(null, null, null, null, area));
    }

    private static Long id(Target target) {
        try {
            return Long.valueOf(target.id());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
