package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * A signed self-assessment (自评): the checklist (name, version, SHA-256 of its canonical JSON) scored against the
 * records as they stood on {@code asOf}, its score and conclusion, who signed it and when (ISO-8601 with the local
 * offset), and the whole result. Final once recorded.
 */
public record SelfAssessment(Long id, LocalDate asOf, String templateName, String templateVersion,
                             String templateSha256, BigDecimal score, BigDecimal maxScore, Conclusion conclusion,
                             String signedBy, String signedAt, ChecklistScore result) {

    /**
     * The order self-assessments were made in: by day scored, then by the moment signed (as an instant: a text kept
     * by an earlier version has no ":00" at a whole minute, and as text would sort after ":01"), then by number.
     */
    public static final Comparator<SelfAssessment> ORDER = Comparator.comparing(SelfAssessment::asOf)
            .thenComparing(s -> OffsetDateTime.parse(s.signedAt()).toInstant())
            .thenComparing(SelfAssessment::id, Comparator.nullsLast(Comparator.naturalOrder()));

    public SelfAssessment {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(result, "result");
    }
}
