package org.nineones.service.exams;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamResult;
import org.nineones.store.Workspace;

/**
 * The sample enterprise's exams: for the first two posts with an approved duty list and people, a generated question
 * bank, an exam held a week ago, scores for up to eight of their people (one below the pass mark) and one correction,
 * so every part of the 考试 tab has something to show. Deterministic.
 */
public final class ExamSamples {

    private ExamSamples() {
    }

    /** Adds the sample exams; returns the number of results recorded. */
    public static int addTo(Workspace workspace) {
        ExamService exams = new ExamService(Messages.defaults());
        LocalDate today = exams.today();
        List<Post> posts = workspace.read(store -> store.posts().all());
        List<Employee> people = workspace.read(store -> store.employees().all());
        int recorded = 0;
        int made = 0;
        for (Post post : posts) {
            if (made == 2) {
                break;
            }
            boolean approved = workspace.read(store -> store.content().inForce(post.id(), ContentKind.DUTY_LIST, today)
                    .isPresent());
            List<Employee> onPost = people.stream().filter(e -> post.id().equals(e.postId())
                    && e.status() == EmployeeStatus.ACTIVE).limit(8).toList();
            if (!approved || onPost.size() < 2) {
                continue;
            }
            exams.generate(workspace, post.id());
            Exam exam = exams.createExam(workspace, post.id(), ExamPlan.defaults(
                    today.getYear() + "年度" + post.name() + "岗位安全考试", today.minusDays(7)));
            Map<Long, Double> scores = new LinkedHashMap<>();
            for (int i = 0; i < onPost.size(); i++) {
                scores.put(onPost.get(i).id(), i == 1 ? 55.0 : 70.0 + (onPost.get(i).id() * 7) % 29);
            }
            List<ExamResult> results = exams.recordScores(workspace, exam.id(), scores);
            recorded += results.size();
            if (made == 0) {
                exams.correct(workspace, results.get(1).id(), 62.0, "复核试卷发现第12题漏判，加7分");
            }
            made++;
        }
        return recorded;
    }
}
