package org.nineones.model.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.Conclusion;

/**
 * An inspection's on-site record signed, final: the record as written, and the review's result as it stood when it was
 * signed (the template's name, version and SHA-256, the day scored, the score out of the template's points, the
 * conclusion after the vetoes, every line), who signed it in the app and when (UTC, as SQLite writes it).
 */
public record SignedRecord(OnSiteRecord record, String templateName, String templateVersion, String templateSha256,
                           LocalDate asOf, BigDecimal score, BigDecimal maxScore, Conclusion conclusion,
                           ChecklistScore result, String signedBy, String signedAt) {
}
