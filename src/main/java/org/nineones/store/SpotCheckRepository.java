package org.nineones.store;

import static org.nineones.store.inspection.jooq.Tables.SPOT_CHECK_DRAW;
import static org.nineones.store.inspection.jooq.Tables.SPOT_CHECK_PERSON;
import static org.nineones.store.inspection.jooq.Tables.SPOT_CHECK_PLAN;
import static org.nineones.store.inspection.jooq.Tables.SPOT_CHECK_QUESTION;
import static org.nineones.store.inspection.jooq.Tables.SPOT_CHECK_RATING;
import static org.nineones.store.inspection.jooq.Tables.SPOT_CHECK_REPLACEMENT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jooq.DSLContext;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.QuestionKind;
import org.nineones.model.exams.QuestionOrigin;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.RatingPhoto;
import org.nineones.store.inspection.jooq.tables.records.SpotCheckDrawRecord;
import org.nineones.store.inspection.jooq.tables.records.SpotCheckPersonRecord;
import org.nineones.store.inspection.jooq.tables.records.SpotCheckRatingRecord;

/**
 * The spot checks of an inspection file's inspections (issue 13, point 4): each draw with its plan and people, the
 * absent people replaced, and the ratings with the questions asked. Rows are only added: a redraw is a new draw (the
 * latest is current), refused by the schema once the inspection has a rating.
 */
public final class SpotCheckRepository {

    /** What a draw stored: what replays it, and who drew it when. {@code rule} is null when the inspector gave the size. */
    public record DrawRow(long id, long inspectionId, long seed, String algorithm, String frameSha256, int population,
                          int ruleSize, String rule, String drawnBy, String drawnAt) {
    }

    /** One org unit of a draw's plan. */
    public record PlanRow(String orgUnit, int people, int allotted, int drawn) {
    }

    /**
     * A person of a draw, as the sampling frame gave them; {@code addition} is NONE, SPECIAL_OPERATION, TEAM_LEADER
     * or REPLACEMENT; {@code id} is null before it is stored.
     */
    public record PersonRow(Long id, int position, String orgUnit, String employeeNumber, String name, String post,
                            boolean specialOperation, boolean teamLeader, long drawNumber, String addition) {
    }

    /** An absent person replaced. */
    public record ReplacementRow(long absentId, long replacementId, String reason, String recordedBy,
                                 String recordedAt) {
    }

