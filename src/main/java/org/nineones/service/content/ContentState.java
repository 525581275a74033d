package org.nineones.service.content;

/** Where one kind of a post's content stands on a day, for the gaps view. */
public enum ContentState {
    /** Nothing at all: no draft, no approved version. */
    MISSING,
    /** Only a draft: nothing approved is in force. */
    DRAFT_ONLY,
    /** An approved version exists but takes effect later, and there is no draft. */
    PENDING,
    /** An approved version is in force and there is no draft. */
    IN_FORCE,
    /** An approved version is in force and a new draft is being written. */
    IN_FORCE_WITH_DRAFT;

    /** True when the post needs attention for this kind (nothing approved is in force). */
    public boolean isGap() {
        return this == MISSING || this == DRAFT_ONLY || this == PENDING;
    }
}
