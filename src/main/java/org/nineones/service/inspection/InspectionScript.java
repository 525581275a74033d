package org.nineones.service.inspection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.model.inspection.SignedRecord;
import org.nineones.pack.PackageFingerprint;
import org.nineones.service.Progress;
import org.nineones.store.InspectionFile;
import org.nineones.store.WorkspaceException;

/**
 * A whole inspection run from files ({@code nineones inspect}; issue 13, point 8): the package opened in the
 * inspection file (made when missing), the spot check drawn by seed and rated, the inspector's scores, a finding of
 * every deduction and veto with the deadline and the responsible person, the on-site record signed, and the
 * acceptance opinion and the findings file written through {@link InspectionPapers}. The seed, the files, the
 * ratings (against the draw) and the scores (against the checklist) are checked whole before the inspection file is
 * made or written; an inspection already signed is refused with the signed-twice sentence, writing nothing.
 */
public final class InspectionScript {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final InspectionService inspections;
    private final DrawService draws;
    private final ReviewService packageReviews;
    private final SpotCheckService spotChecks;
    private final InspectionReviewService reviews;
    private final InspectionPapers papers;

    public InspectionScript(Messages messages, InspectionService inspections, DrawService draws,
                            ReviewService packageReviews, SpotCheckService spotChecks,
                            InspectionReviewService reviews, InspectionPapers papers) {
        this.messages = messages;
        this.inspections = inspections;
        this.draws = draws;
        this.packageReviews = packageReviews;
        this.spotChecks = spotChecks;
        this.reviews = reviews;
        this.papers = papers;
    }

    /**
     * What to inspect and how: the package and the inspection file, the draw (seed as typed, size and rule or null),
     * the ratings and scores files (null: none), the inspectors (empty: one unnamed), place and responsible person
     * (null: a default wording), the days to rectify, the acceptance opinion's number and the team's words (null or
     * empty: none, the default sentence), signed with the record, and the two outputs.
     */
    public record Request(Path zip, Path inspectionFile, String seed, Integer size, String rule, Path ratings,
                          Path scores, List<String> inspectors, String place, String responsible, int deadlineDays,
                          String opinionNumber, String opinionText, Path opinion, Path findings) {

        public Request {
            inspectors = inspectors == null ? List.of()
                    : inspectors.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        }
    }

    /** What the run did: the inspection, its signed record, how many findings, the seed and the files written. */
    public record Result(Inspection inspection, SignedRecord signed, int findings, long seed,
                         InspectionPapers.Issued issued) {
    }

    /**
     * Runs the inspection.
     *
     * @throws InspectionException BAD_INPUT for a bad seed, deadline or line of a file (naming it); ALTERED when the
     *                             package does not verify
     * @throws InspectionReviewException SIGNED_TWICE when the inspection file already holds it signed
     * @throws WorkspaceException when the inspection file is an enterprise workspace or no inspection file
     */
    public Result run(Request r) throws WorkspaceException {
        long seed = draws.parseSeed(r.seed());
        if (r.deadlineDays() < 1 || r.deadlineDays() > 3650) {
            throw new InspectionException(InspectionException.Reason.BAD_INPUT,
                    messages.get("inspect.error.deadline", String.valueOf(r.deadlineDays())), null, null);
        }
        InspectionInputs inputs = new InspectionInputs(messages);
        List<InspectionInputs.RatingLine> ratingLines = inputs.ratings(r.ratings());
        List<InspectionInputs.ScoreLine> scoreLines = inputs.scores(r.scores());
        DrawResult draw = draws.draw(r.zip(), seed, r.size(), r.rule());
        List<InspectionInputs.Rating> rated = inputs.match(r.ratings(), ratingLines, draw);
        boolean existed = Files.exists(r.inspectionFile());
        if (!existed) {
            inputs.check(r.scores(), scoreLines, packageReviews.review(r.zip(), null).template());
        }
        try (InspectionFile file = existed ? inspections.open(r.inspectionFile())
                : inspections.create(r.inspectionFile(), "")) {
            if (existed) {
                inputs.check(r.scores(), scoreLines, heldTemplate(file, r.zip()));
            }
            Inspection inspection = inspections.openPackage(file, r.zip(), null, Progress.NONE).inspection();
            spotChecks.draw(file, inspection, seed, r.size(), r.rule());
            for (InspectionInputs.Rating rating : rated) {
                spotChecks.rate(file, inspection, rating.person(), rating.familiarity(), rating.note(), null);
            }
            for (InspectionInputs.ScoreLine line : scoreLines) {
                reviews.changeScore(file, inspection, line.lineId(), line.score(), line.reason());
            }
            String responsible = blank(r.responsible()) ? messages.get("inspect.defaultResponsible")
                    : r.responsible().strip();
            InspectorReview review = reviews.review(file, inspection, spotChecks);
            LocalDate deadline = LocalDate.now().plusDays(r.deadlineDays());
            for (InspectorReview.Line line : review.lines()) {
                LineScore score = line.score();
                if (score.veto() != null || !score.notApplicable() && score.deducted() != null
                        && score.deducted().signum() > 0) {
                    reviews.findingFromLine(file, review, line.id(), deadline, responsible);
                }
            }
            OnSiteRecord record = new OnSiteRecord(LocalDateTime.now().format(MINUTE),
                    blank(r.place()) ? messages.get("inspect.defaultPlace") : r.place(),
                    messages.get("inspect.content", review.template().name(), inspection.packageFingerprint(),
                            String.valueOf(draw.size()), String.valueOf(seed)), "", "",
                    r.inspectors().isEmpty() ? List.of(messages.get("inspect.defaultInspector")) : r.inspectors(),
                    responsible, false, "", r.opinionNumber(), r.opinionText());
            reviews.sign(file, inspection, spotChecks, record);
            InspectionPapers.Papers state = papers.read(file, inspection);
            InspectionPapers.Issued issued = papers.issue(state, r.opinion(), r.findings(), Progress.NONE,
                    r.zip(), r.inspectionFile(), r.ratings(), r.scores());
            return new Result(inspection, state.signed().orElseThrow(), state.review().findings().size(), seed, issued);
        }
    }

    /**
     * The checklist an existing inspection file scores this package against (the package's own when the file does
     * not hold it yet); refused with the signed-twice sentence when the inspection is signed.
     */
    private ChecklistTemplate heldTemplate(InspectionFile file, Path zip) {
        Optional<Inspection> held = file.read(x -> x.byFingerprint(PackageFingerprint.of(zip)));
        if (held.isEmpty()) {
            return packageReviews.review(zip, null).template();
        }
        InspectorReview before = reviews.review(file, held.get(), spotChecks);
        before.signed().ifPresent(signed -> {
            throw new InspectionReviewException(InspectionReviewException.Reason.SIGNED_TWICE,
                    messages.get("review.error.signedTwice", held.get().enterpriseName(), signed.signedAt()));
        });
        return before.template();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
