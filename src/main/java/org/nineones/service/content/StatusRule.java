package org.nineones.service.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.nineones.model.content.ContentVersion;

/** Works out a {@link KindStatus} from the versions of one post and kind (bodies are not needed). */
final class StatusRule {

    private StatusRule() {
    }

    static KindStatus of(List<ContentVersion> versions, LocalDate day) {
        if (versions.isEmpty()) {
            return KindStatus.MISSING;
        }
        Optional<ContentVersion> draft = versions.stream().filter(ContentVersion::isDraft).findFirst();
        Optional<ContentVersion> inForce = inForce(versions, day);
        Optional<ContentVersion> pending = versions.stream()
                .filter(v -> !v.isDraft() && v.effectiveFrom() != null && v.effectiveFrom().isAfter(day))
                .min(Comparator.comparing(ContentVersion::effectiveFrom).thenComparingInt(ContentVersion::number));
        ContentState state;
        if (inForce.isPresent()) {
            state = draft.isPresent() ? ContentState.IN_FORCE_WITH_DRAFT : ContentState.IN_FORCE;
        } else if (draft.isPresent()) {
            state = ContentState.DRAFT_ONLY;
        } else if (pending.isPresent()) {
            state = ContentState.PENDING;
        } else {
            state = ContentState.MISSING;
        }
        Optional<ContentVersion> current = draft.or(() -> inForce).or(() -> pending);
        return new KindStatus(state,
                inForce.map(ContentVersion::number).orElse(null),
                inForce.map(ContentVersion::effectiveFrom).orElse(null),
                draft.map(ContentVersion::number).orElse(null),
                pending.map(ContentVersion::effectiveFrom).orElse(null),
                current.map(ContentVersion::templateName).orElse(null),
                current.map(ContentVersion::templateVersion).orElse(0));
    }

    /** The version in force on {@code day}: approved, the latest effective date not after it, ties to the higher number. */
    static Optional<ContentVersion> inForce(List<ContentVersion> versions, LocalDate day) {
        return versions.stream().filter(v -> v.isEffectiveOn(day))
                .max(Comparator.comparing(ContentVersion::effectiveFrom).thenComparingInt(ContentVersion::number));
    }
}
