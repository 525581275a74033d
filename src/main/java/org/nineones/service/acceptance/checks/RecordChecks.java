package org.nineones.service.acceptance.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Finding;
import org.nineones.service.acceptance.FindingSource;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.content.PostContentService;
import org.nineones.service.letters.LetterService;
import org.nineones.service.training.TrainingCompliance;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The findings of the automatic checklist lines (A and A+M) from the workspace's records, as they stood on a day:
 * one small check per item of the nine ones, each reusing the service that owns its records (content status,
 * letters' round, training compliance, assessments' periods and interviews). Every table is read once per call,
 * in bulk. The kinds that need the inspector (spot check, cards on site, kinds of record) are not here.
 *
 * <p>What "as it stood on the day" means, and where the records keep no history (see each check): content versions
 * count from the day they were approved and took effect, a draft from the day it was created (a deleted draft is
 * gone); posts, their category and risk level, reward rules and certificates' expiry are taken as they are now;
 * people count when hired by the day and not marked as having left (the roster keeps no leaving date); records of
 * people (letters, training, exams, rewards, assessments) count by their own day (signed, held, occurred), with
 * their chains of corrections as they stand now.
 */
public final class RecordChecks implements FindingSource {

    private static final Logger LOG = LoggerFactory.getLogger(RecordChecks.class);

    private final Messages messages;
    private final PostContentService content;
    private final List<RecordCheck> checks;

    public RecordChecks(Messages messages, PostContentService content, LetterService letters,
                        TrainingCompliance training, AssessmentService assessments) {
        this(messages, content, letters, training, assessments, PrincipalDuties.defaults());
    }

    public RecordChecks(Messages messages, PostContentService content, LetterService letters,
                        TrainingCompliance training, AssessmentService assessments, PrincipalDuties principalDuties) {
        this.messages = messages;
        this.content = content;
        this.checks = List.of(new DutyListCheck(), new PrincipalDutiesCheck(principalDuties), new ProcedureCheck(),
                new CardCheck(), new LetterCheck(letters), new TrainingCheck(training), new ExamCheck(),
                new RewardCheck(), new AssessmentCheck(assessments));
    }

    /** Every kind these checks produce, in the order of the nine items. */
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        checks.forEach(c -> kinds.addAll(c.kinds()));
        return List.copyOf(kinds);
    }

    @Override
    public Map<String, List<Finding>> findings(Workspace workspace, LocalDate asOf) {
        long start = System.nanoTime();
        Texts texts = new Texts(messages);
        Findings out = new Findings(texts, kinds());
        CheckDay day = new CheckDay(workspace, asOf, texts, content);
        for (RecordCheck check : checks) {
            long from = System.nanoTime();
            check.run(day, out);
            LOG.debug("{} on {}: {} ms", check.getClass().getSimpleName(), asOf, (System.nanoTime() - from) / 1_000_000);
        }
        Map<String, List<Finding>> result = out.result();
        LOG.info("record checks on {}: {} findings in {} ms", asOf,
                result.values().stream().mapToInt(List::size).sum(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
