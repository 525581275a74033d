package org.nineones.model.content;

/**
 * Where a version of a post's content stands. A draft may be edited; an approved version never changes
 * again (editing it starts a new draft). An approved version is in force from its effective date until a
 * later approved version takes effect.
 */
public enum VersionStatus {
    DRAFT, APPROVED
}
