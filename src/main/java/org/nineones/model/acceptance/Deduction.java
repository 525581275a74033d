package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One parameter of a checklist line's deduction rule: each finding of kind {@code finding} (a {@link FindingKinds}
 * key) costs {@code points}.
 */
public record Deduction(String finding, BigDecimal points) {

    public Deduction {
        finding = Objects.requireNonNull(finding, "finding").strip();
        points = Points.normal(Objects.requireNonNull(points, "points"));
    }
}
