package org.nineones.service.inspection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.ManualJudgement;
import org.nineones.model.acceptance.Target;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.acceptance.Verdict;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.ScoreChange;
import org.nineones.service.acceptance.JudgementService;
import org.nineones.service.acceptance.ReadinessService;
import org.nineones.store.Workspace;

/**
 * Scores an inspection's review by the enterprise side's own code (ReadinessService's findings, its scorer): the
 * records' findings on the day, plus one finding per worker rated 不熟知 or 基本熟知 (kinds {@code worker-not-familiar},
 * {@code worker-basically-familiar}), with the inspector's judgements, not the enterprise's. A changed score is given
 * to the same scorer as a judgement scoring the line (an automatic line taken as A+M for it), so that the total, the
 * conclusion and the vetoes come from one scorer.
 */
final class ReviewScoring {

    private final Messages messages;
    private final ReadinessService readiness;
    private final JudgementService judgements;

    ReviewScoring(Messages messages, ReadinessService readiness, JudgementService judgements) {
        this.messages = messages;
        this.readiness = readiness;
        this.judgements = judgements;
    }

    /** What the records show on the day, by kind, as the enterprise side finds it (read-only, unmodifiable). */
    Map<String, List<Finding>> recordFindings(Workspace records, java.time.LocalDate asOf) {
        Map<String, List<Finding>> found = new LinkedHashMap<>();
        readiness.findings(records, asOf).forEach((kind, list) -> found.put(kind, List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(found);
    }

    /** The review from the records' findings ({@link #recordFindings}) and what the inspection file holds. */
    InspectorReview review(Inspection inspection, ReviewState state, List<SpotCheckRatings.Rated> ratings,
                           Map<String, List<Finding>> recordFindings) {
        ChecklistTemplate template = state.template();
        Map<String, List<Finding>> found = new LinkedHashMap<>(recordFindings);
        for (SpotCheckRatings.Rated rated : ratings) {
            finding(rated).ifPresent(f -> {
                List<Finding> kind = new ArrayList<>(found.getOrDefault(f.kind(), List.of()));
                kind.add(f);
                found.put(f.kind(), kind);
            });
        }
        JudgementService.InForce judged = judgements.inForce(template, state.judgements());
        ChecklistScore computed = readiness.score(template, found, judged);
        Map<String, ScoreChange> changes = changesInForce(template, state.changes());
        ChecklistScore score = changes.isEmpty() ? computed : withChanges(template, found, judged, changes);
        Map<String, LineJudgement> judgementsInForce = judgementsInForce(state.judgements(), judged);
        List<InspectorReview.Line> lines = new ArrayList<>();
        for (int i = 0; i < template.lines().size(); i++) {
            ChecklistLine line = template.lines().get(i);
            Optional<LineJudgement> judgement = Optional.ofNullable(judgementsInForce.get(line.id()));
            lines.add(new InspectorReview.Line(line, computed.lines().get(i), score.lines().get(i),
                    state.self().map(s -> s.lines().get(line.id())).orElse(null),
                    state.selfResult().flatMap(r -> r.lines().stream().filter(l -> l.id().equals(line.id()))
                            .findFirst()).orElse(null),
                    Optional.ofNullable(changes.get(line.id())), judgement,
                    judgement.map(j -> state.photos().stream().filter(p -> p.ownerId() == j.id()).toList())
                            .orElse(List.of())));
        }
        return new InspectorReview(inspection, template, state.templateSha256(), state.chosen(), state.asOf(),
                computed, score, state.self(), lines, ratings, state.findings(), state.signed());
    }

    /** The finding a rating gives the knowledge line, or none for 熟知. */
    private Optional<Finding> finding(SpotCheckRatings.Rated rated) {
        if (rated.familiarity() == null || rated.familiarity() == Familiarity.FAMILIAR) {
            return Optional.empty();
        }
        boolean not = rated.familiarity() == Familiarity.UNFAMILIAR;
        String what = messages.get(not ? "review.rating.notFamiliar" : "review.rating.basicallyFamiliar",
                rated.name(), rated.orgUnit(), rated.post());
        return Optional.of(new Finding(not ? FindingKinds.WORKER_NOT_FAMILIAR : FindingKinds.WORKER_BASICALLY_FAMILIAR,
                what, new Target(TargetKind.EMPLOYEE, rated.employeeNumber(), rated.name() + " " + rated.orgUnit())));
    }

    /**
     * The score change in force of each line: the latest, unless it takes the line back to its computed score, or the
     * template no longer fits it (the line gone or now a veto line, fewer points than the score).
     */
    static Map<String, ScoreChange> changesInForce(ChecklistTemplate template, List<ScoreChange> oldestFirst) {
        Map<String, ScoreChange> latest = new LinkedHashMap<>();
        oldestFirst.forEach(c -> latest.put(c.lineId(), c));
        Map<String, ScoreChange> inForce = new LinkedHashMap<>();
        latest.forEach((id, c) -> {
            Optional<ChecklistLine> line = template.line(id);
            if (!c.restores() && line.isPresent() && !line.get().veto().type().withoutPoints()
                    && c.score().signum() >= 0 && c.score().compareTo(line.get().pointsOrZero()) <= 0) {
                inForce.put(id, c);
            }
        });
        return inForce;
    }

    private ChecklistScore withChanges(ChecklistTemplate template, Map<String, List<Finding>> found,
                                       JudgementService.InForce judged, Map<String, ScoreChange> changes) {
        List<ChecklistLine> lines = template.lines().stream().map(l -> changes.containsKey(l.id())
                && l.evidence() == Evidence.AUTOMATIC ? new ChecklistLine(l.id(), l.item(), l.criterion(), l.points(),
                l.rule(), l.deductions(), l.cap(), l.zeroAtCount(), l.zeroIfMissing(), Evidence.CONFIRMED,
                l.notApplicable(), l.veto()) : l).toList();
        ChecklistTemplate asChanged = new ChecklistTemplate(template.name(), template.version(), template.issuer(),
                template.description(), template.thresholds(), lines);
        Map<String, ManualJudgement> given = new LinkedHashMap<>(judged.judgements());
        changes.forEach((id, c) -> given.put(id, ManualJudgement.scoring(c.score(), c.reason())));
        Set<String> notApplicable = new HashSet<>(judged.notApplicable());
        notApplicable.removeAll(changes.keySet());
        ChecklistScore s = readiness.score(asChanged, found, new JudgementService.InForce(given, notApplicable,
                List.of()));
        // each line with its evidence as the template has it
        List<LineScore> restored = new ArrayList<>();
        for (int i = 0; i < s.lines().size(); i++) {
            LineScore l = s.lines().get(i);
            restored.add(new LineScore(l.id(), l.item(), l.points(), l.deducted(), l.score(), l.notApplicable(),
                    template.lines().get(i).evidence(), l.judged(), l.charges(), l.limit(), l.note(), l.veto()));
        }
        return new ChecklistScore(s.templateName(), s.templateVersion(), restored, s.earned(),
                s.notApplicablePoints(), s.totalPoints(), s.score(), s.scoreConclusion(), s.conclusion(), s.vetoes());
    }

    /** The judgement in force of each line, as the scorer took it (neither taken back nor left out as a misfit). */
    private static Map<String, LineJudgement> judgementsInForce(List<LineJudgement> oldestFirst,
                                                                JudgementService.InForce judged) {
        Map<String, LineJudgement> latest = new LinkedHashMap<>();
        oldestFirst.forEach(j -> latest.put(j.lineId(), j));
        latest.values().removeIf(j -> j.verdict() == Verdict.NOT_JUDGED || judged.skipped().contains(j));
        return latest;
    }
}
