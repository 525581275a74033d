package org.nineones.service.inspection;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.JudgementDraft;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.Verdict;
import org.nineones.model.inspection.ChosenTemplate;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.model.inspection.ReviewAttachment;
import org.nineones.model.inspection.ScoreChange;
import org.nineones.model.inspection.SignedRecord;
import org.nineones.service.acceptance.JudgementException;
import org.nineones.service.acceptance.JudgementService;
import org.nineones.service.acceptance.ReadinessService;
import org.nineones.service.acceptance.RecomputedRecords;
import org.nineones.service.acceptance.checklist.ChecklistException;
import org.nineones.store.InspectionFile;
import org.nineones.store.InspectionRepository;
import org.nineones.store.InspectionReviewRepository;

/**
 * The inspector's review of an inspection (issue 13, points 3, 5 and the signing of 6), kept in the inspection file:
 * the review itself ({@link #review}, nothing written) and the inspector's actions — choose the template, change a
 * line's score with a reason, judge a manual line with a note and photos, add findings (by hand or from a line's
 * deduction or veto), sign the on-site record once. Each action is one write of the file; a refusal
 * ({@link InspectionReviewException}) writes nothing. After signing, nothing changes.
 */
public final class InspectionReviewService {

    /** The largest photo a judgement keeps. */
    static final long MAX_PHOTO_BYTES = 20L * 1024 * 1024;
    /** How many packages' findings a warm review keeps. */
    private static final int KEPT_PACKAGES = 4;
    /** How many of a line's deductions (or a veto's findings) a finding made from it names; then "…等 N 处". */
    static final int SEEN_LISTED = 8;

