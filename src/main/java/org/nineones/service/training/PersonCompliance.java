package org.nineones.service.training;

import java.time.LocalDate;
import java.util.Set;

import org.nineones.model.PostCategory;
import org.nineones.model.training.TrainingKind;

/**
 * One person's training as of a day, against the rules: hours before taking up the post (required, credited), the
 * induction levels missing, the hours of the last 12 months (when the yearly minimum applies to them), and their
 * special-operation certificate.
 */
public record PersonCompliance(long employeeId, String name, String idNumber, String employeeNumber, String unitPath,
                               Long postId, String postName, PostCategory category, TrainingRole role,
                               LocalDate hireDate, double initialRequired, double initialCredited,
                               boolean annualApplies, double annualRequired, double annualCredited,
                               Set<TrainingKind> missingInduction, String certificateNumber,
                               LocalDate certificateExpiry, CertificateState certificate) {

    public double initialMissing() {
        return Math.max(0, initialRequired - initialCredited);
    }

    public double annualMissing() {
        return annualApplies ? Math.max(0, annualRequired - annualCredited) : 0;
    }

    public boolean lacksHours() {
        return initialMissing() > 1e-9 || annualMissing() > 1e-9;
    }

    public boolean lacksInduction() {
        return !missingInduction.isEmpty();
    }

    /** Days from the day of the report to the certificate's expiry (negative once expired), or null. */
    public Long daysToExpiry(LocalDate day) {
        return certificateExpiry == null ? null : java.time.temporal.ChronoUnit.DAYS.between(day, certificateExpiry);
    }

    /** True when something is missing or the certificate needs attention. */
    public boolean hasIssue() {
        return lacksHours() || lacksInduction() || certificate.needsAttention();
    }
}
