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
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.service.Progress;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.content.PostContentService;
import org.nineones.service.letters.LetterService;
import org.nineones.service.roster.RosterImportService;
import org.nineones.service.sample.SampleService;
import org.nineones.service.templates.TemplateService;
import org.nineones.service.training.TrainingCompliance;
import org.nineones.service.training.TrainingRules;
import org.nineones.service.workspace.RecentFiles;
import org.nineones.service.workspace.WorkspaceService;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks over the sample enterprise (200 people, content approved except the operators' drafts, the upper
 * levels' letters signed, a year of training, two exams, a few rewards, this month's assessments): believable
 * findings, neither none nor everything, each explained by what the sample holds.
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
                new RosterImportService(ZH), new TemplateService(ZH), content);
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
        assertTrue(count(FindingKinds.UNSIGNED_PERSON) > 0 && count(FindingKinds.UNSIGNED_PERSON) < people,
                "the upper levels signed, the others not yet");
        // a high-risk plant: 72 hours before the post (48 for managers), where the sample recorded 24 of induction
        long lacking = new TrainingCompliance(TrainingRules.defaults()).compute(ws, LocalDate.now()).people().stream()
                .filter(p -> p.lacksHours() || p.lacksInduction()).count();
        assertEquals(lacking, count(FindingKinds.PERSON_SHORT_OF_TRAINING), "as the training view shows them");
        assertTrue(count(FindingKinds.EXPIRED_CERTIFICATE) > 0
                && count(FindingKinds.EXPIRED_CERTIFICATE) < people / 10, "a few certificates lapsed");
        assertTrue(count(FindingKinds.MISSING_CARD) > 0 && count(FindingKinds.MISSING_CARD) <= 2 * posts);
        assertEquals(0, count(FindingKinds.NO_EXAM_IN_12_MONTHS), "two exams a week ago");
        assertEquals(0, count(FindingKinds.NO_REWARD_RULES));
        assertEquals(0, count(FindingKinds.NO_REWARD_ENTRIES), "a penalty names a duty item");
        assertTrue(count(FindingKinds.MISSING_ASSESSMENT_PERIOD) > 0, "only this month was assessed");
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
