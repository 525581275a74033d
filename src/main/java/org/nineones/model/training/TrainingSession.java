package org.nineones.model.training;

import java.time.LocalDate;

/**
 * One training session (Art. 28: time, content, participants, results): its day, its hours, its topic and kind, what
 * was taught, by whom, where, and the org unit that held it ({@code orgUnitId} may be null). {@code id} is null
 * before it is saved.
 */
public record TrainingSession(Long id, LocalDate heldOn, double hours, String topic, TrainingKind kind, String content,
                              String trainer, String place, Long orgUnitId) {

    public TrainingSession {
        content = content == null ? "" : content;
        trainer = trainer == null ? "" : trainer;
        place = place == null ? "" : place;
    }

    public TrainingSession withId(long newId) {
        return new TrainingSession(newId, heldOn, hours, topic, kind, content, trainer, place, orgUnitId);
    }
}
