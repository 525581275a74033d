package org.nineones.model.content;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One version of one kind of a post's content. Numbers count up from 1 per post and kind. Only a draft may be
 * changed; approval records who approved it, when, and the date it takes effect.
 *
 * @param templateName    the template it was made from, or null when written by hand
 * @param templateVersion that template's version, or 0
 */
public record ContentVersion(Long id, long postId, ContentKind kind, int number, VersionStatus status,
                             PostContent body, String templateName, int templateVersion,
                             LocalDateTime createdAt, String approvedBy, LocalDateTime approvedAt,
                             LocalDate effectiveFrom) {

    public ContentVersion {
        if (body != null && body.kind() != kind) {
            throw new IllegalArgumentException("body is a " + body.kind() + ", version is a " + kind);
        }
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    /**
     * This version as it stood at the end of {@code day}, for judging a past day from today's records: null when it
     * was created after the day (it did not exist), a draft when it was approved after the day, else itself.
     */
    public ContentVersion asRecordedOn(LocalDate day) {
        if (createdAt != null && createdAt.toLocalDate().isAfter(day)) {
            return null;
        }
        if (status == VersionStatus.APPROVED && approvedAt != null && approvedAt.toLocalDate().isAfter(day)) {
            return new ContentVersion(id, postId, kind, number, VersionStatus.DRAFT, body, templateName,
                    templateVersion, createdAt, null, null, null);
        }
        return this;
    }

    /** True when approved and in force on {@code day} (a later version may still supersede it). */
    public boolean isEffectiveOn(LocalDate day) {
        return status == VersionStatus.APPROVED && effectiveFrom != null && !effectiveFrom.isAfter(day);
    }
}
