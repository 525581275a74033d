package org.nineones.service.exams;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.PaperQuestion;
import org.nineones.model.exams.QuestionKind;
import org.nineones.report.ReportException;
import org.nineones.report.ReportMonitor;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;

/**
 * {@code print --kind exam}: an exam's paper (A4, the candidate's name, number and score boxes, the questions by
 * section with their options and blanks, no answers) or, with {@code answerKey}, its answer key. The exam is
 * {@code examId}, else the latest exam of the post {@code post} (its id or its name).
 */
public final class ExamPrint implements RecordPrint {

    static final String TEMPLATE = "exam-paper";
    /** The blank as printed: wide enough to write in. */
    static final String PRINTED_BLANK = "＿＿＿＿＿＿＿＿";
    private static final String[] NUMERALS = {"一", "二", "三", "四"};

    private final Messages messages;
    private final ReportRunner reports;

    public ExamPrint(Messages messages, ReportRunner reports) {
        this.messages = messages;
        this.reports = reports;
    }

    public ExamPrint(Messages messages) {
        this(messages, new ReportRunner());
    }

    @Override
    public boolean printsAll() {
        return false;
    }

    @Override
    public String key() {
        return "exam";
    }

    @Override
    public String titleKey() {
        return "exams.print.title";
    }

    private record Data(String enterprise, Post post, Exam exam, List<PaperQuestion> paper) {
    }

    @Override
    public RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress) {
        progress.update(0, 1, messages.get("exams.print.reading"));
        Data data = workspace.read(store -> {
            Exam exam;
            if (request.examId() != null) {
                exam = store.exams().exam(request.examId()).orElseThrow(() -> new PrintException(
                        messages.get("exams.print.noExam", request.examId())));
            } else if (request.post() != null && !request.post().isBlank()) {
                String wanted = request.post().strip();
                List<Post> posts = store.posts().all().stream()
                        .filter(p -> wanted.equals(String.valueOf(p.id())) || wanted.equals(p.name().strip())).toList();
                if (posts.isEmpty()) {
                    throw new PrintException(messages.get("exams.print.unknownPost", wanted));
                }
                exam = posts.stream().flatMap(p -> store.exams().exams(p.id()).stream())
                        .max(Comparator.comparing(Exam::heldOn).thenComparing(Exam::id))
                        .orElseThrow(() -> new PrintException(messages.get("exams.print.noExamForPost", wanted)));
            } else {
                throw new PrintException(messages.get("exams.print.which"));
            }
            Post post = store.posts().find(exam.postId()).orElseThrow();
            return new Data(store.enterprise().get().name(), post, exam, store.exams().paper(exam.id()));
        });
        progress.checkCancelled();
        if (data.paper().isEmpty()) {
            throw new PrintException(messages.get("exams.print.emptyPaper", data.exam().title()));
        }
        boolean key = request.answerKey();
        Map<String, Object> p = new HashMap<>();
        p.put("ENTERPRISE", data.enterprise());
        p.put("TITLE", data.exam().title());
        p.put("INFO_LINE", messages.get("exams.print.info", data.post().name(), data.exam().heldOn().toString(),
                ExamService.fmt(data.exam().maxScore()), ExamService.fmt(data.exam().passMark())));
        p.put("SHOW_BOXES", !key);
        p.put("KEY_LABEL", messages.get("exams.print.keyLabel"));
        p.put("L_NAME", messages.get("exams.print.name"));
        p.put("L_NUMBER", messages.get("exams.print.number"));
        p.put("L_SCORE", messages.get("exams.print.score"));
        p.put("L_PAGE", messages.get("print.page"));
        p.put("L_PAGES", messages.get("print.pages"));
        List<Map<String, Object>> rows = rows(data.paper(), key);
        String title = data.exam().title() + (key ? " " + messages.get("exams.print.keyLabel") : "");
        try {
            int pages = reports.writePdf(new ReportRequest(TEMPLATE, rows, p, title), target, monitor(progress));
            return new RecordPrintResult(1, pages, target);
        } catch (ReportException e) {
            if (e.reason() == ReportException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            if (e.reason() == ReportException.Reason.WRITE) {
                throw new PrintException(messages.get("print.error.write", target), e);
            }
            throw new PrintException(messages.get("exams.print.failed"), e);
        }
    }

    /** One row per question, with its section's heading; the key shows each answer before the question. */
    List<Map<String, Object>> rows(List<PaperQuestion> paper, boolean key) {
        Map<QuestionKind, List<PaperQuestion>> sections = new LinkedHashMap<>();
        for (QuestionKind kind : QuestionKind.values()) {
            List<PaperQuestion> of = paper.stream().filter(q -> q.question().kind() == kind).toList();
            if (!of.isEmpty()) {
                sections.put(kind, of);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int section = 0;
        for (Map.Entry<QuestionKind, List<PaperQuestion>> entry : sections.entrySet()) {
            List<PaperQuestion> questions = entry.getValue();
            double points = questions.stream().mapToDouble(PaperQuestion::points).sum();
            boolean same = questions.stream().mapToDouble(PaperQuestion::points).distinct().count() == 1;
            String heading = messages.get(same ? "exams.print.sectionEach" : "exams.print.section", NUMERALS[section],
                    messages.of(entry.getKey()), questions.size(), ExamService.fmt(points),
                    messages.get("exams.print.hint." + entry.getKey().name()),
                    ExamService.fmt(questions.get(0).points()));
            int n = 1;
            for (PaperQuestion pq : questions) {
                Map<String, Object> row = new HashMap<>();
                row.put("section", entry.getKey().name());
                row.put("heading", heading);
                row.put("text", text(n++, pq, key, !same));
                rows.add(row);
            }
            section++;
        }
        return rows;
    }

    private String text(int n, PaperQuestion pq, boolean key, boolean showPoints) {
        ExamQuestion q = pq.question();
        String points = showPoints ? messages.get("exams.print.points", ExamService.fmt(pq.points())) : "";
        StringBuilder b = new StringBuilder();
        b.append(n).append(". ");
        if (key) {
            b.append(messages.get("exams.print.answer", answerText(q))).append("  ");
        }
        switch (q.kind()) {
            case TRUE_FALSE -> b.append(q.stem()).append(key ? "" : "（　　）").append(points);
            case SINGLE_CHOICE -> {
                b.append(q.stem()).append(key ? "" : "（　　）").append(points).append(q.lettered("\n    "));
            }
            case FILL_BLANK -> b.append(q.stem().replace(ExamQuestion.BLANK, PRINTED_BLANK)).append(points);
            default -> throw new IllegalStateException();
        }
        return b.toString();
    }

    /** The answer as printed on the key: 对 or 错, the option's letter, or the missing words. */
    static String answerText(ExamQuestion q) {
        return q.answer();
    }

    private static ReportMonitor monitor(Progress progress) {
        return progress.reportMonitor("");
    }
}
