package org.nineones.service.training;

import org.nineones.model.PostCategory;

/**
 * The two groups the training rules tell apart: the principal responsible person and safety management staff
 * (including the deputy in charge of safety), and every other employee.
 */
public enum TrainingRole {
    MANAGER, WORKER;

    /** The group of a post's category; a person without a post counts as a worker. */
    public static TrainingRole of(PostCategory category) {
        if (category == null) {
            return WORKER;
        }
        return switch (category) {
            case PRINCIPAL, SAFETY_DEPUTY, SAFETY_MANAGER -> MANAGER;
            default -> WORKER;
        };
    }
}
