package org.nineones.service.problems;

import java.util.List;

import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.model.problems.Problem;

/**
 * What taking problems from the latest signed self-assessment did: the self-assessment, the problems added (one per
 * line that lost points or failed its veto), how many such lines were in the list already, and one sentence.
 */
public record SelfAssessmentImportResult(SelfAssessment selfAssessment, List<Problem> added, int alreadyListed,
                                         String summary) {

    public SelfAssessmentImportResult {
        added = List.copyOf(added);
    }
}
