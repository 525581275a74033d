package org.nineones.store;

import static org.nineones.store.jooq.Tables.EXAM;
import static org.nineones.store.jooq.Tables.EXAM_PAPER_QUESTION;
import static org.nineones.store.jooq.Tables.EXAM_QUESTION;
import static org.nineones.store.jooq.Tables.EXAM_RESULT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.ExamResult;
import org.nineones.model.exams.PaperQuestion;
import org.nineones.model.exams.QuestionKind;
import org.nineones.model.exams.QuestionOrigin;
import org.nineones.store.jooq.tables.records.ExamQuestionRecord;
import org.nineones.store.jooq.tables.records.ExamRecord;
import org.nineones.store.jooq.tables.records.ExamResultRecord;

/**
 * Exams: the question bank of every post, the exams with their papers, and the results. A result is final (the
 * schema's triggers refuse updates and deletes): a correction is a new row naming the row it replaces.
 */
public final class ExamRepository {

    private final DSLContext dsl;
    private final String actor;

    ExamRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    // ---- the question bank

    /** A post's questions, retired ones too, in the order they were added. */
    public List<ExamQuestion> questions(long postId) {
        return dsl.selectFrom(EXAM_QUESTION).where(EXAM_QUESTION.POST_ID.eq((int) postId))
                .orderBy(EXAM_QUESTION.ID).fetch(ExamRepository::toModel);
    }

    public Optional<ExamQuestion> question(long id) {
        return dsl.selectFrom(EXAM_QUESTION).where(EXAM_QUESTION.ID.eq((int) id)).fetchOptional()
                .map(ExamRepository::toModel);
    }

    public ExamQuestion insertQuestion(ExamQuestion q) {
        dsl.insertInto(EXAM_QUESTION)
                .set(EXAM_QUESTION.POST_ID, q.postId() == null ? null : q.postId().intValue())
                .set(EXAM_QUESTION.KIND, q.kind().name())
                .set(EXAM_QUESTION.STEM, q.stem())
                .set(EXAM_QUESTION.OPTIONS, JsonStrings.write(q.options()))
                .set(EXAM_QUESTION.ANSWER, q.answer())
                .set(EXAM_QUESTION.ORIGIN, q.origin().name())
                .set(EXAM_QUESTION.SOURCE_VERSION_ID, q.sourceVersionId() == null ? null : q.sourceVersionId().intValue())
                .set(EXAM_QUESTION.RETIRED, q.retired() ? 1 : 0)
                .execute();
        return q.withId(Ids.lastInserted(dsl));
    }

    /** Changes a question's text, options and answer; only for questions no exam has used. */
    public boolean updateQuestion(ExamQuestion q) {
        return dsl.update(EXAM_QUESTION)
                .set(EXAM_QUESTION.KIND, q.kind().name())
                .set(EXAM_QUESTION.STEM, q.stem())
                .set(EXAM_QUESTION.OPTIONS, JsonStrings.write(q.options()))
                .set(EXAM_QUESTION.ANSWER, q.answer())
                .where(EXAM_QUESTION.ID.eq(q.id().intValue()))
                .execute() == 1;
    }

    public boolean retireQuestion(long id) {
        return dsl.update(EXAM_QUESTION).set(EXAM_QUESTION.RETIRED, 1)
                .where(EXAM_QUESTION.ID.eq((int) id).and(EXAM_QUESTION.RETIRED.eq(0))).execute() == 1;
    }

    /** True when some exam's paper holds the question. */
    public boolean questionUsed(long id) {
        return dsl.fetchExists(EXAM_PAPER_QUESTION, EXAM_PAPER_QUESTION.QUESTION_ID.eq((int) id));
    }

    // ---- exams

    public Exam insertExam(Exam exam, List<PaperQuestion> paper) {
        dsl.insertInto(EXAM)
                .set(EXAM.POST_ID, (int) exam.postId())
                .set(EXAM.TITLE, exam.title())
                .set(EXAM.HELD_ON, exam.heldOn().toString())
                .set(EXAM.MAX_SCORE, (float) exam.maxScore())
                .set(EXAM.PASS_MARK, (float) exam.passMark())
                .set(EXAM.RECORDED_BY, actor)
                .execute();
        long id = Ids.lastInserted(dsl);
        for (PaperQuestion p : paper) {
            dsl.insertInto(EXAM_PAPER_QUESTION)
                    .set(EXAM_PAPER_QUESTION.EXAM_ID, (int) id)
                    .set(EXAM_PAPER_QUESTION.POSITION, p.position())
                    .set(EXAM_PAPER_QUESTION.QUESTION_ID, p.question().id().intValue())
                    .set(EXAM_PAPER_QUESTION.POINTS, (float) p.points())
                    .execute();
        }
        return exam(id).orElseThrow();
    }

    public Optional<Exam> exam(long id) {
        return dsl.selectFrom(EXAM).where(EXAM.ID.eq((int) id)).fetchOptional().map(ExamRepository::toModel);
    }

