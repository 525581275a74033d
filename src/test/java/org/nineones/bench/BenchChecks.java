package org.nineones.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineones.app.Services;
import org.nineones.model.Employee;
import org.nineones.model.Post;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.records.RecordFilter;
import org.nineones.service.assessments.AssessmentSamples;
import org.nineones.service.exams.ExamSamples;
import org.nineones.service.records.RecordSamples;
import org.nineones.service.rewards.RewardsSample;
import org.nineones.store.LetterRepository.NewSignature;
import org.nineones.store.Workspace;

/**
 * The acceptance targets on a copy of a big workspace (the roster and the training step's 50,000 attendance rows):
 * every post given the 操作工 template, half of them approved, half of the people's letters signed, the sample's
 * rewards, exams and assessments (this quarter started for everyone with a duty list in force), and
 * {@value #RECORD_ROUNDS} rounds of the sample's records of duty performance with their small files; then the record
 * checks on today, cold and warm (target well under 1 s), and {@code assess} with the default checklist in process
 * (target < 1 s warm: the median of {@value #RUNS} runs after {@value #WARM_UPS} warm-ups).
 */
final class BenchChecks {

    /** How many times the sample's records (13 records and a correction, each with a small file) are added. */
    static final int RECORD_ROUNDS = 25;
    static final int WARM_UPS = 2;
    static final int RUNS = 5;

    private BenchChecks() {
    }

    /** Seconds cold and warm, the number of findings, and assess's median in milliseconds with its score. */
    record Result(double coldSeconds, double warmSeconds, int findings, int people, int posts, int records,
                  long assessMillis, String score) {
    }

    /** Copies {@code source} to {@code dir/验收检查.nineones} and gives it the records above; returns the copy. */
    static Path prepare(Services services, Path source, Path dir) throws Exception {
        Path file = dir.resolve("验收检查.nineones");
        Files.deleteIfExists(file);
        try (Workspace ws = Workspace.open(source)) {
            ws.backupTo(file);
        }
        try (Workspace ws = Workspace.open(file)) {
            LocalDate today = LocalDate.now();
            List<Long> posts = ws.read(store -> store.posts().all()).stream().map(Post::id).toList();
            services.templates().apply(ws, BenchTemplates.TEMPLATE, posts, Set.of());
            services.content().approveDrafts(ws, posts.subList(0, posts.size() / 2), "总经理", today);
            List<Employee> people = ws.read(store -> store.employees().all());
            ws.write(store -> {
                for (int i = 0; i < people.size(); i += 2) {
                    Employee e = people.get(i);
                    if (e.postId() != null) {
                        store.letters().insert(new NewSignature(today.getYear(), e.id(), e.postId(), null, null,
                                "上级", today, null, false, null, null));
                    }
                }
                return null;
            });
            RewardsSample.addTo(ws, services.messages());
            ExamSamples.addTo(ws);
            AssessmentSamples.write(ws, services.messages(), "总经理", today);
            for (int i = 0; i < RECORD_ROUNDS; i++) {
                RecordSamples.addTo(ws, services.messages(), today);
            }
        }
        return file;
    }

    /** Times the record checks and {@code assess} on a workspace {@link #prepare} made. */
    static Result run(Services services, Path file) throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            LocalDate today = LocalDate.now();
            int people = ws.read(store -> store.employees().count());
            int posts = ws.read(store -> store.posts().count());
            int records = services.dutyRecords().list(ws, RecordFilter.ALL).size();
            long t = System.nanoTime();
            Map<String, List<Finding>> found = services.recordChecks().findings(ws, today);
            double cold = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            services.recordChecks().findings(ws, today);
            double warm = (System.nanoTime() - t) / 1e9;

            ChecklistTemplate template = services.checklists().defaultTemplate();
            ChecklistScore score = null;
            for (int i = 0; i < WARM_UPS; i++) {
                score = services.readiness().assess(ws, template, today, today);
            }
            long[] millis = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                t = System.nanoTime();
                score = services.readiness().assess(ws, template, today, today);
                millis[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(millis);
            return new Result(cold, warm, found.values().stream().mapToInt(List::size).sum(), people, posts, records,
                    millis[RUNS / 2], score.score().toPlainString() + " " + score.conclusion());
        }
    }
}
