package org.nineones.model.training;

import java.util.Map;

/** Hours credited in force per employee and kind: for all time up to a day, and for a window ending that day. */
public record CreditedHours(Map<Long, Map<TrainingKind, Double>> total, Map<Long, Map<TrainingKind, Double>> window) {
}
