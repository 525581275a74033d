package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points as exact decimals: one form for equal values (1 = 1.0), tenths for totals, never a binary fraction. */
public final class Points {

    private Points() {
    }

    /** The value without trailing zeros (so 1.0 and 1 are equal records); null stays null. */
    public static BigDecimal normal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** The value rounded half up to one decimal (85.25 → 85.3). */
    public static BigDecimal tenths(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    /** The value as a person writes it: 15, 0.5, 0.2. */
    public static String text(BigDecimal value) {
        return value == null ? "" : normal(value).toPlainString();
    }
}
