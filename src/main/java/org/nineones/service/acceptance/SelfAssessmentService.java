package org.nineones.service.acceptance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.ScoreJson;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.service.acceptance.checklist.ChecklistException;
import org.nineones.store.SelfAssessmentRepository;
import org.nineones.store.Workspace;

/**
 * The enterprise's self-assessment (自评) as a record: the checklist scored on a day and signed by a named person,
 * final from then on. A later one never changes an earlier one; the history is listed, and two can be compared line
 * by line.
 */
public final class SelfAssessmentService {

    /** The audit action of signing a self-assessment; the entity is the self-assessment. */
    static final String AUDIT_ACTION = "self-assess";

    private final Messages messages;
    private final ReadinessService readiness;

    public SelfAssessmentService(Messages messages, ReadinessService readiness) {
        this.messages = messages;
        this.readiness = readiness;
    }

    /** One line of two self-assessments side by side: its score in each (null where the line is not in one). */
    public record LineComparison(String id, int item, BigDecimal earlier, BigDecimal later) {

        /** How much the line gained (negative: lost); null when it is missing from one side. */
        public BigDecimal change() {
            return earlier == null || later == null ? null : later.subtract(earlier);
        }
    }

    /**
     * Scores the checklist on {@code asOf} and records it, signed by {@code signedBy} now. Refused, with nothing
     * written, without a name, for a day after {@code today}, or for a day before the enterprise's first record.
     */
    public SelfAssessment sign(Workspace workspace, ChecklistTemplate template, LocalDate asOf, String signedBy,
                               LocalDate today) {
        String name = signedBy == null ? "" : TextNormaliser.trim(signedBy);
        if (name.isEmpty()) {
            throw new ChecklistException(messages.get("selfAssessment.noName"));
        }
        Optional<LocalDate> first = workspace.read(store -> store.selfAssessments().firstRecordDay());
        if (!asOf.isAfter(today) && (first.isEmpty() || asOf.isBefore(first.get()))) {
            throw new ChecklistException(first.isEmpty() ? messages.get("selfAssessment.noRecords")
                    : messages.get("selfAssessment.beforeFirstRecord", asOf, first.get()));
        }
        ChecklistScore score = readiness.assess(workspace, template, asOf, today);
        // always with seconds (toString() leaves out ":00"), so the texts of two signings sort as their times
        String signedAt = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        SelfAssessmentRepository.Row row = new SelfAssessmentRepository.Row(0, asOf, template.name(),
                template.version(), new ChecklistJson().sha256(template), Points.text(score.score()),
                Points.text(score.totalPoints()), score.conclusion().name(), name, signedAt,
                new ScoreJson().write(score));
        long id = workspace.write(store -> {
            long saved = store.selfAssessments().insert(row);
            store.audit().record(AUDIT_ACTION, "self_assessment", saved, template.name() + " " + template.version()
                    + " " + asOf + " " + row.score() + " " + name);
            return saved;
        });
        return find(workspace, id).orElseThrow();
    }

    /** Every signed self-assessment, the latest first. */
    public List<SelfAssessment> history(Workspace workspace) {
        return workspace.read(store -> store.selfAssessments().all()).stream().map(SelfAssessmentService::of)
                .toList();
    }

    public Optional<SelfAssessment> find(Workspace workspace, long id) {
        return workspace.read(store -> store.selfAssessments().find(id)).map(SelfAssessmentService::of);
    }

    /** The lines of two self-assessments side by side, in the order of the earlier one, then lines only the later has. */
    public List<LineComparison> compare(SelfAssessment earlier, SelfAssessment later) {
        Map<String, LineScore> after = new LinkedHashMap<>();
        later.result().lines().forEach(l -> after.put(l.id(), l));
        List<LineComparison> lines = new ArrayList<>();
        for (LineScore before : earlier.result().lines()) {
            LineScore now = after.remove(before.id());
            lines.add(new LineComparison(before.id(), before.item(), before.score(), now == null ? null : now.score()));
        }
        after.values().forEach(l -> lines.add(new LineComparison(l.id(), l.item(), null, l.score())));
        return lines;
    }

    private static SelfAssessment of(SelfAssessmentRepository.Row row) {
        return new SelfAssessment(row.id(), row.asOf(), row.templateName(), row.templateVersion(),
                row.templateSha256(), new BigDecimal(row.score()), new BigDecimal(row.maxScore()),
                Conclusion.valueOf(row.conclusion()), row.signedBy(), row.signedAt(),
                new ScoreJson().read(row.resultJson()));
    }
}
