package org.nineones.service.acceptance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.JudgementDraft;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.acceptance.ManualJudgement;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.Verdict;
import org.nineones.model.records.DutyRecord;
import org.nineones.store.LineJudgementRepository.NewJudgement;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The enterprise's judgements of the checklist lines a person judges (evidence M or A+M) and its 缺项 marks: one
 * entry point for the window and the command line. A judgement is final once recorded; a new judgement of the same
 * line supersedes it (the latest wins) and the history stays. Judgements are kept by the template's name and the line
 * id, so they carry over to a newer version of the same template while the line id exists there.
 * <p>
 * Everything the scorer would refuse (a judgement of a line of evidence A, points outside 0 and the line's points,
 * 缺项 where the template does not allow it) is refused here, against the template's line, when the judgement is
 * recorded; a stored judgement that a later version of the template no longer fits is left out of the score
 * ({@link #inForce}) and the line counts as not judged, so old data never breaks a score.
 */
public final class JudgementService {

    /** The audit action of judging a line; the entity is the judgement. */
    static final String AUDIT_ACTION = "judge";

    private final Messages messages;

    public JudgementService(Messages messages) {
        this.messages = messages;
    }

    /**
     * The judgements in force for {@code template}, as the scorer takes them: the judged lines by id, the lines marked
     * 缺项, and the stored judgements left out because the template no longer fits them (those lines count as not
     * judged).
     */
    public record InForce(Map<String, ManualJudgement> judgements, Set<String> notApplicable,
                          List<LineJudgement> skipped) {

        public static final InForce NONE = new InForce(Map.of(), Set.of(), List.of());

        public InForce {
            judgements = Map.copyOf(judgements);
            notApplicable = Set.copyOf(notApplicable);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * One line with its judgements: the line, the judgement in force (empty when there is none, or the latest takes
     * the line back to not judged), whether that judgement fits the line as the template now has it, and the
     * history, the latest first.
     */
    public record LineJudgements(ChecklistLine line, Optional<LineJudgement> current, boolean fits,
                                 List<LineJudgement> history) {

        public LineJudgements {
            history = List.copyOf(history);
        }
    }

    /**
     * Records a judgement of line {@code lineId} of {@code template}, by the template's line; refused, with nothing
     * written, when the line is not in the template, the verdict does not suit the line (a judgement of a line of
     * evidence A, a veto verdict on a line that is no veto, points on a veto line, 缺项 where not allowed), points are
     * missing or outside 0 and the line's points, a deduction or failed veto comes without a note, a record of duty
     * performance is unknown, named twice, withdrawn or corrected, or the line is taken back to not judged when it is
     * not judged.
     */
    public LineJudgement judge(Workspace workspace, ChecklistTemplate template, String lineId, JudgementDraft draft) {
        ChecklistLine line = line(template, lineId);
        check(line, draft);
        return workspace.write(store -> {
            checkRecords(store, draft.recordIds());
            if (draft.verdict() == Verdict.NOT_JUDGED && current(store.judgements().of(template.name(), line.id()))
                    .isEmpty()) {
                throw new JudgementException("verdict", messages.get("judgement.error.notJudged", line.id()));
            }
            long id = store.judgements().insert(new NewJudgement(template.name(), template.version(), line.id(),
                    draft.verdict(), draft.verdict().withPoints() ? draft.points() : null, draft.note(),
                    draft.judgedBy(), draft.recordIds()));
            store.audit().record(AUDIT_ACTION, "line_judgement", id, messages.get("judgement.audit",
                    template.name(), line.id(), messages.of(draft.verdict()), Points.text(draft.points()),
                    String.valueOf(draft.recordIds().size())));
            List<LineJudgement> all = store.judgements().of(template.name(), line.id());
            return all.get(all.size() - 1);
        });
    }

    /**
     * Refuses a judgement that does not suit the line (see {@link #judge}), before anything is written; shared with
     * the inspector's judgements of the same lines (service.inspection).
     *
     * @throws JudgementException naming the field at fault
     */
    public void check(ChecklistLine line, JudgementDraft draft) {
        if (draft.verdict() == null) {
            throw new JudgementException("verdict", messages.get("judgement.error.verdict", line.id()));
        }
        String misfit = misfit(line, draft.verdict(), draft.points());
        if (misfit != null) {
            throw new JudgementException(draft.verdict().withPoints() ? "points" : "verdict", misfit);
        }
        if (needsNote(line, draft.verdict(), draft.points()) && draft.note().isEmpty()) {
            throw new JudgementException("note", messages.get(draft.verdict() == Verdict.VETO_FAILED
                    ? "judgement.error.noteVeto" : "judgement.error.noteDeducted", line.id()));
        }
        if (new LinkedHashSet<>(draft.recordIds()).size() != draft.recordIds().size()) {
            throw new JudgementException("records", messages.get("judgement.error.sameRecord"));
        }
    }

    /** The line, its judgement in force and its history (the latest first). */
    public LineJudgements line(Workspace workspace, ChecklistTemplate template, String lineId) {
        ChecklistLine line = line(template, lineId);
        return of(line, workspace.read(store -> store.judgements().of(template.name(), line.id())));
    }

    /** Every line of the template with its judgements (none for most lines), in the template's order. */
    public List<LineJudgements> lines(Workspace workspace, ChecklistTemplate template) {
        Map<String, List<LineJudgement>> byLine = byLine(workspace.read(store -> store.judgements()
                .of(template.name())));
        List<LineJudgements> result = new ArrayList<>();
        for (ChecklistLine line : template.lines()) {
            result.add(of(line, byLine.getOrDefault(line.id(), List.of())));
        }
        return result;
    }

    private LineJudgements of(ChecklistLine line, List<LineJudgement> oldestFirst) {
        Optional<LineJudgement> current = current(oldestFirst);
        List<LineJudgement> latestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(latestFirst);
        return new LineJudgements(line, current,
                current.map(j -> misfit(line, j.verdict(), j.points()) == null).orElse(true), latestFirst);
    }

    /**
     * The judgements in force for the template, for the scorer; a stored judgement that no longer fits the template
     * (its line gone, fewer points than it deducts or gives, no longer a veto line, 缺项 no longer allowed) is skipped
     * and listed, never thrown.
     */
    public InForce inForce(Workspace workspace, ChecklistTemplate template) {
        return inForce(workspace, template, null);
    }

    /**
     * As {@link #inForce(Workspace, ChecklistTemplate)}, with the judgements as they stood on {@code asOf} (those
     * made that day or before, by the computer's calendar), so that the score of a past day does not change when a
     * line is judged later; {@code asOf} null: all of them.
     */
    public InForce inForce(Workspace workspace, ChecklistTemplate template, LocalDate asOf) {
        return inForce(template, workspace.read(store -> store.judgements().of(template.name())).stream()
                .filter(j -> asOf == null || !judgedOn(j).isAfter(asOf)).toList());
    }

    /**
     * The judgements in force for the template among {@code oldestFirst} (judgements of the template's name, the
     * oldest first, from wherever they are kept: the enterprise's workspace, the inspector's inspection file).
     */
    public InForce inForce(ChecklistTemplate template, List<LineJudgement> oldestFirst) {
        Map<String, List<LineJudgement>> byLine = byLine(oldestFirst);
        Map<String, ManualJudgement> judgements = new LinkedHashMap<>();
        Set<String> notApplicable = new HashSet<>();
        List<LineJudgement> skipped = new ArrayList<>();
        for (List<LineJudgement> all : byLine.values()) {
            Optional<LineJudgement> current = current(all);
            if (current.isEmpty()) {
                continue;
            }
            LineJudgement j = current.get();
            Optional<ChecklistLine> line = template.line(j.lineId());
            if (line.isEmpty() || misfit(line.get(), j.verdict(), j.points()) != null) {
                skipped.add(j);
            } else if (j.verdict() == Verdict.NOT_APPLICABLE) {
                notApplicable.add(j.lineId());
            } else {
                judgements.put(j.lineId(), j.toManual());
            }
        }
        return new InForce(judgements, notApplicable, skipped);
    }

    /** A verdict as people read it: 符合, 扣分 2 分, 得分 9 分, 否决触发, 缺项, 未评. */
    public String verdictText(Verdict verdict, BigDecimal points) {
        return verdict.withPoints() && points != null
                ? messages.get("judgement.text.points", messages.of(verdict), Points.text(points))
                : messages.of(verdict);
    }

    /** Whether a note is required: points deducted (a deduction above 0, a score below the line's) or a veto failed. */
    public static boolean needsNote(ChecklistLine line, Verdict verdict, BigDecimal points) {
        return switch (verdict) {
            case VETO_FAILED -> true;
            case DEDUCTED -> points != null && points.signum() > 0;
            case SCORED -> points != null && points.compareTo(line.pointsOrZero()) < 0;
            default -> false;
        };
    }

    /**
     * Whether a person may judge the line at all: a line of evidence M or A+M, or a line of evidence A that may be
     * marked 缺项 (the grid line in a county without grids, the certificates' line without special operations).
     */
    public static boolean judgeable(ChecklistLine line) {
        return line.evidence().manual() || line.notApplicable();
    }

    /** The verdicts the line takes, in the order a person chooses among them. */
    public static List<Verdict> verdicts(ChecklistLine line) {
        List<Verdict> verdicts = new ArrayList<>();
        if (line.evidence().manual()) {
            verdicts.add(Verdict.CONFIRMED);
            if (line.veto().type().withoutPoints()) {
                verdicts.add(Verdict.VETO_FAILED);
                verdicts.add(Verdict.VETO_MET);
            } else {
                verdicts.add(Verdict.DEDUCTED);
                verdicts.add(Verdict.SCORED);
            }
        }
        if (line.notApplicable()) {
            verdicts.add(Verdict.NOT_APPLICABLE);
        }
        verdicts.add(Verdict.NOT_JUDGED);
        return verdicts;
    }

    /** Why the verdict does not suit the line as the template has it, or null when it does. */
    private String misfit(ChecklistLine line, Verdict verdict, BigDecimal points) {
        if (verdict == Verdict.NOT_JUDGED) {
            return null;
        }
        if (verdict == Verdict.NOT_APPLICABLE) {
            return line.notApplicable() ? null : messages.get("judgement.error.notApplicable", line.id());
        }
        if (!line.evidence().manual()) {
            return messages.get("judgement.error.automatic", line.id());
        }
        boolean vetoLine = line.veto().type().withoutPoints();
        if ((verdict == Verdict.VETO_FAILED || verdict == Verdict.VETO_MET) && !vetoLine) {
            return messages.get("judgement.error.noVeto", line.id());
        }
        if (verdict.withPoints()) {
            if (vetoLine) {
                return messages.get("judgement.error.vetoPoints", line.id());
            }
            if (points == null) {
                return messages.get("judgement.error.noPoints", line.id());
            }
            if (points.signum() < 0 || points.compareTo(line.pointsOrZero()) > 0) {
                return messages.get("judgement.error.range", line.id(), Points.text(points),
                        Points.text(line.pointsOrZero()));
            }
        }
        return null;
    }

    private ChecklistLine line(ChecklistTemplate template, String lineId) {
        String id = lineId == null ? "" : lineId.strip();
        return template.line(id).orElseThrow(() -> new JudgementException("line",
                messages.get("judgement.error.noLine", template.name(), id)));
    }

    private void checkRecords(Store store, List<Long> ids) {
        for (Long id : ids) {
            DutyRecord r = store.dutyRecords().find(id, Map.of()).orElseThrow(() -> new JudgementException("records",
                    messages.get("judgement.error.noRecord", String.valueOf(id))));
            if (r.correctedById() != null) {
                throw new JudgementException("records", messages.get("judgement.error.correctedRecord",
                        String.valueOf(id), String.valueOf(r.correctedById())));
            }
            if (r.voided()) {
                throw new JudgementException("records", messages.get("judgement.error.withdrawnRecord",
                        String.valueOf(id)));
            }
        }
    }

    /** The day a judgement was made, in the computer's time zone. */
    private static LocalDate judgedOn(LineJudgement j) {
        return LocalDate.parse(RecordTime.local(j.judgedAt()).substring(0, 10));
    }

    /** The judgement in force: the latest, unless it takes the line back to not judged. */
    private static Optional<LineJudgement> current(List<LineJudgement> oldestFirst) {
        if (oldestFirst.isEmpty()) {
            return Optional.empty();
        }
        LineJudgement latest = oldestFirst.get(oldestFirst.size() - 1);
        return latest.verdict() == Verdict.NOT_JUDGED ? Optional.empty() : Optional.of(latest);
    }

    private static Map<String, List<LineJudgement>> byLine(List<LineJudgement> oldestFirst) {
        Map<String, List<LineJudgement>> byLine = new LinkedHashMap<>();
        oldestFirst.forEach(j -> byLine.computeIfAbsent(j.lineId(), k -> new ArrayList<>()).add(j));
        return byLine;
    }
}
