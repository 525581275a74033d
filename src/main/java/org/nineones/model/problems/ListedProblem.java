package org.nineones.model.problems;

import java.time.LocalDate;
import java.util.List;

/** A problem of the list with its measures, oldest first, as they stand (each with its history). */
public record ListedProblem(Problem problem, List<Measure> measures) {

    /** Where a problem stands; its text is {@code ListedProblem.State.X}. */
    public enum State {
        /** No measure yet. */
        NO_MEASURE,
        /** Some measure still to be done, verified or done. */
        IN_HAND,
        /** Every measure done, some not verified yet. */
        DONE,
        /** Every measure verified: the problem is rectified. */
        VERIFIED
    }

    public ListedProblem {
        measures = List.copyOf(measures);
    }

    public State state() {
        if (measures.isEmpty()) {
            return State.NO_MEASURE;
        }
        if (measures.stream().allMatch(Measure::isFinal)) {
            return State.VERIFIED;
        }
        return measures.stream().allMatch(m -> !m.status().pending()) ? State.DONE : State.IN_HAND;
    }

    /** The measures overdue on {@code asOf}. */
    public List<Measure> overdue(LocalDate asOf) {
        return measures.stream().filter(m -> m.overdue(asOf)).toList();
    }
}
