package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A veto triggered: the line, its type, the findings that triggered it (line and gate vetoes), the item's score as a
 * percentage of its points (floor vetoes; else null), the judge's note, and what must be rectified (the template's
 * text).
 */
public record VetoHit(String lineId, int item, VetoType type, List<Finding> findings, BigDecimal itemPercent,
                      String note, String rectification) {

    public VetoHit {
        findings = findings == null ? List.of() : List.copyOf(findings);
        note = note == null ? "" : note;
        rectification = rectification == null ? "" : rectification;
    }
}
