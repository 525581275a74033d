package org.nineones.service.exams;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.QuestionOrigin;
import org.nineones.store.ExamRepository;
import org.nineones.store.Workspace;

/**
 * A post's question bank (题库): generating questions from its duty list and procedure, adding, editing and retiring
 * questions written by hand, and the checks a hand-written question passes.
 */
final class QuestionBank {

    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final QuestionGenerator generator = new QuestionGenerator();

    QuestionBank(Messages messages, Supplier<LocalDate> today) {
        this.messages = messages;
        this.today = today;
    }

    /** A post's questions, retired ones too, in the order they were added. */
    List<ExamQuestion> questions(Workspace workspace, long postId) {
        return workspace.read(store -> store.exams().questions(postId));
    }

    /**
     * Generates the post's questions from its duty list in force today (else its draft) and its procedure. Questions
     * already generated from the same content are kept; generated questions the content no longer gives (a new
     * version) are retired, and the new ones added. A question retired by hand is not brought back.
     *
     * @throws ExamException when the post has neither a duty list nor a procedure to make questions from
     */
    GenerationResult generate(Workspace workspace, long postId) {
        LocalDate day = today.get();
        return workspace.write(store -> {
            Post post = store.posts().find(postId).orElseThrow(() -> new ExamException(messages.get("exams.error.noPost")));
            List<ExamQuestion> made = generator.generate(QuestionGenerator.source(store, post, day));
            if (made.isEmpty()) {
                throw new ExamException(messages.get("exams.error.nothingToGenerate", post.name()));
            }
            ExamRepository exams = store.exams();
            List<ExamQuestion> existing = exams.questions(postId).stream()
                    .filter(q -> q.origin() == QuestionOrigin.GENERATED).toList();
            Set<String> existingKeys = existing.stream().map(QuestionBank::key).collect(Collectors.toSet());
            Set<String> madeKeys = made.stream().map(QuestionBank::key).collect(Collectors.toSet());
            int added = 0;
            int kept = 0;
            for (ExamQuestion q : made) {
                if (existingKeys.contains(key(q))) {
                    kept++;
                } else {
                    exams.insertQuestion(q);
                    existingKeys.add(key(q));
                    added++;
                }
            }
            int retired = 0;
            for (ExamQuestion q : existing) {
                if (!q.retired() && !madeKeys.contains(key(q))) {
                    exams.retireQuestion(q.id());
                    retired++;
                }
            }
            store.audit().record("exams.generate", "post", postId,
                    messages.get("exams.audit.generated", post.name(), added, retired, kept));
            return new GenerationResult(added, retired, kept);
        });
    }

    /** What makes a generated question the same: its kind, text, options, answer and source version. */
    private static String key(ExamQuestion q) {
        return q.kind() + "\u0000" + q.stem() + "\u0000" + String.join("\u0001", q.options()) + "\u0000" + q.answer()
                + "\u0000" + q.sourceVersionId();
    }

    /** Adds a question written by hand. */
    ExamQuestion addQuestion(Workspace workspace, long postId, QuestionDraft draft) {
        ExamQuestion checked = check(draft, postId);
        return workspace.write(store -> {
            ExamQuestion saved = store.exams().insertQuestion(checked);
            store.audit().record("exams.question.add", ExamService.ENTITY_QUESTION, saved.id(), saved.stem());
            return saved;
        });
    }

