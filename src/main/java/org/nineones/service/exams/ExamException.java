package org.nineones.service.exams;

import org.nineones.model.UserFacing;

/** An exam operation refused; the message is the sentence for the user (from the bundle). Nothing was written. */
public final class ExamException extends RuntimeException implements UserFacing {

    public ExamException(String message) {
        super(message);
    }
}
