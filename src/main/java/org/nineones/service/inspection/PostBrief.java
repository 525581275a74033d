package org.nineones.service.inspection;

import java.util.List;

import org.nineones.model.content.DutyItem;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.exams.ExamQuestion;

/**
 * What the inspector has at hand to question a worker of the spot check, from the package's records: the worker's
 * post, its duties, its operating procedure's key points and its emergency card (as in force on the day the package
 * was made, else their drafts; {@code null} when the post has none), and two or three questions made from them by
 * the exam question generator, each with its answer.
 *
 * @param post the post's name; empty when the worker has no post
 */
public record PostBrief(FramePerson person, String post, List<DutyItem> duties, OperatingProcedure procedure,
                        EmergencyCard emergencyCard, List<ExamQuestion> questions) {

    public PostBrief {
        duties = List.copyOf(duties);
        questions = List.copyOf(questions);
    }
}
