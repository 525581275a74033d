package org.nineones.service.exams;

/** An exam operation refused; the message is the sentence for the user (from the bundle). Nothing was written. */
public final class ExamException extends RuntimeException {

    public ExamException(String message) {
        super(message);
    }
}
