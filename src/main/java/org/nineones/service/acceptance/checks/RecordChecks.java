package org.nineones.service.acceptance.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Finding;
import org.nineones.service.Beside;
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
    /** The checks run beside the others on a second core, each lane's share of the time about even. */
    private final List<RecordCheck> beside;
    private final boolean twoLanes;

    public RecordChecks(Messages messages, PostContentService content, LetterService letters,
                        TrainingCompliance training, AssessmentService assessments) {
        this(messages, content, letters, training, assessments, PrincipalDuties.defaults());
    }

    public RecordChecks(Messages messages, PostContentService content, LetterService letters,
                        TrainingCompliance training, AssessmentService assessments, PrincipalDuties principalDuties) {
        this(messages, content, letters, training, assessments, principalDuties,
                Runtime.getRuntime().availableProcessors() > 1);
    }

    RecordChecks(Messages messages, PostContentService content, LetterService letters, TrainingCompliance training,
                 AssessmentService assessments, PrincipalDuties principalDuties, boolean twoLanes) {
        this.messages = messages;
        this.content = content;
        LetterCheck letterCheck = new LetterCheck(letters);
        AssessmentCheck assessmentCheck = new AssessmentCheck(assessments);
        this.checks = List.of(new DutyListCheck(), new PrincipalDutiesCheck(principalDuties), new ProcedureCheck(),
                new CardCheck(), letterCheck, new TrainingCheck(training), new ExamCheck(), new RewardCheck(),
                assessmentCheck, new GridCheck());
        this.beside = List.of(letterCheck, assessmentCheck);
        this.twoLanes = twoLanes;
    }

    /** Every kind these checks produce, in the order of the nine items. */
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        checks.forEach(c -> kinds.addAll(c.kinds()));
        return List.copyOf(kinds);
    }

    /**
     * The findings on a day, in the order of {@link #kinds()}. On a computer with two cores or more, the letters' and
     * the assessments' checks run beside the others, on a thread and a {@linkplain Workspace#reader() read-only
     * connection} of their own: each lane has its own day and its own findings, so nothing is shared but the
     * committed records, and the result is the same as one lane's.
     */
    @Override
    public Map<String, List<Finding>> findings(Workspace workspace, LocalDate asOf) {
        return begin(workspace, asOf).get();
    }

    /** Starts the lane beside now (on two cores or more); the supplier runs the other lane and joins them. */
    @Override
    public Supplier<Map<String, List<Finding>>> begin(Workspace workspace, LocalDate asOf) {
        long start = System.nanoTime();
        if (!twoLanes) {
            return () -> {
                Findings out = new Findings(new Texts(messages), kinds());
                run(checks, new CheckDay(workspace, asOf, out.texts(), content), out);
                return result(asOf, start, out.result());
            };
        }
        List<String> besideKinds = new ArrayList<>();
        beside.forEach(c -> besideKinds.addAll(c.kinds()));
        Findings besideOut = new Findings(new Texts(messages), besideKinds);
        Beside<Void> lane = Beside.start("record-checks", () -> {
            try (Workspace reader = workspace.reader()) {
                run(beside, new CheckDay(reader, asOf, besideOut.texts(), content), besideOut);
            }
            return null;
        });
        return () -> {
            Findings out = new Findings(new Texts(messages), kinds());
            List<RecordCheck> here = checks.stream().filter(c -> !beside.contains(c)).toList();
            run(here, new CheckDay(workspace, asOf, out.texts(), content), out);
            lane.join();
            Map<String, List<Finding>> mine = out.result();
            Map<String, List<Finding>> theirs = besideOut.result();
            Map<String, List<Finding>> merged = new LinkedHashMap<>();
            for (String kind : kinds()) {
                merged.put(kind, theirs.containsKey(kind) ? theirs.get(kind) : mine.get(kind));
            }
            return result(asOf, start, Collections.unmodifiableMap(merged));
        };
    }

    private static void run(List<RecordCheck> checks, CheckDay day, Findings out) {
        for (RecordCheck check : checks) {
            long from = System.nanoTime();
            check.run(day, out);
            LOG.debug("{} on {}: {} ms", check.getClass().getSimpleName(), day.asOf(),
                    (System.nanoTime() - from) / 1_000_000);
        }
    }

    private static Map<String, List<Finding>> result(LocalDate asOf, long start, Map<String, List<Finding>> result) {
        LOG.info("record checks on {}: {} findings in {} ms", asOf,
                result.values().stream().mapToInt(List::size).sum(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
