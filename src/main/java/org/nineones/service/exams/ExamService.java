package org.nineones.service.exams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.ExamResult;
import org.nineones.model.exams.PaperQuestion;
import org.nineones.store.ExamRepository;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * Exams (一人一考): each post's question bank (generated from its duty list and procedure, or written by hand), exams
 * drawn from it, and the results, which are final: a mistake is mended by a correction entry with its reason. Every
 * write is one transaction with its audit entry.
 */
public final class ExamService {

    static final String ENTITY_QUESTION = "exam_question";
    static final String ENTITY_EXAM = "exam";
    static final String ENTITY_RESULT = "exam_result";

    private final Messages messages;
    private final QuestionBank bank;
    private final Clock clock;

    public ExamService(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.bank = new QuestionBank(messages, this::today);
    }

    public ExamService(Messages messages) {
        this(messages, Clock.systemDefaultZone());
    }

    public Messages messages() {
        return messages;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A post to pick, with its org unit's name for the label. */
    public record PostChoice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Every post, as "unit / post", in the order of the org tree's units then post names. */
    public List<PostChoice> posts(Workspace workspace) {
        return workspace.read(store -> {
            Map<Long, org.nineones.model.OrgUnit> units = new HashMap<>();
            store.orgUnits().all().forEach(u -> units.put(u.id(), u));
            return store.posts().all().stream().map(p -> {
                org.nineones.model.OrgUnit unit = units.get(p.orgUnitId());
                return new PostChoice(p.id(), (unit == null ? "" : unit.name() + " / ") + p.name());
            }).sorted(java.util.Comparator.comparing(PostChoice::label)).toList();
        });
    }

    /** Why a hand-written question cannot be saved, or empty when it can. */
    public Optional<String> draftProblem(QuestionDraft draft) {
        try {
            check(draft, null);
            return Optional.empty();
        } catch (ExamException e) {
            return Optional.of(e.getMessage());
        }
    }

    // ---- the question bank (QuestionBank)

    /** A post's questions, retired ones too, in the order they were added. */
    public List<ExamQuestion> questions(Workspace workspace, long postId) {
        return bank.questions(workspace, postId);
    }

    /**
     * Generates the post's questions from its duty list in force today (else its draft) and its procedure. Questions
     * already generated from the same content are kept; generated questions the content no longer gives (a new
     * version) are retired, and the new ones added. A question retired by hand is not brought back.
     *
     * @throws ExamException when the post has neither a duty list nor a procedure to make questions from
     */
    public GenerationResult generate(Workspace workspace, long postId) {
        return bank.generate(workspace, postId);
    }

    /** Adds a question written by hand. */
    public ExamQuestion addQuestion(Workspace workspace, long postId, QuestionDraft draft) {
        return bank.addQuestion(workspace, postId, draft);
    }

    /**
     * Edits a question: in place while no exam has used it; otherwise the old one is retired and the edited one added
     * as a new question written by hand, so papers already drawn keep the text they were printed with.
     *
     * @return the question as it now is (a new one when the old one was used)
     */
    public ExamQuestion editQuestion(Workspace workspace, long questionId, QuestionDraft draft) {
        return bank.editQuestion(workspace, questionId, draft);
    }

    /** Retires a question: no new exam draws it; papers already drawn keep it. */
    public void retireQuestion(Workspace workspace, long questionId) {
        bank.retireQuestion(workspace, questionId);
    }

    /** Checks a hand-written question and puts it in stored form (the answer as 对/错, a letter, or the words). */
    ExamQuestion check(QuestionDraft draft, Long postId) {
        return bank.check(draft, postId);
    }

    // ---- exams

    /** A post's exams, the latest first. */
    public List<Exam> exams(Workspace workspace, long postId) {
        return workspace.read(store -> store.exams().exams(postId));
    }

    public Optional<Exam> exam(Workspace workspace, long examId) {
        return workspace.read(store -> store.exams().exam(examId));
    }

    public List<PaperQuestion> paper(Workspace workspace, long examId) {
        return workspace.read(store -> store.exams().paper(examId));
    }

    /**
     * Makes an exam for a post: draws its paper from the active questions of the bank by the plan's seed and shares
     * the maximum score out over them.
     *
     * @throws ExamException when the plan is not sensible or the bank has no question of the kinds asked for
     */
    public Exam createExam(Workspace workspace, long postId, ExamPlan plan) {
        checkPlan(plan);
        return workspace.write(store -> {
            Post post = store.posts().find(postId).orElseThrow(() -> new ExamException(messages.get("exams.error.noPost")));
            List<ExamQuestion> drawn = PaperDraw.draw(store.exams().questions(postId), plan);
            if (drawn.isEmpty()) {
                throw new ExamException(messages.get("exams.error.emptyBank", post.name()));
            }
            List<PaperQuestion> paper = PaperDraw.score(drawn, plan.maxScore());
            if (paper.stream().anyMatch(p -> p.points() <= 0)) {
                int weight = drawn.stream().mapToInt(q -> PaperDraw.weight(q.kind())).sum();
                int least = drawn.stream().mapToInt(q -> PaperDraw.weight(q.kind())).min().orElse(1);
                throw new ExamException(messages.get("exams.error.maxTooLow",
                        fmt(Math.ceil((double) weight / least) / 2.0)));
            }
            Exam exam = store.exams().insertExam(new Exam(null, postId, plan.title().strip(), plan.heldOn(),
                    plan.maxScore(), plan.passMark(), null, null), paper);
            store.audit().record("exams.create", ENTITY_EXAM, exam.id(),
                    messages.get("exams.audit.created", exam.title(), post.name(), paper.size()));
            return exam;
        });
    }

    private void checkPlan(ExamPlan plan) {
        if (plan.title() == null || plan.title().isBlank()) {
            throw new ExamException(messages.get("exams.error.title"));
        }
        if (plan.heldOn() == null) {
            throw new ExamException(messages.get("exams.error.date"));
        }
        if (plan.trueFalse() < 0 || plan.singleChoice() < 0 || plan.fillBlank() < 0
                || plan.trueFalse() + plan.singleChoice() + plan.fillBlank() == 0
                || plan.trueFalse() + plan.singleChoice() + plan.fillBlank() > 200) {
            throw new ExamException(messages.get("exams.error.counts"));
        }
        if (!(plan.maxScore() > 0) || plan.maxScore() > 1000 || Math.abs(plan.maxScore() * 2 - Math.round(plan.maxScore() * 2)) > 1e-9) {
            throw new ExamException(messages.get("exams.error.maxScore"));
        }
        if (!(plan.passMark() >= 0) || plan.passMark() > plan.maxScore()) {
            throw new ExamException(messages.get("exams.error.passMark", fmt(plan.maxScore())));
        }
    }

    // ---- results

    /** Why a score typed for an exam cannot be taken, or empty when it can. */
    public Optional<String> scoreProblem(Exam exam, String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(messages.get("exams.error.scoreMissing"));
        }
        Double score = parseScore(text);
        if (score == null) {
            return Optional.of(messages.get("exams.error.scoreNotNumber", text.strip()));
        }
        return scoreProblem(exam, score);
    }

