package org.nineones.model.exams;

/** A question as drawn onto an exam's paper: its position (1-based, across sections) and points. */
public record PaperQuestion(int position, ExamQuestion question, double points) {
}
