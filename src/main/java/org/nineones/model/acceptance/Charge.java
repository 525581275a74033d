package org.nineones.model.acceptance;

import java.math.BigDecimal;

/**
 * One deduction written down (扣分点及原因说明): the finding's kind, what was seen and the record it rests on, and the
 * points it costs by the line's rule (0 for a finding that zeroes or fails the line as a whole).
 */
public record Charge(String kind, String what, Target target, BigDecimal points) {

    public Charge {
        points = Points.normal(points);
        target = target == null ? Target.NONE : target;
    }
}