    /** Why a score cannot be taken for an exam (negative, above the maximum, too many decimals), or empty. */
    public Optional<String> scoreProblem(Exam exam, double score) {
        if (Double.isNaN(score) || Double.isInfinite(score)) {
            return Optional.of(messages.get("exams.error.scoreNotNumber", String.valueOf(score)));
        }
        if (score < 0) {
            return Optional.of(messages.get("exams.error.scoreNegative", fmt(score)));
        }
        if (score > exam.maxScore() + 1e-9) {
            return Optional.of(messages.get("exams.error.scoreAboveMax", fmt(score), fmt(exam.maxScore())));
        }
        if (Math.abs(score * 10 - Math.round(score * 10)) > 1e-6) {
            return Optional.of(messages.get("exams.error.scoreDecimals", fmt(score)));
        }
        return Optional.empty();
    }

    /** A score as typed (full-width digits too), or null when it is not a number. */
    public static Double parseScore(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else if (c == '－') {
                b.append('-');
            } else {
                b.append(c);
            }
        }
        String s = b.toString().replaceAll("分$", "").strip();
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return Double.parseDouble(s);
    }

    /** Why results cannot be recorded for the exam today (the exam is still to come), or empty. */
    public Optional<String> examDateProblem(Exam exam) {
        if (exam.heldOn().isAfter(today())) {
            return Optional.of(messages.get("exams.error.examInFuture", exam.heldOn().toString()));
        }
        return Optional.empty();
    }

    /**
     * The people of an exam: the active people of its post, and anyone already with a result in it, each with their
     * result chain; in employee-number then name order.
     */
    public List<Candidate> candidates(Workspace workspace, long examId) {
        return workspace.read(store -> {
            Exam exam = store.exams().exam(examId).orElseThrow(() -> new ExamException(messages.get("exams.error.noExam")));
            List<ExamResult> rows = store.exams().resultRows(examId);
            Map<Long, List<ExamResult>> chains = chains(rows);
            Map<Long, Employee> byId = new HashMap<>();
            for (Employee e : store.employees().all()) {
                byId.put(e.id(), e);
            }
            Map<Long, Candidate> result = new LinkedHashMap<>();
            for (Employee e : byId.values()) {
                boolean onPost = e.postId() != null && e.postId() == exam.postId() && e.status() == EmployeeStatus.ACTIVE;
                List<ExamResult> chain = chains.getOrDefault(e.id(), List.of());
                if (onPost || !chain.isEmpty()) {
                    result.put(e.id(), new Candidate(e, chain.isEmpty() ? null : chain.get(chain.size() - 1), chain));
                }
            }
            return result.values().stream().sorted(java.util.Comparator
                    .comparing((Candidate c) -> c.employee().employeeNumber() == null ? "" : c.employee().employeeNumber())
                    .thenComparing(c -> c.employee().name())).toList();
        });
    }

    /** Each person's rows in an exam as a chain, original first, keyed by employee id. */
    static Map<Long, List<ExamResult>> chains(List<ExamResult> rows) {
        Map<Long, List<ExamResult>> chains = new LinkedHashMap<>();
        for (ExamResult r : rows) {
            chains.computeIfAbsent(r.employeeId(), k -> new ArrayList<>()).add(r);
        }
        return chains;
    }

    /**
     * Records first results for an exam: every score is checked first (negative, above the maximum, the exam still to
     * come, the person not on the exam's post or already recorded) and nothing is written if any is wrong.
     *
     * @return the results written
     */
    public List<ExamResult> recordScores(Workspace workspace, long examId, Map<Long, Double> scores) {
        return workspace.write(store -> {
            Exam exam = store.exams().exam(examId).orElseThrow(() -> new ExamException(messages.get("exams.error.noExam")));
            examDateProblem(exam).ifPresent(p -> {
                throw new ExamException(p);
            });
            Map<Long, ExamResult> latest = ExamRepository.latestByEmployee(store.exams().resultRows(examId));
            List<ExamResult> written = new ArrayList<>();
            for (Map.Entry<Long, Double> entry : scores.entrySet()) {
                Employee e = store.employees().find(entry.getKey())
                        .orElseThrow(() -> new ExamException(messages.get("exams.error.noEmployee")));
                Optional<String> problem = scoreProblem(exam, entry.getValue());
                if (problem.isPresent()) {
                    throw new ExamException(e.name() + "：" + problem.get());
                }
                if (e.postId() == null || e.postId() != exam.postId()) {
                    throw new ExamException(messages.get("exams.error.notOnPost", e.name()));
                }
                if (latest.containsKey(e.id())) {
                    throw new ExamException(messages.get("exams.error.alreadyRecorded", e.name()));
                }
                written.add(insert(store, exam, e, entry.getValue(), false, null, null));
            }
            return written;
        });
    }

    static ExamResult insert(Store store, Exam exam, Employee e, double score, boolean voided, Long corrects,
                             String reason) {
        boolean passed = !voided && score + 1e-9 >= exam.passMark();
        ExamResult r = store.exams().insertResult(exam.id(), e.id(), score, passed, voided, corrects, reason);
        String detail = e.name() + " " + fmt(score) + "/" + fmt(exam.maxScore())
                + (corrects == null ? "" : " ← #" + corrects + " " + reason) + (voided ? " voided" : "");
        store.audit().record(corrects == null ? "exams.result.record" : "exams.result.correct", ENTITY_RESULT, r.id(),
                detail);
        return r;
    }

    /**
     * Corrects a result: a new row naming the last row of the person's chain, with the reason; {@code newScore} null
     * withdraws the result (voided), and a score after a withdrawal restores it. The corrected row stays as it was.
     */
    public ExamResult correct(Workspace workspace, long resultId, Double newScore, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ExamException(messages.get("exams.error.reason"));
        }
        return workspace.write(store -> {
            ExamResult old = store.exams().result(resultId)
                    .orElseThrow(() -> new ExamException(messages.get("exams.error.noResult")));
            Exam exam = store.exams().exam(old.examId()).orElseThrow();
            Map<Long, ExamResult> latest = ExamRepository.latestByEmployee(store.exams().resultRows(old.examId()));
            if (!latest.get(old.employeeId()).id().equals(old.id())) {
                throw new ExamException(messages.get("exams.error.notLatest"));
            }
            if (old.voided() && newScore == null) {
                throw new ExamException(messages.get("exams.error.voided"));
            }
            Employee e = store.employees().find(old.employeeId()).orElseThrow();
            if (newScore != null) {
                Optional<String> problem = scoreProblem(exam, newScore);
                if (problem.isPresent()) {
                    throw new ExamException(problem.get());
                }
            }
            return insert(store, exam, e, newScore == null ? old.score() : newScore, newScore == null, old.id(),
                    reason.strip());
        });
    }

    /** A person's rows in an exam, original first. */
    public List<ExamResult> history(Workspace workspace, long examId, long employeeId) {
        return workspace.read(store -> store.exams().resultRows(examId).stream()
                .filter(r -> r.employeeId() == employeeId).toList());
    }

    /** A number as people write it: 85, 85.5. */
    public static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
