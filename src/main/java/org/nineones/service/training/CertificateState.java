package org.nineones.service.training;

/**
 * Where a person's special-operation certificate stands on a day. {@link #MISSING}: the post is a special operation
 * and no expiry is recorded; {@link #NONE}: no certificate and none needed.
 */
public enum CertificateState {
    NONE, VALID, WITHIN_90, WITHIN_60, WITHIN_30, EXPIRED, MISSING;

    /** The state of a certificate expiring on {@code expiry} (null: none) as of {@code day}. */
    public static CertificateState of(java.time.LocalDate expiry, boolean needed, java.time.LocalDate day) {
        if (expiry == null) {
            return needed ? MISSING : NONE;
        }
        if (expiry.isBefore(day)) {
            return EXPIRED;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(day, expiry);
        if (days <= 30) {
            return WITHIN_30;
        }
        if (days <= 60) {
            return WITHIN_60;
        }
        return days <= 90 ? WITHIN_90 : VALID;
    }

    /** True when it expires within {@code days} days (or has expired, when {@code includeExpired}). */
    public boolean within(int days, boolean includeExpired) {
        return switch (this) {
            case WITHIN_30 -> true;
            case WITHIN_60 -> days >= 60;
            case WITHIN_90 -> days >= 90;
            case EXPIRED, MISSING -> includeExpired;
            default -> false;
        };
    }

    /** True when it needs attention (expired, missing, or expiring within 90 days). */
    public boolean needsAttention() {
        return this != NONE && this != VALID;
    }

    public String textKey() {
        return "training.certificate." + name();
    }
}