    /**
     * Edits a question: in place while no exam has used it; otherwise the old one is retired and the edited one added
     * as a new question written by hand, so papers already drawn keep the text they were printed with.
     *
     * @return the question as it now is (a new one when the old one was used)
     */
    ExamQuestion editQuestion(Workspace workspace, long questionId, QuestionDraft draft) {
        return workspace.write(store -> {
            ExamQuestion old = store.exams().question(questionId)
                    .orElseThrow(() -> new ExamException(messages.get("exams.error.noQuestion")));
            if (old.retired()) {
                throw new ExamException(messages.get("exams.error.retired"));
            }
            ExamQuestion checked = check(draft, old.postId());
            if (store.exams().questionUsed(questionId)) {
                store.exams().retireQuestion(questionId);
                ExamQuestion saved = store.exams().insertQuestion(checked);
                store.audit().record("exams.question.replace", ExamService.ENTITY_QUESTION, saved.id(),
                        messages.get("exams.audit.replaced", questionId, saved.stem()));
                return saved;
            }
            ExamQuestion edited = new ExamQuestion(questionId, old.postId(), checked.kind(), checked.stem(),
                    checked.options(), checked.answer(), QuestionOrigin.MANUAL, old.sourceVersionId(), false);
            store.exams().updateQuestion(edited);
            store.audit().record("exams.question.edit", ExamService.ENTITY_QUESTION, questionId, edited.stem());
            return store.exams().question(questionId).orElseThrow();
        });
    }

    /** Retires a question: no new exam draws it; papers already drawn keep it. */
    void retireQuestion(Workspace workspace, long questionId) {
        workspace.write(store -> {
            if (!store.exams().retireQuestion(questionId)) {
                throw new ExamException(messages.get("exams.error.retired"));
            }
            store.audit().record("exams.question.retire", ExamService.ENTITY_QUESTION, questionId, "");
            return null;
        });
    }

    /** Checks a hand-written question and puts it in stored form (the answer as 对/错, a letter, or the words). */
    ExamQuestion check(QuestionDraft draft, Long postId) {
        if (draft.kind() == null) {
            throw new ExamException(messages.get("exams.error.kind"));
        }
        if (draft.stem().isEmpty()) {
            throw new ExamException(messages.get("exams.error.stem"));
        }
        String stem = draft.stem();
        List<String> options = List.of();
        String answer;
        switch (draft.kind()) {
            case TRUE_FALSE -> {
                answer = trueFalse(draft.answer());
                if (answer == null) {
                    throw new ExamException(messages.get("exams.error.trueFalseAnswer"));
                }
            }
            case SINGLE_CHOICE -> {
                options = draft.options().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (options.size() < 2) {
                    throw new ExamException(messages.get("exams.error.options"));
                }
                if (options.size() > 6) {
                    throw new ExamException(messages.get("exams.error.tooManyOptions"));
                }
                if (options.stream().distinct().count() < options.size()) {
                    throw new ExamException(messages.get("exams.error.sameOptions"));
                }
                answer = draft.answer().toUpperCase(java.util.Locale.ROOT);
                int index = answer.length() == 1 ? answer.charAt(0) - 'A' : -1;
                if (index < 0 || index >= options.size()) {
                    throw new ExamException(messages.get("exams.error.choiceAnswer",
                            ExamQuestion.letter(options.size() - 1)));
                }
            }
            case FILL_BLANK -> {
                stem = stem.replaceAll("_{2,}|＿{2,}|（\\s*）|\\(\\s*\\)", ExamQuestion.BLANK);
                if (!stem.contains(ExamQuestion.BLANK)) {
                    throw new ExamException(messages.get("exams.error.noBlank"));
                }
                answer = draft.answer();
                if (answer.isEmpty()) {
                    throw new ExamException(messages.get("exams.error.blankAnswer"));
                }
            }
            default -> throw new IllegalStateException();
        }
        return new ExamQuestion(null, postId, draft.kind(), stem, options, answer, QuestionOrigin.MANUAL, null, false);
    }

    /** 对/错 from the ways people write it (对, √, 正确, T, true…), or null. */
    static String trueFalse(String text) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (Set.of("对", "√", "✓", "正确", "是", "T", "TRUE", "Y").contains(t)) {
            return ExamQuestion.TRUE;
        }
        if (Set.of("错", "×", "✗", "X", "错误", "否", "F", "FALSE", "N").contains(t)) {
            return ExamQuestion.FALSE;
        }
        return null;
    }
}
