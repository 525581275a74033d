package org.nineones.service.acceptance;

import org.nineones.pack.PackageFingerprint;
import org.nineones.pack.VerificationResult;

/**
 * A package checked against its manifest and, when one was given, against the fingerprint the enterprise handed
 * over (its cover letter). {@code fingerprint} is the SHA-256 of the whole file, empty when it was not needed (a
 * package that failed its check with no fingerprint to compare).
 */
public record Verification(VerificationResult result, String fingerprint, String expected) {

    public Verification {
        fingerprint = fingerprint == null ? "" : fingerprint;
        expected = expected == null || expected.isBlank() ? "" : expected.strip();
    }

    /** True when a fingerprint to compare with was given. */
    public boolean expectation() {
        return !expected.isEmpty();
    }

    /** True when no fingerprint was given or it matches the file's. */
    public boolean fingerprintMatches() {
        return !expectation() || PackageFingerprint.matches(expected, fingerprint);
    }

    /** The package is intact and is the one the enterprise named (when it named one). */
    public boolean trusted() {
        return result.intact() && fingerprintMatches();
    }
}
