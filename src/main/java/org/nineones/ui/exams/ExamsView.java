package org.nineones.ui.exams;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.nineones.model.Messages;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.ExamResult;
import org.nineones.service.exams.Candidate;
import org.nineones.service.exams.ExamService;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.output.OutputActions;

/**
 * 考试: pick a post; its question bank (生成题目, 新增, 编辑, 停用); its exams (新建考试…, 预览试卷, 预览答案); the people
 * of the selected exam with their results (登记成绩…, 更正…, 历史).
 */
public final class ExamsView {

    @FXML private ComboBox<ExamService.PostChoice> examPostBox;
    @FXML private Label questionCount;
    @FXML private CheckBox showRetiredBox;
    @FXML private Button generateQuestionsButton;
    @FXML private Button addQuestionButton;
    @FXML private Button editQuestionButton;
    @FXML private Button retireQuestionButton;
    @FXML private TableView<ExamQuestion> questionsTable;
    @FXML private TableColumn<ExamQuestion, String> questionKindColumn;
    @FXML private TableColumn<ExamQuestion, String> questionStemColumn;
    @FXML private TableColumn<ExamQuestion, String> questionAnswerColumn;
    @FXML private TableColumn<ExamQuestion, String> questionOriginColumn;
    @FXML private TableColumn<ExamQuestion, String> questionStateColumn;
    @FXML private Button newExamButton;
    @FXML private Button previewPaperButton;
    @FXML private Button previewKeyButton;
    @FXML private TableView<Exam> examsTable;
    @FXML private TableColumn<Exam, String> examTitleColumn;
    @FXML private TableColumn<Exam, String> examDateColumn;
    @FXML private TableColumn<Exam, String> examMaxColumn;
    @FXML private TableColumn<Exam, String> examPassColumn;
    @FXML private Label resultsSummary;
    @FXML private Button recordScoresButton;
    @FXML private Button correctResultButton;
    @FXML private Button historyButton;
    @FXML private TableView<Candidate> resultsTable;
    @FXML private TableColumn<Candidate, String> resultNameColumn;
    @FXML private TableColumn<Candidate, String> resultNumberColumn;
    @FXML private TableColumn<Candidate, String> resultScoreColumn;
    @FXML private TableColumn<Candidate, String> resultPassedColumn;
    @FXML private TableColumn<Candidate, String> resultNoteColumn;

    private final AppContext context;
    private final Messages messages;
    private final ExamsViewModel viewModel;
    private final Parent root;
    private boolean selecting;

    public ExamsView(AppContext context, Workspace workspace) {
        this.context = context;
        this.messages = context.messages();
        this.viewModel = new ExamsViewModel(messages, context.tasks(), context.dialogs(), context.services().exams(),
                workspace);
        this.root = context.views().load(this);
    }

    public Parent view() {
        return root;
    }

    public ExamsViewModel viewModel() {
        return viewModel;
    }

    /** Reads posts, questions, exams and results again. */
    public void reload() {
        viewModel.reload();
    }

