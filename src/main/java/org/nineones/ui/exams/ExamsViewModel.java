package org.nineones.ui.exams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.ExamResult;
import org.nineones.service.exams.Candidate;
import org.nineones.service.exams.ExamPlan;
import org.nineones.service.exams.ExamService;
import org.nineones.service.exams.QuestionDraft;
import org.nineones.store.Workspace;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.TaskRunner;

/**
 * 考试: the picked post's question bank, its exams, and the people of the selected exam with their results. Every
 * write runs through the task runner; the lists are read again after it.
 */
public final class ExamsViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ExamService exams;
    private final Workspace workspace;

    private final ObservableList<ExamService.PostChoice> posts = FXCollections.observableArrayList();
    private final ObjectProperty<ExamService.PostChoice> post = new SimpleObjectProperty<>();
    private final ObservableList<ExamQuestion> allQuestions = FXCollections.observableArrayList();
    private final ObservableList<ExamQuestion> questions = FXCollections.observableArrayList();
    private final BooleanProperty showRetired = new SimpleBooleanProperty(false);
    private final StringProperty questionCount = new SimpleStringProperty("");
    private final ObservableList<Exam> examList = FXCollections.observableArrayList();
    private final ObjectProperty<Exam> exam = new SimpleObjectProperty<>();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();

    public ExamsViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, ExamService exams,
                          Workspace workspace) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.exams = exams;
        this.workspace = workspace;
        post.addListener((o, was, now) -> reloadPost());
        exam.addListener((o, was, now) -> reloadResults());
        showRetired.addListener((o, was, now) -> filterQuestions());
    }

    public Messages messages() {
        return messages;
    }

    public ExamService service() {
        return exams;
    }

    public ObservableList<ExamService.PostChoice> posts() {
        return posts;
    }

    public ObjectProperty<ExamService.PostChoice> postProperty() {
        return post;
    }

    public ObservableList<ExamQuestion> questions() {
        return questions;
    }

    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }

    public StringProperty questionCountProperty() {
        return questionCount;
    }

    public ObservableList<Exam> exams() {
        return examList;
    }

    public ObjectProperty<Exam> examProperty() {
        return exam;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    /** Reads the posts again (in the task runner), keeping the one picked (or picking the first). */
    public void reload() {
        tasks.run(messages.get("exams.task.load"), progress -> exams.posts(workspace), all -> {
            ExamService.PostChoice picked = post.get();
            posts.setAll(all);
            ExamService.PostChoice again = picked == null ? null
                    : all.stream().filter(p -> p.id() == picked.id()).findFirst().orElse(null);
            if (again == null && !all.isEmpty()) {
                again = all.get(0);
            }
            if (again != null && again.equals(picked)) {
                reloadPost();
            } else {
                post.set(again);
            }
        });
    }

    /** A post's question bank and exams, read together. */
    private record PostData(List<ExamQuestion> questions, List<Exam> exams) {
    }

    private void reloadPost() {
        ExamService.PostChoice p = post.get();
        if (p == null) {
            allQuestions.clear();
            filterQuestions();
            examList.clear();
            exam.set(null);
            return;
        }
        tasks.run(messages.get("exams.task.load"), progress -> new PostData(exams.questions(workspace, p.id()),
                exams.exams(workspace, p.id())), data -> {
                    if (!p.equals(post.get())) {
                        return; // another post was picked meanwhile: its own reading shows it
                    }
                    allQuestions.setAll(data.questions());
                    filterQuestions();
                    Exam selected = exam.get();
                    examList.setAll(data.exams());
                    Exam again = selected == null ? null
                            : examList.stream().filter(e -> e.id().equals(selected.id())).findFirst().orElse(null);
                    if (again == null && !examList.isEmpty()) {
                        again = examList.get(0);
                    }
                    if (again != null && again.equals(selected)) {
                        reloadResults();
                    } else {
                        exam.set(again);
                    }
                });
    }

    private void filterQuestions() {
        questions.setAll(allQuestions.stream().filter(q -> showRetired.get() || !q.retired()).toList());
        long active = allQuestions.stream().filter(q -> !q.retired()).count();
        Map<org.nineones.model.exams.QuestionKind, Long> byKind = allQuestions.stream().filter(q -> !q.retired())
                .collect(java.util.stream.Collectors.groupingBy(ExamQuestion::kind, java.util.stream.Collectors.counting()));
        questionCount.set(messages.get("exams.ui.questionCount", active,
                byKind.getOrDefault(org.nineones.model.exams.QuestionKind.TRUE_FALSE, 0L),
                byKind.getOrDefault(org.nineones.model.exams.QuestionKind.SINGLE_CHOICE, 0L),
                byKind.getOrDefault(org.nineones.model.exams.QuestionKind.FILL_BLANK, 0L),
                allQuestions.size() - active));
    }

    private void reloadResults() {
        Exam e = exam.get();
        if (e == null) {
            candidates.clear();
            return;
        }
        tasks.run(messages.get("exams.task.load"), progress -> exams.candidates(workspace, e.id()), list -> {
            if (e.equals(exam.get())) {
                candidates.setAll(list);
            }
        });
    }

    // ---- the question bank

    public void generate() {
        ExamService.PostChoice p = post.get();
        if (p == null) {
            return;
        }
        String title = messages.get("exams.ui.generate");
        write(title, progress -> exams.generate(workspace, p.id()), result -> {
            reloadPost();
            dialogs.showInfo(title, messages.get("exams.ui.generated", result.added(), result.retired(), result.kept()));
        });
    }

    public Optional<String> draftProblem(QuestionDraft draft) {
        return exams.draftProblem(draft);
    }

    public void addQuestion(QuestionDraft draft) {
        ExamService.PostChoice p = post.get();
        if (p != null) {
            write(messages.get("exams.ui.add"), progress -> exams.addQuestion(workspace, p.id(), draft),
                    q -> reloadPost());
        }
    }

    /** Edits a question; tells the user when it was used and so was saved as a new one. */
    public void editQuestion(ExamQuestion question, QuestionDraft draft) {
        String title = messages.get("exams.ui.edit");
        write(title, progress -> exams.editQuestion(workspace, question.id(), draft), saved -> {
            reloadPost();
            if (!saved.id().equals(question.id())) {
                dialogs.showInfo(title, messages.get("exams.ui.replaced"));
            }
        });
    }

    public void retireQuestion(ExamQuestion question) {
        String title = messages.get("exams.ui.retire");
        if (dialogs.confirm(title, messages.get("exams.ui.retireQuestion", question.stem()),
                messages.get("exams.ui.retire"))) {
            write(title, progress -> {
                exams.retireQuestion(workspace, question.id());
                return question;
            }, q -> reloadPost());
        }
    }

    // ---- exams

    /** The plan a new exam starts from: the post's name and the year in the title, today, the defaults. */
    public ExamPlan defaultPlan(LocalDate today) {
        String name = post.get() == null ? "" : post.get().label().replaceAll(".*/ ", "");
        return ExamPlan.defaults(messages.get("exams.ui.defaultTitle", String.valueOf(today.getYear()), name), today);
    }

    public void createExam(ExamPlan plan) {
        ExamService.PostChoice p = post.get();
        if (p == null) {
            return;
        }
        write(messages.get("exams.ui.newExam"), progress -> exams.createExam(workspace, p.id(), plan), created -> {
            reloadPost();
            examList.stream().filter(e -> e.id().equals(created.id())).findFirst().ifPresent(exam::set);
        });
    }

    // ---- results

    /** The people of the exam without a result yet (those a score can be entered for). */
    public List<Candidate> withoutResult() {
        return candidates.stream().filter(c -> c.latest() == null).toList();
    }

    public Optional<String> scoreProblem(String text) {
        Exam e = exam.get();
        return e == null ? Optional.empty() : exams.scoreProblem(e, text);
    }

    /** Why no score can be entered for the selected exam now (none selected, still to come), or empty. */
    public Optional<String> entryProblem() {
        Exam e = exam.get();
        if (e == null) {
            return Optional.of(messages.get("exams.ui.pickExam"));
        }
        Optional<String> date = exams.examDateProblem(e);
        if (date.isPresent()) {
            return date;
        }
        if (withoutResult().isEmpty()) {
            return Optional.of(messages.get("exams.ui.allRecorded"));
        }
        return Optional.empty();
    }

    public void recordScores(Map<Long, Double> scores) {
        Exam e = exam.get();
        if (e == null || scores.isEmpty()) {
            return;
        }
        String title = messages.get("exams.ui.recordScores");
        write(title, progress -> exams.recordScores(workspace, e.id(), scores), written -> {
            reloadResults();
            dialogs.showInfo(title, messages.get("exams.ui.recorded", written.size()));
        });
    }

    /**
     * Asks for the corrected score (empty withdraws the result) and the reason, then records the correction.
     */
    public void correct(Candidate candidate) {
        Exam e = exam.get();
        if (e == null || candidate == null) {
            return;
        }
        String title = messages.get("exams.ui.correctTitle", candidate.employee().name());
        ExamResult latest = candidate.latest();
        if (latest == null) {
            dialogs.showError(title, messages.get("exams.ui.nothingToCorrect"));
            return;
        }
        Optional<String> scoreText = latest.voided()
                ? dialogs.askText(title, messages.get("exams.ui.restoreScore", ExamService.fmt(e.maxScore())), "")
                : dialogs.askText(title, messages.get("exams.ui.correctScore", ExamService.fmt(latest.score()),
                ExamService.fmt(e.maxScore())), ExamService.fmt(latest.score()));
        if (scoreText.isEmpty()) {
            return;
        }
        Double score = null;
        if (scoreText.get().isBlank() && latest.voided()) {
            dialogs.showError(title, messages.get("exams.error.voided"));
            return;
        }
        if (!scoreText.get().isBlank()) {
            Optional<String> problem = exams.scoreProblem(e, scoreText.get());
            if (problem.isPresent()) {
                dialogs.showError(title, problem.get());
                return;
            }
            score = ExamService.parseScore(scoreText.get());
        }
        Optional<String> reason = dialogs.askText(title, messages.get("exams.ui.correctReason"), "");
        if (reason.isEmpty()) {
            return;
        }
        if (reason.get().isBlank()) {
            dialogs.showError(title, messages.get("exams.error.reason"));
            return;
        }
        Double newScore = score;
        write(title, progress -> exams.correct(workspace, latest.id(), newScore, reason.get()),
                r -> reloadResults());
    }

    /** The person's result chain as lines: original, then each correction with its reason, who and when. */
    public String history(Candidate candidate) {
        StringBuilder b = new StringBuilder();
        for (ExamResult r : candidate.history()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            String score = r.voided() ? messages.get("exams.voided")
                    : messages.get("exams.ui.historyScore", ExamService.fmt(r.score()),
                    messages.get(r.passed() ? "exams.passed" : "exams.failed"));
            b.append(r.correctsId() == null
                    ? messages.get("exams.ui.historyOriginal", score, r.recordedBy(), RecordTime.local(r.recordedAt()))
                    : messages.get("exams.ui.historyCorrection", score, r.correctionReason(), r.recordedBy(),
                    RecordTime.local(r.recordedAt())));
        }
        return b.length() == 0 ? messages.get("exams.ui.noHistory") : b.toString();
    }

    public void showHistory(Candidate candidate) {
        if (candidate != null) {
            dialogs.showInfo(messages.get("exams.ui.historyTitle", candidate.employee().name()), history(candidate));
        }
    }

    /** What a write came to: its value, or the refusal's sentence. */
    private record Outcome<T>(T value, String refusal) {
    }

    /**
     * Runs a write through the task runner; a refusal of the exam rules (ExamException: a sentence for the user) is
     * shown as it is, without the "did not finish, see the log" wrapping of unexpected failures.
     */
    private <T> void write(String title, TaskRunner.Work<T> work, Consumer<T> then) {
        tasks.run(title, progress -> {
            try {
                return new Outcome<>(work.call(progress), null);
            } catch (org.nineones.service.exams.ExamException e) {
                return new Outcome<T>(null, e.getMessage());
            }
        }, outcome -> {
            if (outcome.refusal() != null) {
                dialogs.showError(title, outcome.refusal());
                reloadPost();
            } else {
                then.accept(outcome.value());
            }
        });
    }

    public Workspace workspace() {
        return workspace;
    }
}
