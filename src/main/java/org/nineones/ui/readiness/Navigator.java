package org.nineones.ui.readiness;

import org.nineones.model.acceptance.Charge;

/**
 * Opens the screen that fixes what a deduction names: the post's content of the right kind in the org screen, the
 * letters, training, exams, rewards, assessments or records tab. The workspace's tabs implement it.
 */
@FunctionalInterface
public interface Navigator {

    /** Shows the screen where {@code charge} is fixed; false when there is none (nothing happens). */
    boolean open(Charge charge);

    /** Shows a problem of the problem list (问题清单), selected; false when there is no such screen. */
    default boolean openProblem(long problemId) {
        return false;
    }

    /** Shows an area of the grid (网格), selected; false when there is no such screen. */
    default boolean openGridArea(long areaId) {
        return false;
    }
}