    private final Messages messages;
    private final InspectionService inspections;
    private final ReadinessService readiness;
    private final JudgementService judgements;
    private final ReviewScoring scoring;
    /** The records' findings of the last packages reviewed, by fingerprint and day. */
    private final Map<String, Map<String, List<Finding>>> recordFindings = Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, List<Finding>>> eldest) {
                    return size() > KEPT_PACKAGES;
                }
            });

    public InspectionReviewService(Messages messages, InspectionService inspections, ReadinessService readiness,
                                   JudgementService judgements) {
        this.messages = messages;
        this.inspections = inspections;
        this.readiness = readiness;
        this.judgements = judgements;
        this.scoring = new ReviewScoring(messages, readiness, judgements);
    }

    /**
     * The review as it stands: every line recomputed from the package's records on the day the enterprise scored
     * itself (the package's day without a self-assessment), with the spot check's ratings and the inspector's
     * judgements; the inspector's changed scores; the enterprise's self-score beside each line. Nothing is written.
     */
    public InspectorReview review(InspectionFile file, Inspection inspection, SpotCheckRatings ratings) {
        ReviewState state = file.read(r -> ReviewState.read(r, inspection, messages, true));
        List<SpotCheckRatings.Rated> rated = ratings.ratings(file, inspection);
        return scoring.review(inspection, state, rated, recordFindings(file, inspection, state.asOf()));
    }

    /**
     * What the package's records show on the day: computed once per package (by its fingerprint) and day, since what
     * an inspection copied from a package never changes; the last few are kept for a warm review.
     */
    private Map<String, List<Finding>> recordFindings(InspectionFile file, Inspection inspection, LocalDate asOf) {
        String key = inspection.packageFingerprint() + "@" + asOf;
        Map<String, List<Finding>> found = recordFindings.get(key);
        if (found == null) {
            try (RecomputedRecords.Loaded records = inspections.records(file, inspection)) {
                found = scoring.recordFindings(records.workspace(), asOf);
            }
            recordFindings.put(key, found);
        }
        return found;
    }

    /**
     * Scores the inspection against a county's template file (.json or Excel), kept whole in the inspection file;
     * {@code templateFile} null goes back to the package's own checklist.
     *
     * @throws InspectionReviewException TEMPLATE when the file is not a usable checklist, SIGNED after signing
     */
    public ChosenTemplate chooseTemplate(InspectionFile file, Inspection inspection, Path templateFile) {
        ChecklistTemplate template = templateFile == null ? null : templateFile(templateFile);
        ChecklistJson json = new ChecklistJson();
        return file.write(r -> {
            unsigned(r, inspection);
            ChecklistTemplate chosen = template != null ? template
                    : ReviewState.packagedTemplate(r, inspection, messages);
            r.review().chooseTemplate(inspection.id(), template != null ? ChosenTemplate.FILE : ChosenTemplate.PACKAGE,
                    template != null ? templateFile.getFileName().toString() : "", chosen.name(), chosen.version(),
                    json.sha256(chosen), json.canonical(chosen));
            return r.review().template(inspection.id()).orElseThrow();
        });
    }

    /**
     * Changes a line's score, with a reason; the enterprise's self-score stays as it was signed.
     *
     * @throws InspectionReviewException UNKNOWN_LINE, VETO_LINE, SCORE_RANGE (below 0 or above the line's points),
     *                                   NO_REASON, SIGNED
     */
    public ScoreChange changeScore(InspectionFile file, Inspection inspection, String lineId, BigDecimal score,
                                   String reason) {
        if (score == null) {
            throw new InspectionReviewException(InspectionReviewException.Reason.SCORE_RANGE, "score",
                    messages.get("review.error.noScore", lineId == null ? "" : lineId.strip()), null);
        }
        return recordChange(file, inspection, lineId, score, reason);
    }

    /** Takes a line back to the score the records give, with a reason (refused as {@link #changeScore}). */
    public ScoreChange restoreScore(InspectionFile file, Inspection inspection, String lineId, String reason) {
        return recordChange(file, inspection, lineId, null, reason);
    }

    private ScoreChange recordChange(InspectionFile file, Inspection inspection, String lineId, BigDecimal score,
                                     String reason) {
        String why = reason == null ? "" : reason.strip();
        return file.write(r -> {
            ReviewState state = unsigned(r, inspection);
            ChecklistLine line = line(state.template(), lineId);
            if (line.veto().type().withoutPoints()) {
                throw refusal(InspectionReviewException.Reason.VETO_LINE, "score",
                        messages.get("review.error.vetoLine", line.id()));
            }
            if (score != null && (score.signum() < 0 || score.compareTo(line.pointsOrZero()) > 0)) {
                throw refusal(InspectionReviewException.Reason.SCORE_RANGE, "score", messages.get(
                        "review.error.scoreRange", line.id(), Points.text(score), Points.text(line.pointsOrZero())));
            }
            if (why.isEmpty()) {
                throw refusal(InspectionReviewException.Reason.NO_REASON, "reason",
                        messages.get("review.error.noReason", line.id()));
            }
            InspectionReviewRepository review = r.review();
            long id = review.changeScore(inspection.id(), state.template().name(), line.id(), score, why);
            return review.scoreChanges(inspection.id(), state.template().name()).stream().filter(c -> c.id() == id)
                    .findFirst().orElseThrow();
        });
    }

    /** A judgement recorded, with its photos. */
    public record Judged(LineJudgement judgement, List<ReviewAttachment> photos) {
    }

    /**
     * Judges a manual line (evidence M or A+M) as the enterprise side judges it — a verdict, its points (deducted or
     * given), a note — with photos kept in the inspection file. The enterprise's own judgement is never used.
     *
     * @throws InspectionReviewException UNKNOWN_LINE, JUDGEMENT (the enterprise side's refusal sentence: a verdict
     *                                   that does not suit the line, points out of range, a deduction without a note,
     *                                   a line taken back to not judged that is not judged), PHOTO, SIGNED
     */
    public Judged judge(InspectionFile file, Inspection inspection, String lineId, Verdict verdict, BigDecimal points,
                        String note, List<Path> photos) {
        List<InspectionReviewRepository.NewAttachment> files = readPhotos(photos);
        return file.write(r -> {
            ReviewState state = unsigned(r, inspection);
            ChecklistTemplate template = state.template();
            ChecklistLine line = line(template, lineId);
            JudgementDraft draft = new JudgementDraft(verdict, points, note, "", List.of());
            try {
                judgements.check(line, draft);
            } catch (JudgementException e) {
                throw new InspectionReviewException(InspectionReviewException.Reason.JUDGEMENT, e.field(),
                        e.getMessage(), e);
            }
            InspectionReviewRepository review = r.review();
            List<LineJudgement> before = review.judgements(inspection.id(), template.name());
            JudgementService.InForce judged = judgements.inForce(template, before);
            if (verdict == Verdict.NOT_JUDGED && !judged.judgements().containsKey(line.id())
                    && !judged.notApplicable().contains(line.id())) {
                throw refusal(InspectionReviewException.Reason.JUDGEMENT, "verdict",
                        messages.get("judgement.error.notJudged", line.id()));
            }
            long id = review.judge(inspection.id(), new InspectionReviewRepository.NewJudgement(template.name(),
                    template.version(), line.id(), verdict, verdict.withPoints() ? draft.points() : null,
                    draft.note()));
            List<ReviewAttachment> kept = files.isEmpty() ? List.of()
                    : review.attach(inspection.id(), ReviewAttachment.JUDGEMENT, id, files);
            LineJudgement saved = review.judgements(inspection.id(), template.name()).stream()
                    .filter(j -> j.id() == id).findFirst().orElseThrow();
            return new Judged(saved, kept);
        });
    }

    /** The bytes of a photo the inspection keeps. */
    public byte[] photo(InspectionFile file, ReviewAttachment photo) {
        return file.read(r -> r.review().attachmentContent(photo.id())).orElseThrow();
    }

    /**
     * A finding drafted from a line of the review: what was seen is the line's deductions with their reasons (and the
     * inspector's changed score or note), or the veto's findings; the requirement is the veto's rectification or the
     * line's criterion. The deadline and the responsible person are the inspector's to give.
     *
     * @throws InspectionReviewException UNKNOWN_LINE, NOTHING_TO_FIND when the line lost no points and no veto failed
     */
    public FindingDraft draftFromLine(InspectorReview review, String lineId) {
        InspectorReview.Line line = review.line(lineId).orElseThrow(() -> refusal(
                InspectionReviewException.Reason.UNKNOWN_LINE, "line", messages.get("review.error.unknownLine",
                        review.template().name(), lineId == null ? "" : lineId.strip())));
        var score = line.score();
        boolean veto = score.veto() != null;
        if (!veto && (score.deducted() == null || score.deducted().signum() == 0)) {
            throw refusal(InspectionReviewException.Reason.NOTHING_TO_FIND, "line",
                    messages.get("review.error.nothingToFind", line.id()));
        }
        List<String> records = veto ? score.veto().findings().stream().map(f -> f.what()).toList()
                : score.charges().stream().filter(c -> c.points() != null && c.points().signum() > 0)
                        .map(c -> messages.get("review.finding.charge", c.what(), Points.text(c.points()))).toList();
        List<String> seen = new ArrayList<>(firstListed(records, messages));
        line.change().ifPresent(c -> seen.add(messages.get("review.finding.changed", Points.text(c.score()),
                c.reason())));
        line.judgement().filter(j -> !j.note().isBlank())
                .ifPresent(j -> seen.add(messages.get("review.finding.judged", j.note())));
        if (seen.isEmpty()) {
            seen.add(veto ? messages.get("review.finding.vetoed", line.id(), line.line().criterion())
                    : messages.get("review.finding.deducted", Points.text(score.deducted())));
        }
        String rectification = veto ? score.veto().rectification() : "";
        return new FindingDraft(line.id(), veto ? InspectionFinding.Source.VETO : InspectionFinding.Source.DEDUCTION,
                String.join("；", seen), rectification.isBlank() ? line.line().criterion() : rectification, null, "");
    }

    /**
     * The first {@value #SEEN_LISTED} of a line's records and then how many in all, as the self-assessment report
     * lists them: findings and deductions are read on paper, not scrolled.
     */
    public static List<String> firstListed(List<String> all, Messages messages) {
        if (all.size() <= SEEN_LISTED) {
            return all;
        }
        List<String> listed = new ArrayList<>(all.subList(0, SEEN_LISTED));
        listed.add(messages.get("review.finding.more", all.size()));
        return listed;
    }

    /** {@link #draftFromLine} recorded with the inspector's deadline and responsible person, in one click. */
    public InspectionFinding findingFromLine(InspectionFile file, InspectorReview review, String lineId,
                                             LocalDate deadline, String responsible) {
        return addFinding(file, review.inspection(), draftFromLine(review, lineId).with(deadline, responsible));
    }

    /**
     * Records a finding with a new unique id.
     *
     * @throws InspectionReviewException NO_SEEN, NO_DEADLINE, UNKNOWN_LINE (a line id the template has not), SIGNED
     */
    public InspectionFinding addFinding(InspectionFile file, Inspection inspection, FindingDraft draft) {
        if (draft.seen().isEmpty()) {
            throw refusal(InspectionReviewException.Reason.NO_SEEN, "seen", messages.get("review.error.noSeen"));
        }
        if (draft.deadline() == null) {
            throw refusal(InspectionReviewException.Reason.NO_DEADLINE, "deadline",
                    messages.get("review.error.noDeadline", shortly(draft.seen())));
        }
        return file.write(r -> {
            ReviewState state = unsigned(r, inspection);
            if (!draft.lineId().isEmpty()) {
                line(state.template(), draft.lineId());
            }
            return r.review().addFinding(inspection.id(), new InspectionFinding(UUID.randomUUID().toString(),
                    draft.lineId(), draft.source(), draft.seen(), draft.requirement(), draft.deadline(),
                    draft.responsible(), null, null));
        });
    }

    /**
     * Signs the on-site record, once: the record as written and the review's result as it stands now (template,
     * score, conclusion, every line), final. After this nothing of the inspection's review changes.
     *
     * @throws InspectionReviewException RECORD_INCOMPLETE (time, place, content, inspectors, the enterprise's
     *                                   responsible person, the note of a refusal to sign), SIGNED_TWICE
     */
    public SignedRecord sign(InspectionFile file, Inspection inspection, SpotCheckRatings ratings, OnSiteRecord record) {
        file.read(r -> r.review().signed(inspection.id())).ifPresent(s -> {
            throw signedTwice(inspection, s);
        });
        requireField(record.checkedAt(), "checkedAt");
        requireField(record.place(), "place");
        requireField(record.content(), "content");
        requireField(record.inspectors().isEmpty() ? "" : "x", "inspectors");
        requireField(record.responsiblePerson(), "responsiblePerson");
        if (record.refusedToSign() && record.refusalNote().isEmpty()) {
            throw refusal(InspectionReviewException.Reason.RECORD_INCOMPLETE, "refusalNote",
                    messages.get("review.error.refusalNote"));
        }
        InspectorReview review = review(file, inspection, ratings);
        var score = review.score();
        SignedRecord result = new SignedRecord(record, score.templateName(), score.templateVersion(),
                review.templateSha256(), review.asOf(), score.score(), score.totalPoints(), score.conclusion(), score,
                "", "");
        return file.write(r -> {
            r.review().signed(inspection.id()).ifPresent(s -> {
                throw signedTwice(inspection, s);
            });
            r.review().sign(inspection.id(), record, result);
            return r.review().signed(inspection.id()).orElseThrow();
        });
    }

    // ---- shared checks

    /** The template and signature of the inspection, refused when it is signed. */
    private ReviewState unsigned(InspectionRepository r, Inspection inspection) {
        ReviewState state = ReviewState.read(r, inspection, messages, false);
        state.signed().ifPresent(s -> {
            throw refusal(InspectionReviewException.Reason.SIGNED, "",
                    messages.get("review.error.signed", inspection.enterpriseName(), s.signedAt()));
        });
        return state;
    }

    private InspectionReviewException signedTwice(Inspection inspection, SignedRecord s) {
        return refusal(InspectionReviewException.Reason.SIGNED_TWICE, "",
                messages.get("review.error.signedTwice", inspection.enterpriseName(), s.signedAt()));
    }

    private ChecklistLine line(ChecklistTemplate template, String lineId) {
        String id = lineId == null ? "" : lineId.strip();
        return template.line(id).orElseThrow(() -> refusal(InspectionReviewException.Reason.UNKNOWN_LINE, "line",
                messages.get("review.error.unknownLine", template.name(), id)));
    }

    private ChecklistTemplate templateFile(Path templateFile) {
        if (!ReviewService.looksLikeChecklist(templateFile)) {
            throw refusal(InspectionReviewException.Reason.TEMPLATE, "template",
                    messages.get("review.error.templateFile", templateFile.getFileName()));
        }
        try {
            return readiness.template(null, templateFile.toString());
        } catch (ChecklistException e) {
            throw new InspectionReviewException(InspectionReviewException.Reason.TEMPLATE, "template",
                    e.getMessage(), e);
        }
    }

    private List<InspectionReviewRepository.NewAttachment> readPhotos(List<Path> photos) {
        List<InspectionReviewRepository.NewAttachment> files = new ArrayList<>();
        for (Path photo : photos == null ? List.<Path>of() : photos) {
            String name = photo.getFileName() == null ? photo.toString() : photo.getFileName().toString();
            try {
                long size = Files.size(photo);
                if (size > MAX_PHOTO_BYTES) {
                    throw refusal(InspectionReviewException.Reason.PHOTO, "photos", messages.get(
                            "review.error.photoSize", name, size / (1024 * 1024), MAX_PHOTO_BYTES / (1024 * 1024)));
                }
                files.add(new InspectionReviewRepository.NewAttachment(name, Files.readAllBytes(photo)));
            } catch (IOException e) {
                throw new InspectionReviewException(InspectionReviewException.Reason.PHOTO, "photos",
                        messages.get("review.error.photo", name), e);
            }
        }
        return files;
    }

    private void requireField(String value, String field) {
        if (value == null || value.isBlank()) {
            throw refusal(InspectionReviewException.Reason.RECORD_INCOMPLETE, field,
                    messages.get("review.error.recordField", messages.get("review.field." + field)));
        }
    }

    private static String shortly(String text) {
        return text.codePointCount(0, text.length()) <= 20 ? text
                : text.codePoints().limit(20).mapToObj(Character::toString).collect(Collectors.joining()) + "…";
    }

    private static InspectionReviewException refusal(InspectionReviewException.Reason reason, String field,
                                                     String sentence) {
        return new InspectionReviewException(reason, field, sentence, null);
    }
}