    @FXML
    private void initialize() {
        examPostBox.setItems(viewModel.posts());
        examPostBox.valueProperty().bindBidirectional(viewModel.postProperty());
        questionCount.textProperty().bind(viewModel.questionCountProperty());
        showRetiredBox.selectedProperty().bindBidirectional(viewModel.showRetiredProperty());

        questionsTable.setItems(viewModel.questions());
        questionsTable.setPlaceholder(new Label(messages.get("exams.ui.noQuestions")));
        questionKindColumn.setCellValueFactory(c -> text(messages.of(c.getValue().kind())));
        questionStemColumn.setCellValueFactory(c -> text(stemWithOptions(c.getValue())));
        questionAnswerColumn.setCellValueFactory(c -> text(c.getValue().answer()));
        questionOriginColumn.setCellValueFactory(c -> text(messages.of(c.getValue().origin())));
        questionStateColumn.setCellValueFactory(c -> text(messages.get(c.getValue().retired()
                ? "exams.ui.retired" : "exams.ui.active")));
        var noQuestion = questionsTable.getSelectionModel().selectedItemProperty().isNull();
        var retired = Bindings.createBooleanBinding(() -> {
            ExamQuestion q = questionsTable.getSelectionModel().getSelectedItem();
            return q == null || q.retired();
        }, questionsTable.getSelectionModel().selectedItemProperty());
        editQuestionButton.disableProperty().bind(retired);
        retireQuestionButton.disableProperty().bind(retired);
        var noPost = viewModel.postProperty().isNull();
        generateQuestionsButton.disableProperty().bind(noPost);
        addQuestionButton.disableProperty().bind(noPost);
        newExamButton.disableProperty().bind(noPost);
        questionsTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !noQuestion.get()) {
                onEdit();
            }
        });
        questionsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                onRetire();
                e.consume();
            }
        });

        examsTable.setItems(viewModel.exams());
        examsTable.setPlaceholder(new Label(messages.get("exams.ui.noExams")));
        examTitleColumn.setCellValueFactory(c -> text(c.getValue().title()));
        examDateColumn.setCellValueFactory(c -> text(c.getValue().heldOn().toString()));
        examMaxColumn.setCellValueFactory(c -> text(ExamService.fmt(c.getValue().maxScore())));
        examPassColumn.setCellValueFactory(c -> text(ExamService.fmt(c.getValue().passMark())));
        examsTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!selecting && now != null) {
                viewModel.examProperty().set(now);
            }
        });
        viewModel.examProperty().addListener((o, was, now) -> selectExam(now));
        var noExam = viewModel.examProperty().isNull();
        previewPaperButton.disableProperty().bind(noExam);
        previewKeyButton.disableProperty().bind(noExam);
        recordScoresButton.disableProperty().bind(noExam);

        resultsTable.setItems(viewModel.candidates());
        // The results list is filled once an exam is chosen: before that, say so, not that the post has nobody.
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(noExam)
                .then(messages.get("exams.ui.chooseExam")).otherwise(messages.get("exams.ui.noPeople")));
        resultsTable.setPlaceholder(placeholder);
        resultNameColumn.setCellValueFactory(c -> text(c.getValue().employee().name()));
        resultNumberColumn.setCellValueFactory(c -> text(c.getValue().employee().employeeNumber()));
        resultScoreColumn.setCellValueFactory(c -> {
            ExamResult r = c.getValue().inForce();
            return text(r == null ? "" : ExamService.fmt(r.score()));
        });
        resultPassedColumn.setCellValueFactory(c -> {
            ExamResult latest = c.getValue().latest();
            String s = latest == null ? messages.get("exams.ui.notRecorded")
                    : latest.voided() ? messages.get("exams.voided")
                    : messages.get(latest.passed() ? "exams.passed" : "exams.failed");
            return text(s);
        });
        resultNoteColumn.setCellValueFactory(c -> {
            Candidate cand = c.getValue();
            return text(cand.corrected() ? messages.get("exams.ui.correctedNote", cand.history().size() - 1,
                    cand.latest().correctionReason()) : "");
        });
        var noCandidate = resultsTable.getSelectionModel().selectedItemProperty().isNull();
        correctResultButton.disableProperty().bind(noCandidate);
        historyButton.disableProperty().bind(noCandidate);
        viewModel.candidates().addListener((javafx.collections.ListChangeListener<Candidate>) c -> summarise());
        viewModel.reload();
    }

    private void selectExam(Exam exam) {
        selecting = true;
        try {
            if (exam == null) {
                examsTable.getSelectionModel().clearSelection();
            } else {
                examsTable.getItems().stream().filter(e -> e.id().equals(exam.id())).findFirst()
                        .ifPresent(e -> examsTable.getSelectionModel().select(e));
            }
        } finally {
            selecting = false;
        }
    }

    private void summarise() {
        long recorded = viewModel.candidates().stream().filter(c -> c.inForce() != null).count();
        long passed = viewModel.candidates().stream().filter(c -> c.inForce() != null && c.inForce().passed()).count();
        resultsSummary.setText(viewModel.examProperty().get() == null ? ""
                : messages.get("exams.ui.summary", viewModel.candidates().size(), recorded, passed));
    }

    private static String stemWithOptions(ExamQuestion q) {
        return q.stem() + q.lettered("  ");
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s == null ? "" : s);
    }

    @FXML
    private void onGenerate() {
        viewModel.generate();
    }

    @FXML
    private void onAdd() {
        new QuestionDialog(context, viewModel, null).showAndWait().ifPresent(viewModel::addQuestion);
    }

    @FXML
    private void onEdit() {
        ExamQuestion q = questionsTable.getSelectionModel().getSelectedItem();
        if (q != null && !q.retired()) {
            new QuestionDialog(context, viewModel, q).showAndWait().ifPresent(d -> viewModel.editQuestion(q, d));
        }
    }

    @FXML
    private void onRetire() {
        ExamQuestion q = questionsTable.getSelectionModel().getSelectedItem();
        if (q != null && !q.retired()) {
            viewModel.retireQuestion(q);
        }
    }

    @FXML
    private void onNewExam() {
        new NewExamDialog(context, viewModel, viewModel.defaultPlan(LocalDate.now())).showAndWait()
                .ifPresent(viewModel::createExam);
    }

    @FXML
    private void onPreviewPaper() {
        preview(false);
    }

    @FXML
    private void onPreviewKey() {
        preview(true);
    }

    private void preview(boolean key) {
        Exam exam = viewModel.examProperty().get();
        Optional<RecordPrint> print = context.services().recordPrints().byKey("exam");
        if (exam == null || print.isEmpty()) {
            return;
        }
        String title = messages.get(key ? "exams.ui.previewKey" : "exams.ui.previewPaper");
        String fileName = exam.title() + (key ? "-" + messages.get("exams.print.keyLabel") : "") + ".pdf";
        new OutputActions(context).preview(title, fileName, (out, progress) -> print.get().print(
                viewModel.workspace(), new RecordPrintRequest(null, null, null, null, exam.id(), key, LocalDate.now()),
                out, progress));
    }

    @FXML
    private void onRecordScores() {
        Optional<String> problem = viewModel.entryProblem();
        if (problem.isPresent()) {
            context.dialogs().showError(messages.get("exams.ui.recordScores"), problem.get());
            return;
        }
        List<Candidate> people = viewModel.withoutResult();
        new ScoreEntryDialog(context, viewModel, viewModel.examProperty().get(), people).showAndWait()
                .ifPresent(viewModel::recordScores);
    }

    @FXML
    private void onCorrect() {
        viewModel.correct(resultsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onHistory() {
        viewModel.showHistory(resultsTable.getSelectionModel().getSelectedItem());
    }
}
