package org.nineones.service.acceptance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.LineScore;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.ReadinessService;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.backup.BackupHook;
import org.nineones.service.content.PostContentService;
import org.nineones.service.letters.LetterService;
import org.nineones.service.roster.RosterImportService;
import org.nineones.service.sample.SampleService;
import org.nineones.service.templates.TemplateService;
import org.nineones.service.training.TrainingCompliance;
import org.nineones.service.training.TrainingRules;
import org.nineones.service.workspace.RecentFiles;
import org.nineones.service.workspace.WorkspaceService;
import org.nineones.store.AssessmentRepository;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks over the sample enterprise (200 people, content approved except the operators' drafts, the letters
 * signed but for a few operators, a year of training with a few people absent, two exams, a few rewards, three of the
 * last four quarters assessed): believable findings, neither none nor everything, each explained by what the sample
 * holds, and a believable score on the default checklist.
 */
class SampleEnterpriseChecksTest {

    private static final Logger LOG = LoggerFactory.getLogger(SampleEnterpriseChecksTest.class);
    private static final Messages ZH = Messages.defaults();

    @TempDir
    static Path dir;

    private static Workspace ws;
    private static RecordChecks checks;
    private static Map<String, List<Finding>> today;

    @BeforeAll
    static void openSample() {
        PostContentService content = new PostContentService(ZH);
        SampleService sample = new SampleService(new WorkspaceService(new RecentFiles(dir.resolve("recent.txt"))),
                new RosterImportService(ZH), new TemplateService(ZH), content,
                new org.nineones.app.Services(new org.nineones.app.Settings(dir.resolve("home")), ZH).dispatch());
        ws = sample.openSample(dir.resolve("sample"), Progress.NONE);
        checks = new RecordChecks(ZH, content, new LetterService(ZH), new TrainingCompliance(TrainingRules.defaults()),
                new AssessmentService(ZH));
        today = checks.findings(ws, LocalDate.now());
        LOG.info("sample enterprise findings today: {}", today.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().size()).collect(Collectors.joining(", ")));
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static int count(String kind) {
        return today.get(kind).size();
    }

    @Test
    void theSampleShowsSomeFindingsButNotEverything() {
        int posts = ws.read(store -> store.posts().count());
        int people = ws.read(store -> store.employees().count());
        int total = today.values().stream().mapToInt(List::size).sum();
        assertTrue(total > 0);
        assertEquals(0, count(FindingKinds.POST_WITHOUT_DUTY_LIST), "every post got its template's content");
        assertTrue(count(FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE) > 0, "the operators' lists are drafts");
        assertTrue(count(FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE) < posts);
        assertEquals(0, count(FindingKinds.PRINCIPAL_DUTIES_MISSING), "the principal's template follows Art. 21");
        assertTrue(count(FindingKinds.UNSIGNED_PERSON) > 0 && count(FindingKinds.UNSIGNED_PERSON) < people / 20,
                "everyone signed but a few operators");
        assertEquals(0, count(FindingKinds.LEVEL_WITHOUT_SIGNATURE), "every team has someone signed");
        // a high-risk plant: 72 hours before the post (48 for managers) and 20 a year (16), a few people absent
        long lacking = new TrainingCompliance(TrainingRules.defaults()).compute(ws, LocalDate.now()).people().stream()
                .filter(p -> p.lacksHours() || p.lacksInduction()).count();
        assertEquals(lacking, count(FindingKinds.PERSON_SHORT_OF_TRAINING), "as the training view shows them");
        assertTrue(lacking > 0 && lacking < people / 20, "a few people short of training: " + lacking);
        assertEquals(0, count(FindingKinds.EXPIRED_CERTIFICATE), "certificates kept as of the roster's day");
        assertTrue(count(FindingKinds.MISSING_CARD) > 0 && count(FindingKinds.MISSING_CARD) <= 2 * posts);
        assertEquals(0, count(FindingKinds.NO_EXAM_IN_12_MONTHS), "two exams a week ago");
        assertEquals(0, count(FindingKinds.NO_REWARD_RULES));
        assertEquals(0, count(FindingKinds.NO_REWARD_ENTRIES), "a penalty names a duty item");
        assertEquals(1, count(FindingKinds.MISSING_ASSESSMENT_PERIOD), "one of the last four quarters skipped");
        assertEquals(0, count(FindingKinds.MISSING_INTERVIEW), "the one interview due was held");
    }

