package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.model.inspection.SignedRecord;
import org.nineones.pack.PackageFingerprint;
import org.nineones.service.Progress;
import org.nineones.service.inspection.DrawResult;
import org.nineones.service.inspection.InspectionException;
import org.nineones.service.inspection.InspectionPapers;
import org.nineones.service.inspection.InspectionReviewException;
import org.nineones.service.inspection.InspectionReviewService;
import org.nineones.service.inspection.InspectorReview;
import org.nineones.service.inspection.SpotCheckService;
import org.nineones.store.InspectionFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nineones inspect}: a whole inspection from files (issue 13, point 8) — the package opened in the inspection
 * file, the spot check drawn by seed and rated, the inspector's scores, a finding of every deduction and veto, the
 * on-site record signed, the acceptance opinion and the findings file written through {@link InspectionPapers}. The
 * seed, the files and the outputs are checked whole before the inspection file is touched.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Run a whole inspection from files: the package is verified and opened in the inspection file "
                + "(made when missing), the workers are drawn with the seed and rated from --ratings (TSV: name or "
                + "employee number, TAB, 熟知/基本熟知/不熟知, optionally TAB and a note), lines are scored from "
                + "--scores (TSV: line id, TAB, score, TAB, reason), every deduction and veto becomes a finding with "
                + "the deadline and responsible person, the on-site record is signed and the acceptance opinion and "
                + "the findings file are written. The files are checked whole first: a refusal changes nothing. An "
                + "inspection is signed once: a second run is refused.",
                "Exit codes: 0 done, 1 a refusal (bad seed, file, rating, score, output, already signed), 3 the "
                        + "package does not verify (altered, missing or extra files, truncated)."})
final class InspectCommand implements Callable<Integer> {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--package", required = true, paramLabel = "PACKAGE.zip", description = "the acceptance package")
    private Path zip;

