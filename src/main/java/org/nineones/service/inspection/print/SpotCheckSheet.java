package org.nineones.service.inspection.print;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.Inspection;

/**
 * 抽查记录: what replays the draw (the seed in full, the algorithm and its version, the SHA-256 of the sampling frame,
 * the sample-size rule), the plan per org unit, who was drawn, who was absent and replaced by whom, and for each worker
 * questioned the questions asked, the rating and the inspector's note.
 *
 * @param seed       the draw's seed, printed in full (unsigned)
 * @param rule       the sample-size rule as shown to the inspector (e.g. "5%，至少 5 人，至多 30 人"), or the
 *                   inspector's own size
 * @param population the people in the sampling frame
 * @param drawnAt    when the draw was made
 * @param drawnBy    the inspector who made it
 */
public record SpotCheckSheet(Inspection inspection, long seed, String algorithm, String frameSha256, String rule,
                             int population, LocalDateTime drawnAt, String drawnBy, List<PlanRow> plan,
                             List<Worker> workers, List<Replacement> replacements) implements InspectionPrintout {

    /** One org unit of the plan: its people, its proportional share (largest remainder) and the people drawn. */
    public record PlanRow(String orgUnit, int people, int allotted, int drawn) {

        public PlanRow {
            orgUnit = Texts.orEmpty(orgUnit);
        }
    }

    /**
     * A worker drawn (in draw order, the replacements included): {@code addition} says why the worker was added
     * beyond the plan (e.g. 补充：特种作业人员), empty when not; {@code rating} is null while not yet rated (or for an
     * absent worker, {@code absent}); {@code note} the inspector's note.
     */
    public record Worker(String name, String employeeNumber, String orgUnit, String post, String addition,
                         boolean absent, List<Question> questions, Familiarity rating, String note) {

        public Worker {
            name = Texts.orEmpty(name);
            employeeNumber = Texts.orEmpty(employeeNumber);
            orgUnit = Texts.orEmpty(orgUnit);
            post = Texts.orEmpty(post);
            addition = Texts.orEmpty(addition);
            questions = Texts.copy(questions);
            note = Texts.orEmpty(note);
        }
    }

    /** A question asked and the answer it expects (from the post's duties, procedure or emergency card). */
    public record Question(String text, String answer) {

        public Question {
            text = Texts.orEmpty(text);
            answer = Texts.orEmpty(answer);
        }
    }

    /** An absent worker replaced by the next one the same draw gives, and why. */
    public record Replacement(String absentName, String absentEmployeeNumber, String replacementName,
                              String replacementEmployeeNumber, String reason) {

        public Replacement {
            absentName = Texts.orEmpty(absentName);
            absentEmployeeNumber = Texts.orEmpty(absentEmployeeNumber);
            replacementName = Texts.orEmpty(replacementName);
            replacementEmployeeNumber = Texts.orEmpty(replacementEmployeeNumber);
            reason = Texts.orEmpty(reason);
        }
    }

    public SpotCheckSheet {
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(drawnAt, "drawnAt");
        algorithm = Texts.orEmpty(algorithm);
        frameSha256 = Texts.orEmpty(frameSha256);
        rule = Texts.orEmpty(rule);
        drawnBy = Texts.orEmpty(drawnBy);
        plan = Texts.copy(plan);
        workers = Texts.copy(workers);
        replacements = Texts.copy(replacements);
    }
}