    @Test
    void theBulkReadsTheChecksUseGiveWhatTheOneByOneReadsGive() {
        List<AssessmentRepository.Row> assessments = ws.read(store -> store.assessments().all());
        assertTrue(assessments.stream().anyMatch(r -> r.score() != null) && assessments.stream()
                .anyMatch(r -> r.score() == null), "scored and open assessments");
        for (AssessmentRepository.Row r : assessments) {
            assertEquals(ws.read(store -> store.assessments().find(r.id()).orElseThrow()), r);
        }
        for (Employee e : ws.read(store -> store.employees().all())) {
            assertEquals(ws.read(store -> store.employees().find(e.id()).orElseThrow()), e);
        }
    }

    @Test
    void twoLanesFindExactlyWhatOneLaneFinds() {
        PostContentService content = new PostContentService(ZH);
        LetterService letters = new LetterService(ZH);
        TrainingCompliance training = new TrainingCompliance(TrainingRules.defaults());
        AssessmentService assessments = new AssessmentService(ZH);
        RecordChecks oneLane = new RecordChecks(ZH, content, letters, training, assessments, PrincipalDuties.defaults(),
                false);
        RecordChecks twoLanes = new RecordChecks(ZH, content, letters, training, assessments,
                PrincipalDuties.defaults(), true);
        for (LocalDate day : List.of(LocalDate.now(), LocalDate.now().minusMonths(3))) {
            Map<String, List<Finding>> one = oneLane.findings(ws, day);
            Map<String, List<Finding>> two = twoLanes.findings(ws, day);
            assertEquals(List.copyOf(one.keySet()), List.copyOf(two.keySet()), "kinds in the same order");
            assertEquals(one, two, "on " + day);
            assertTrue(two.get(FindingKinds.UNSIGNED_PERSON).size() > 0, "the lane beside found something");
        }
        assertEquals(List.copyOf(oneLane.kinds()), List.copyOf(today.keySet()));
    }

    @Test
    void theSampleScoresBelievablyOnTheDefaultChecklistWithoutAVeto() {
        ChecklistService checklists = new ChecklistService(ZH, BackupHook.NONE);
        ReadinessService readiness = new ReadinessService(ZH, checklists, checks);
        ChecklistScore score = readiness.assess(ws, checklists.defaultTemplate(), LocalDate.now(), LocalDate.now());
        List<String> deducted = score.lines().stream().filter(l -> l.deducted().signum() > 0).map(LineScore::id)
                .toList();
        LOG.info("sample enterprise score: {} {}, deductions on {}", score.score(), score.conclusion(), deducted);
        assertTrue(score.score().doubleValue() >= 80 && score.score().doubleValue() <= 90, "score " + score.score());
        assertEquals(List.of(), score.vetoes());
        assertEquals(score.score().doubleValue() >= 85 ? Conclusion.PASS : Conclusion.RECTIFY, score.conclusion());
        assertTrue(deducted.size() >= 3, "deductions on " + deducted);
        assertTrue(score.lines().stream().allMatch(l -> l.deducted().compareTo(l.points()) < 0 || l.points().signum() == 0),
                "no line lost all its points");
    }

    @Test
    void theDraftsAreTheOperatorsPosts() {
        Map<Long, Post> posts = ws.read(store -> store.posts().all()).stream()
                .collect(Collectors.toMap(Post::id, p -> p));
        for (Finding f : today.get(FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE)) {
            Post post = posts.get(Long.parseLong(f.target().id()));
            assertTrue(f.what().startsWith(f.target().label()), f.what());
            assertEquals(PostCategory.OPERATOR, post.category(), f.what());
        }
    }

    @Test
    void aYearAgoNothingOfTodaysContentExisted() {
        Map<String, List<Finding>> before = checks.findings(ws, LocalDate.now().minusYears(1));
        int posts = ws.read(store -> store.posts().count());
        assertEquals(posts, before.get(FindingKinds.POST_WITHOUT_DUTY_LIST).size());
        assertEquals(1, before.get(FindingKinds.NO_EXAM_IN_12_MONTHS).size());
        assertEquals(1, before.get(FindingKinds.NO_REWARD_ENTRIES).size());
        assertFalse(before.get(FindingKinds.PERSON_SHORT_OF_TRAINING).isEmpty());
    }
}