    @Option(names = "--inspection", required = true, paramLabel = "FILE.nineinspect",
            description = "the inspector's inspection file (made when missing; never an enterprise workspace)")
    private Path inspectionFile;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "the draw's seed, a non-negative "
            + "whole number")
    private String seed;

    @Option(names = "--size", paramLabel = "N", description = "draw N people instead of the rule's size")
    private Integer size;

    @Option(names = "--rule", paramLabel = "NAME", description = "the sample-size rule: default or iso2859-s3")
    private String rule;

    @Option(names = "--ratings", paramLabel = "RATINGS.tsv", description = "the spot check's ratings")
    private Path ratings;

    @Option(names = "--scores", paramLabel = "SCORES.tsv", description = "the inspector's changed scores")
    private Path scores;

    @Option(names = "--inspector", paramLabel = "NAME", description = "an inspector's name (repeat for each)")
    private List<String> inspectors = new ArrayList<>();

    @Option(names = "--place", paramLabel = "TEXT", description = "where the check took place")
    private String place;

    @Option(names = "--responsible", paramLabel = "NAME", description = "the enterprise's responsible person: "
            + "present at the check and answering for the findings")
    private String responsible;

    @Option(names = "--deadline-days", paramLabel = "N", description = "days to rectify each finding (default 30)")
    private int deadlineDays = 30;

    @Option(names = "--opinion", required = true, paramLabel = "OUT.pdf", description = "the acceptance opinion")
    private Path opinion;

    @Option(names = "--findings", required = true, paramLabel = "OUT.zip", description = "the findings file")
    private Path findings;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    InspectCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = services.messages();
        try {
            return inspect(m);
        } catch (InspectionException e) {
            return CliSupport.refused(spec, "inspect", e);
        }
    }

    private int inspect(Messages m) throws Exception {
        long s = services.draws().parseSeed(seed);
        if (deadlineDays < 1 || deadlineDays > 3650) {
            throw new InspectionException(InspectionException.Reason.BAD_INPUT,
                    m.get("inspect.cli.error.deadline", String.valueOf(deadlineDays)), null, null);
        }
        InspectInputs inputs = new InspectInputs(m);
        List<InspectInputs.RatingLine> ratingLines = inputs.ratings(ratings);
        List<InspectInputs.ScoreLine> scoreLines = inputs.scores(scores);
        Path[] keep = {zip, inspectionFile, ratings, scores};
        CliSupport.checkOutput(opinion, keep);
        CliSupport.checkOutput(findings, zip, inspectionFile, ratings, scores, opinion);
        DrawResult draw = services.draws().draw(zip, s, size, rule);
        List<InspectInputs.Rating> rated = inputs.match(ratings, ratingLines, draw);

        boolean existed = Files.exists(inspectionFile);
        ChecklistTemplate packaged = null;
        if (!existed) {
            packaged = services.reviews().review(zip, null).template();
            inputs.check(scores, scoreLines, packaged);
        }
        try (InspectionFile file = existed ? services.inspections().open(inspectionFile)
                : services.inspections().create(inspectionFile, "")) {
            InspectionReviewService reviews = services.inspectionReviews();
            SpotCheckService spot = services.spotChecks();
            if (existed) {
                Optional<Inspection> held = file.read(r -> r.byFingerprint(PackageFingerprint.of(zip)));
                ChecklistTemplate template = packaged;
                if (held.isPresent()) {
                    InspectorReview before = reviews.review(file, held.get(), spot);
                    before.signed().ifPresent(signed -> {
                        throw new InspectionReviewException(InspectionReviewException.Reason.SIGNED_TWICE,
                                m.get("review.error.signedTwice", held.get().enterpriseName(), signed.signedAt()));
                    });
                    template = before.template();
                } else {
                    template = services.reviews().review(zip, null).template();
                }
                inputs.check(scores, scoreLines, template);
            }

            Inspection inspection = services.inspections().openPackage(file, zip, null, Progress.NONE).inspection();
            spot.draw(file, inspection, s, size, rule);
            for (InspectInputs.Rating r : rated) {
                spot.rate(file, inspection, r.person(), r.familiarity(), r.note(), null);
            }
            for (InspectInputs.ScoreLine line : scoreLines) {
                reviews.changeScore(file, inspection, line.lineId(), line.score(), line.reason());
            }
            InspectorReview review = reviews.review(file, inspection, spot);
            LocalDate deadline = LocalDate.now().plusDays(deadlineDays);
            String who = blank(responsible) ? m.get("inspect.cli.defaultResponsible") : responsible.strip();
            for (InspectorReview.Line line : review.lines()) {
                LineScore score = line.score();
                if (score.veto() != null || !score.notApplicable() && score.deducted() != null
                        && score.deducted().signum() > 0) {
                    reviews.findingFromLine(file, review, line.id(), deadline, who);
                }
            }
            List<String> names = inspectors.stream().filter(n -> !blank(n)).toList();
            OnSiteRecord record = new OnSiteRecord(LocalDateTime.now().format(MINUTE),
                    blank(place) ? m.get("inspect.cli.defaultPlace") : place,
                    m.get("inspect.cli.content", review.template().name(), inspection.packageFingerprint(),
                            String.valueOf(draw.size()), String.valueOf(s)), "", "",
                    names.isEmpty() ? List.of(m.get("inspect.cli.defaultInspector")) : names, who, false, "");
            reviews.sign(file, inspection, spot, record);

            InspectionPapers papers = services.inspectionPapers();
            InspectionPapers.Papers state = papers.read(file, inspection);
            InspectionPapers.Issued issued = papers.issue(state, "", "", opinion, findings, Progress.NONE, keep);
            print(m, inspection, state.signed().orElseThrow(), state.review().findings().size(), s, issued);
        }
        return NineonesCli.OK;
    }

    private void print(Messages m, Inspection inspection, SignedRecord signed, int findingCount, long s,
                       InspectionPapers.Issued issued) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = CliSupport.object("inspection", inspection.uid(), "enterprise",
                    inspection.enterpriseName(), "packageFingerprint", inspection.packageFingerprint(), "seed", s,
                    "template", signed.templateName(), "templateVersion", signed.templateVersion(), "score",
                    signed.score(), "maxScore", signed.maxScore(), "conclusion",
                    AssessJson.conclusion(signed.conclusion()), "findings", findingCount, "opinion",
                    issued.opinion().file().toString(), "findingsFile", issued.findings().file().toString(),
                    "findingsFingerprint", issued.findings().fingerprint());
            CliSupport.printJson(out, root);
            return;
        }
        out.println(m.get("inspect.cli.summary", inspection.enterpriseName(), signed.score().toPlainString(),
                signed.maxScore().toPlainString(), m.of(signed.conclusion()), String.valueOf(findingCount)));
        out.println(m.get("inspect.cli.opinion", issued.opinion().file()));
        out.println(m.get("inspect.cli.findings", issued.findings().file(), issued.findings().fingerprint()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
