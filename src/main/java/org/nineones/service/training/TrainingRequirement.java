package org.nineones.service.training;

/**
 * The hours of safety training a person needs: before taking up the post, and every year after.
 *
 * @param initialHours hours before taking up the post
 * @param annualHours  hours of retraining a year (0: no yearly minimum)
 */
public record TrainingRequirement(int initialHours, int annualHours) {

    public TrainingRequirement {
        if (initialHours < 0 || annualHours < 0) {
            throw new IllegalArgumentException("hours cannot be negative");
        }
    }
}