    /** A post's exams, the latest (by day, then id) first. */
    public List<Exam> exams(long postId) {
        return dsl.selectFrom(EXAM).where(EXAM.POST_ID.eq((int) postId)).orderBy(EXAM.HELD_ON.desc(), EXAM.ID.desc())
                .fetch(ExamRepository::toModel);
    }

    /** Every exam, by id. */
    public List<Exam> allExams() {
        return dsl.selectFrom(EXAM).orderBy(EXAM.ID).fetch(ExamRepository::toModel);
    }

    /** An exam's paper in order. */
    public List<PaperQuestion> paper(long examId) {
        return dsl.select().from(EXAM_PAPER_QUESTION).join(EXAM_QUESTION)
                .on(EXAM_QUESTION.ID.eq(EXAM_PAPER_QUESTION.QUESTION_ID))
                .where(EXAM_PAPER_QUESTION.EXAM_ID.eq((int) examId))
                .orderBy(EXAM_PAPER_QUESTION.POSITION)
                .fetch(r -> new PaperQuestion(r.get(EXAM_PAPER_QUESTION.POSITION),
                        toModel(r.into(EXAM_QUESTION)), round(r.get(EXAM_PAPER_QUESTION.POINTS))));
    }

    // ---- results

    public ExamResult insertResult(long examId, long employeeId, double score, boolean passed, boolean voided,
                                   Long correctsId, String reason) {
        dsl.insertInto(EXAM_RESULT)
                .set(EXAM_RESULT.EXAM_ID, (int) examId)
                .set(EXAM_RESULT.EMPLOYEE_ID, (int) employeeId)
                .set(EXAM_RESULT.SCORE, (float) score)
                .set(EXAM_RESULT.PASSED, passed ? 1 : 0)
                .set(EXAM_RESULT.VOIDED, voided ? 1 : 0)
                .set(EXAM_RESULT.CORRECTS_ID, correctsId == null ? null : correctsId.intValue())
                .set(EXAM_RESULT.CORRECTION_REASON, reason)
                .set(EXAM_RESULT.RECORDED_BY, actor)
                .execute();
        return result(Ids.lastInserted(dsl)).orElseThrow();
    }

    public Optional<ExamResult> result(long id) {
        return dsl.selectFrom(EXAM_RESULT).where(EXAM_RESULT.ID.eq((int) id)).fetchOptional()
                .map(ExamRepository::toModel);
    }

    /** Every row recorded for an exam, corrections too, by id. */
    public List<ExamResult> resultRows(long examId) {
        return dsl.selectFrom(EXAM_RESULT).where(EXAM_RESULT.EXAM_ID.eq((int) examId)).orderBy(EXAM_RESULT.ID)
                .fetch(ExamRepository::toModel);
    }

    /** Every row recorded for every exam, by id. */
    public List<ExamResult> allResultRows() {
        return dsl.selectFrom(EXAM_RESULT).orderBy(EXAM_RESULT.ID).fetch(ExamRepository::toModel);
    }

    /**
     * The rows in force among {@code rows}: the last of each chain (no other row corrects it), voided ones left
     * out.
     */
    public static List<ExamResult> inForce(List<ExamResult> rows) {
        return InForce.of(rows, ExamResult::id, ExamResult::correctsId, ExamResult::voided);
    }

    /** The latest row of each person's chain in an exam (voided ones too), keyed by employee id. */
    public static Map<Long, ExamResult> latestByEmployee(List<ExamResult> rows) {
        return InForce.endsOfChains(rows, ExamResult::id, ExamResult::correctsId).stream()
                .collect(Collectors.toMap(ExamResult::employeeId, Function.identity(), (a, b) -> b));
    }

    // ---- mapping

    private static ExamQuestion toModel(ExamQuestionRecord r) {
        return new ExamQuestion(r.getId().longValue(), r.getPostId() == null ? null : r.getPostId().longValue(),
                QuestionKind.valueOf(r.getKind()), r.getStem(), JsonStrings.read(r.getOptions()), r.getAnswer(),
                QuestionOrigin.valueOf(r.getOrigin()),
                r.getSourceVersionId() == null ? null : r.getSourceVersionId().longValue(), r.getRetired() == 1);
    }

    private static Exam toModel(ExamRecord r) {
        return new Exam(r.getId().longValue(), r.getPostId(), r.getTitle(), IsoDates.date(r.getHeldOn()),
                round(r.getMaxScore()), round(r.getPassMark()), r.getRecordedBy(), r.getRecordedAt());
    }

    private static ExamResult toModel(ExamResultRecord r) {
        return new ExamResult(r.getId().longValue(), r.getExamId(), r.getEmployeeId(), round(r.getScore()),
                r.getPassed() == 1, r.getVoided() == 1,
                r.getCorrectsId() == null ? null : r.getCorrectsId().longValue(), r.getCorrectionReason(),
                r.getRecordedBy(), r.getRecordedAt());
    }

    /** SQLite keeps REAL as a double; jOOQ hands it out as a float: back to the two decimals a score has. */
    private static double round(Float value) {
        return value == null ? 0 : Math.round(value.doubleValue() * 100) / 100.0;
    }
}
