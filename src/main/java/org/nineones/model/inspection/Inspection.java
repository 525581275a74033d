package org.nineones.model.inspection;

/**
 * One acceptance package opened in an inspector's inspection file (decision 0024): the enterprise as its package says,
 * the package's file name, size and fingerprint (the SHA-256 of the whole zip), its edition and the version of the
 * app that made it, when and by whom it was opened, and the fingerprint the inspector typed from the cover letter
 * (null when none was typed). {@code uid} stays the same when inspection files are merged.
 */
public record Inspection(Long id, String uid, String enterpriseName, String creditCode, String county, String industry,
                         String packageName, long packageSize, String packageFingerprint, String packageCreatedAt,
                         String packageAppVersion, String edition, String typedFingerprint, String openedBy,
                         String openedAt) {

    /** The same inspection with the id the file gave it. */
    public Inspection withId(long newId) {
        return new Inspection(newId, uid, enterpriseName, creditCode, county, industry, packageName, packageSize,
                packageFingerprint, packageCreatedAt, packageAppVersion, edition, typedFingerprint, openedBy, openedAt);
    }
}
