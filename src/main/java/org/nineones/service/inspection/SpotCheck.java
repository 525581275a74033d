package org.nineones.service.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.RatingPhoto;

/**
 * An inspection's spot check as its inspection file holds it (issue 13, point 4): the current draw — the very
 * {@link DrawResult} {@link DrawService} gives for the same package and seed — who drew it when, every worker of it
 * (the people drawn, then those drawn later as replacements), the replacements and the ratings.
 *
 * @param id the draw's id in the inspection file
 */
public record SpotCheck(long id, DrawResult draw, String drawnBy, String drawnAt, List<Worker> workers,
                        List<Replacement> replacements, List<Rating> ratings) {

    /**
     * A worker of the draw: drawn (with the draw's addition) or drawn later to replace an absent one
     * ({@code replacement}, addition NONE); {@code position} counts from 1 in that order.
     */
    public record Worker(long id, int position, DrawResult.Drawn drawn, boolean replacement) {

        public FramePerson person() {
            return drawn.person();
        }
    }

    /** An absent worker replaced by the next one the same draw gives, why, and who recorded it when. */
    public record Replacement(FramePerson absent, FramePerson replacement, String reason, String recordedBy,
                              String recordedAt) {
    }

    /** A worker's rating, the questions put to him or her, and who rated when; {@code photo} is null without one. */
    public record Rating(FramePerson person, Familiarity familiarity, String note, RatingPhoto photo,
                         List<ExamQuestion> questions, String ratedBy, String ratedAt) {

        public Rating {
            questions = List.copyOf(questions);
        }

        public Optional<RatingPhoto> optionalPhoto() {
            return Optional.ofNullable(photo);
        }
    }

    public SpotCheck {
        workers = List.copyOf(workers);
        replacements = List.copyOf(replacements);
        ratings = List.copyOf(ratings);
    }

    public long seed() {
        return draw.seed();
    }

    /** The worker of this draw who is this person. */
    public Optional<Worker> worker(FramePerson person) {
        return workers.stream().filter(w -> w.person().equals(person)).findFirst();
    }

    /** The replacement recorded for an absent person. */
    public Optional<Replacement> replacementOf(FramePerson absent) {
        return replacements.stream().filter(r -> r.absent().equals(absent)).findFirst();
    }

    public Optional<Rating> rating(FramePerson person) {
        return ratings.stream().filter(r -> r.person().equals(person)).findFirst();
    }

    /**
     * The workers to question, in the draw's order: each absent worker's place taken by the replacement (and that
     * one's by his or hers, when absent too).
     */
    public List<Worker> toQuestion() {
        List<Worker> out = new ArrayList<>();
        for (Worker w : workers) {
            if (w.replacement()) {
                continue;
            }
            Worker at = w;
            for (Optional<Replacement> r = replacementOf(at.person()); r.isPresent(); r = replacementOf(at.person())) {
                at = worker(r.get().replacement()).orElseThrow();
            }
            out.add(at);
        }
        return out;
    }

    /** The ratings in the order of {@link #toQuestion()}. */
    public List<Rating> ratingsInOrder() {
        List<Rating> out = new ArrayList<>();
        toQuestion().forEach(w -> rating(w.person()).ifPresent(out::add));
        return out;
    }
}
