package org.nineones.model.exams;

import java.time.LocalDate;

/** One exam for one post: its title, the day it is held, the maximum score and the pass mark. */
public record Exam(Long id, long postId, String title, LocalDate heldOn, double maxScore, double passMark,
                   String recordedBy, String recordedAt) {
}
