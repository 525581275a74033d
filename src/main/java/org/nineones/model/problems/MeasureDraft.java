package org.nineones.model.problems;

import java.time.LocalDate;

/**
 * A rectification measure (整改措施) as written, before it is recorded or as a correction: what is to be done, its
 * owner (an employee of the roster, by id) and its deadline.
 */
public record MeasureDraft(String text, Long ownerId, LocalDate deadline) {

    public MeasureDraft {
        text = text == null ? "" : text.strip();
    }
}