    /** A person's rating; {@code photo} is null when none was taken. */
    public record RatingRow(long personId, Familiarity familiarity, String note, RatingPhoto photo,
                            List<ExamQuestion> questions, String ratedBy, String ratedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final DSLContext dsl;
    private final String actor;

    SpotCheckRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** Stores a draw with its plan and people (their ids are ignored); returns the draw as stored. */
    public DrawRow insertDraw(DrawRow draw, List<PlanRow> plan, List<PersonRow> people) {
        dsl.insertInto(SPOT_CHECK_DRAW)
                .set(SPOT_CHECK_DRAW.INSPECTION_ID, (int) draw.inspectionId())
                .set(SPOT_CHECK_DRAW.SEED, draw.seed())
                .set(SPOT_CHECK_DRAW.ALGORITHM, draw.algorithm())
                .set(SPOT_CHECK_DRAW.FRAME_SHA256, draw.frameSha256())
                .set(SPOT_CHECK_DRAW.POPULATION, draw.population())
                .set(SPOT_CHECK_DRAW.RULE_SIZE, draw.ruleSize())
                .set(SPOT_CHECK_DRAW.RULE, draw.rule())
                .set(SPOT_CHECK_DRAW.DRAWN_BY, actor)
                .execute();
        long id = Ids.lastInserted(dsl);
        for (int i = 0; i < plan.size(); i++) {
            PlanRow p = plan.get(i);
            dsl.insertInto(SPOT_CHECK_PLAN).set(SPOT_CHECK_PLAN.DRAW_ID, (int) id).set(SPOT_CHECK_PLAN.POSITION, i + 1)
                    .set(SPOT_CHECK_PLAN.ORG_UNIT, p.orgUnit()).set(SPOT_CHECK_PLAN.PEOPLE, p.people())
                    .set(SPOT_CHECK_PLAN.ALLOTTED, p.allotted()).set(SPOT_CHECK_PLAN.DRAWN, p.drawn()).execute();
        }
        people.forEach(p -> addPerson(id, p));
        return draw(id).orElseThrow();
    }

    public Optional<DrawRow> draw(long drawId) {
        return dsl.selectFrom(SPOT_CHECK_DRAW).where(SPOT_CHECK_DRAW.ID.eq((int) drawId))
                .fetchOptional(SpotCheckRepository::draw);
    }

    /** The inspection's current draw: its latest. */
    public Optional<DrawRow> current(long inspectionId) {
        return dsl.selectFrom(SPOT_CHECK_DRAW).where(SPOT_CHECK_DRAW.INSPECTION_ID.eq((int) inspectionId))
                .orderBy(SPOT_CHECK_DRAW.ID.desc()).limit(1).fetchOptional(SpotCheckRepository::draw);
    }

    /** Every draw of the inspection, the first first. */
    public List<DrawRow> draws(long inspectionId) {
        return dsl.selectFrom(SPOT_CHECK_DRAW).where(SPOT_CHECK_DRAW.INSPECTION_ID.eq((int) inspectionId))
                .orderBy(SPOT_CHECK_DRAW.ID).fetch(SpotCheckRepository::draw);
    }

    public List<PlanRow> plan(long drawId) {
        return dsl.selectFrom(SPOT_CHECK_PLAN).where(SPOT_CHECK_PLAN.DRAW_ID.eq((int) drawId))
                .orderBy(SPOT_CHECK_PLAN.POSITION)
                .fetch(r -> new PlanRow(r.getOrgUnit(), r.getPeople(), r.getAllotted(), r.getDrawn()));
    }

    /** A draw's people, replacements included, by position. */
    public List<PersonRow> people(long drawId) {
        return dsl.selectFrom(SPOT_CHECK_PERSON).where(SPOT_CHECK_PERSON.DRAW_ID.eq((int) drawId))
                .orderBy(SPOT_CHECK_PERSON.POSITION).fetch(SpotCheckRepository::person);
    }

    /** Adds a person to a draw (a replacement); returns it with its id. */
    public PersonRow addPerson(long drawId, PersonRow p) {
        dsl.insertInto(SPOT_CHECK_PERSON)
                .set(SPOT_CHECK_PERSON.DRAW_ID, (int) drawId)
                .set(SPOT_CHECK_PERSON.POSITION, p.position())
                .set(SPOT_CHECK_PERSON.ORG_UNIT, p.orgUnit())
                .set(SPOT_CHECK_PERSON.EMPLOYEE_NUMBER, p.employeeNumber())
                .set(SPOT_CHECK_PERSON.NAME, p.name())
                .set(SPOT_CHECK_PERSON.POST, p.post())
                .set(SPOT_CHECK_PERSON.SPECIAL_OPERATION, p.specialOperation())
                .set(SPOT_CHECK_PERSON.TEAM_LEADER, p.teamLeader())
                .set(SPOT_CHECK_PERSON.DRAW_NUMBER, p.drawNumber())
                .set(SPOT_CHECK_PERSON.ADDITION, p.addition())
                .execute();
        long id = Ids.lastInserted(dsl);
        return dsl.selectFrom(SPOT_CHECK_PERSON).where(SPOT_CHECK_PERSON.ID.eq((int) id)).fetchOne(SpotCheckRepository::person);
    }

    public void insertReplacement(long absentId, long replacementId, String reason) {
        dsl.insertInto(SPOT_CHECK_REPLACEMENT).set(SPOT_CHECK_REPLACEMENT.ABSENT_ID, (int) absentId)
                .set(SPOT_CHECK_REPLACEMENT.REPLACEMENT_ID, (int) replacementId)
                .set(SPOT_CHECK_REPLACEMENT.REASON, reason).set(SPOT_CHECK_REPLACEMENT.RECORDED_BY, actor).execute();
    }

    /** A draw's replacements, in the order they were recorded. */
    public List<ReplacementRow> replacements(long drawId) {
        return dsl.select(SPOT_CHECK_REPLACEMENT.fields()).from(SPOT_CHECK_REPLACEMENT).join(SPOT_CHECK_PERSON)
                .on(SPOT_CHECK_PERSON.ID.eq(SPOT_CHECK_REPLACEMENT.ABSENT_ID))
                .where(SPOT_CHECK_PERSON.DRAW_ID.eq((int) drawId)).orderBy(SPOT_CHECK_REPLACEMENT.REPLACEMENT_ID)
                .fetch(r -> new ReplacementRow(r.get(SPOT_CHECK_REPLACEMENT.ABSENT_ID),
                        r.get(SPOT_CHECK_REPLACEMENT.REPLACEMENT_ID), r.get(SPOT_CHECK_REPLACEMENT.REASON),
                        r.get(SPOT_CHECK_REPLACEMENT.RECORDED_BY), r.get(SPOT_CHECK_REPLACEMENT.RECORDED_AT)));
    }

    /** Records a rating and the questions asked, in order. */
    public void insertRating(long personId, Familiarity familiarity, String note, RatingPhoto photo,
                             List<ExamQuestion> asked) {
        dsl.insertInto(SPOT_CHECK_RATING).set(SPOT_CHECK_RATING.PERSON_ID, (int) personId)
                .set(SPOT_CHECK_RATING.FAMILIARITY, familiarity.name())
                .set(SPOT_CHECK_RATING.NOTE, note == null ? "" : note)
                .set(SPOT_CHECK_RATING.PHOTO, photo == null ? null : photo.bytes())
                .set(SPOT_CHECK_RATING.PHOTO_NAME, photo == null ? null : photo.name())
                .set(SPOT_CHECK_RATING.PHOTO_TYPE, photo == null ? null : photo.type())
                .set(SPOT_CHECK_RATING.RATED_BY, actor)
                .execute();
        for (int i = 0; i < asked.size(); i++) {
            ExamQuestion q = asked.get(i);
            dsl.insertInto(SPOT_CHECK_QUESTION).set(SPOT_CHECK_QUESTION.PERSON_ID, (int) personId)
                    .set(SPOT_CHECK_QUESTION.POSITION, i + 1).set(SPOT_CHECK_QUESTION.KIND, q.kind().name())
                    .set(SPOT_CHECK_QUESTION.STEM, q.stem()).set(SPOT_CHECK_QUESTION.OPTIONS, json(q.options()))
                    .set(SPOT_CHECK_QUESTION.ANSWER, q.answer()).set(SPOT_CHECK_QUESTION.POST_ID, q.postId())
                    .set(SPOT_CHECK_QUESTION.SOURCE_VERSION_ID, q.sourceVersionId()).execute();
        }
    }

    /** The ratings of a draw's people, by the person's position. */
    public List<RatingRow> ratings(long drawId) {
        return dsl.select(SPOT_CHECK_RATING.fields()).from(SPOT_CHECK_RATING).join(SPOT_CHECK_PERSON)
                .on(SPOT_CHECK_PERSON.ID.eq(SPOT_CHECK_RATING.PERSON_ID))
                .where(SPOT_CHECK_PERSON.DRAW_ID.eq((int) drawId)).orderBy(SPOT_CHECK_PERSON.POSITION)
                .fetch(r -> rating(r.into(SPOT_CHECK_RATING)));
    }

    /** True when any draw of the inspection has a rating. */
    public boolean hasRatings(long inspectionId) {
        return dsl.fetchExists(dsl.selectOne().from(SPOT_CHECK_RATING).join(SPOT_CHECK_PERSON)
                .on(SPOT_CHECK_PERSON.ID.eq(SPOT_CHECK_RATING.PERSON_ID)).join(SPOT_CHECK_DRAW)
                .on(SPOT_CHECK_DRAW.ID.eq(SPOT_CHECK_PERSON.DRAW_ID))
                .where(SPOT_CHECK_DRAW.INSPECTION_ID.eq((int) inspectionId)));
    }

    private RatingRow rating(SpotCheckRatingRecord r) {
        List<ExamQuestion> questions = dsl.selectFrom(SPOT_CHECK_QUESTION)
                .where(SPOT_CHECK_QUESTION.PERSON_ID.eq(r.getPersonId())).orderBy(SPOT_CHECK_QUESTION.POSITION)
                .fetch(q -> new ExamQuestion(null, q.getPostId(), QuestionKind.valueOf(q.getKind()), q.getStem(),
                        strings(q.getOptions()), q.getAnswer(), QuestionOrigin.GENERATED, q.getSourceVersionId(), false));
        RatingPhoto photo = r.getPhoto() == null ? null : new RatingPhoto(r.getPhotoName(), r.getPhotoType(), r.getPhoto());
        return new RatingRow(r.getPersonId(), Familiarity.valueOf(r.getFamiliarity()), r.getNote(), photo, questions,
                r.getRatedBy(), r.getRatedAt());
    }

    private static DrawRow draw(SpotCheckDrawRecord r) {
        return new DrawRow(r.getId(), r.getInspectionId(), r.getSeed(), r.getAlgorithm(), r.getFrameSha256(),
                r.getPopulation(), r.getRuleSize(), r.getRule(), r.getDrawnBy(), r.getDrawnAt());
    }

    private static PersonRow person(SpotCheckPersonRecord r) {
        return new PersonRow(r.getId().longValue(), r.getPosition(), r.getOrgUnit(), r.getEmployeeNumber(), r.getName(),
                r.getPost(), r.getSpecialOperation(), r.getTeamLeader(), r.getDrawNumber(), r.getAddition());
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
