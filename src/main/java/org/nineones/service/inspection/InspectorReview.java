package org.nineones.service.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.inspection.ChosenTemplate;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.inspection.ReviewAttachment;
import org.nineones.model.inspection.ScoreChange;
import org.nineones.model.inspection.SignedRecord;

/**
 * The inspector's review of an inspection (issue 13, point 3), as {@link InspectionReviewService#review} makes it:
 * the template in force ({@code chosen} empty: the package's own) and its SHA-256, the day scored, the checklist
 * scored from the package's records by the enterprise side's own code with the spot check's ratings and the
 * inspector's judgements ({@code computed}), the same with the inspector's score changes ({@code score}: the total,
 * conclusion and vetoes in force), the enterprise's signed self-assessment (never changed), each line side by side,
 * the ratings read, the findings and, once signed, the on-site record.
 */
public record InspectorReview(Inspection inspection, ChecklistTemplate template, String templateSha256,
                              Optional<ChosenTemplate> chosen, LocalDate asOf, ChecklistScore computed,
                              ChecklistScore score, Optional<ReviewService.SelfScore> self, List<Line> lines,
                              List<SpotCheckRatings.Rated> ratings, List<InspectionFinding> findings,
                              Optional<SignedRecord> signed) {

    public InspectorReview {
        lines = List.copyOf(lines);
        ratings = List.copyOf(ratings);
        findings = List.copyOf(findings);
    }

    /**
     * One line side by side: the template's line, its recomputed score, its score in force (the changed score when
     * the inspector changed it), the enterprise's self-score ({@code null} without a signed self-assessment or such a
     * line), the enterprise's line as it signed it (its score, deductions and words; {@code null} as for the
     * self-score), the inspector's score change and judgement in force, and the judgement's photos.
     */
    public record Line(ChecklistLine line, LineScore computed, LineScore score, BigDecimal selfScore,
                       LineScore selfLine, Optional<ScoreChange> change, Optional<LineJudgement> judgement,
                       List<ReviewAttachment> photos) {

        public Line {
            photos = List.copyOf(photos);
        }

        public String id() {
            return line.id();
        }

        /** True when the inspector's changed score is in force on this line. */
        public boolean changed() {
            return change.isPresent();
        }
    }

    /** The line of this id. */
    public Optional<Line> line(String id) {
        return lines.stream().filter(l -> l.id().equals(id == null ? "" : id.strip())).findFirst();
    }

    /** Whether the on-site record is signed (nothing can change then). */
    public boolean isSigned() {
        return signed.isPresent();
    }
}
