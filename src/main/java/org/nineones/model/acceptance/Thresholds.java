package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A checklist's conclusion thresholds, as data: {@code pass} and above is 通过, {@code rectify} up to {@code pass} is
 * 限期整改, below {@code rectify} 不通过 (default 85 and 70).
 */
public record Thresholds(BigDecimal pass, BigDecimal rectify) {

    public static final Thresholds DEFAULT = new Thresholds(BigDecimal.valueOf(85), BigDecimal.valueOf(70));

    public Thresholds {
        pass = Points.normal(Objects.requireNonNull(pass, "pass"));
        rectify = Points.normal(Objects.requireNonNull(rectify, "rectify"));
    }

    /** The conclusion a score reaches before any veto. */
    public Conclusion conclude(BigDecimal score) {
        if (score.compareTo(pass) >= 0) {
            return Conclusion.PASS;
        }
        return score.compareTo(rectify) >= 0 ? Conclusion.RECTIFY : Conclusion.FAIL;
    }
}
