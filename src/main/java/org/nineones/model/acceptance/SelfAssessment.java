package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A signed self-assessment (自评): the checklist (name, version, SHA-256 of its canonical JSON) scored against the
 * records as they stood on {@code asOf}, its score and conclusion, who signed it and when (ISO-8601 with the local
 * offset), and the whole result. Final once recorded.
 */
public record SelfAssessment(Long id, LocalDate asOf, String templateName, String templateVersion,
                             String templateSha256, BigDecimal score, BigDecimal maxScore, Conclusion conclusion,
                             String signedBy, String signedAt, ChecklistScore result) {

    public SelfAssessment {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(result, "result");
    }
}
