package org.nineones.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.VetoHit;
import org.nineones.service.inspection.InspectionException;
import org.nineones.service.inspection.ReviewService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones review}: the inspector's recomputed review of an acceptance package (issue 13) — verified first, then
 * the checklist scored from the package's records by the enterprise side's own code, beside the enterprise's signed
 * self-score of each line. Nothing is written.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Recompute the acceptance review from a package: the package is verified, then the checklist "
                + "the enterprise used (or the one given) is scored from the package's records on the day the "
                + "enterprise's self-assessment was scored (the day the package was made when it holds none), and "
                + "printed beside the enterprise's self-score of each line. Nothing is written.",
                "Exit codes: 0 reviewed, 1 a file that is not a package or a checklist, 3 the package does not "
                        + "verify (altered, missing or extra files, truncated)."})
final class ReviewCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--package", required = true, paramLabel = "PACKAGE.zip", description = "the acceptance package")
    private Path file;

    @Option(names = "--template", paramLabel = "FILE", description = "a checklist file (.json, .xlsx) to score "
            + "against instead of the package's checklist.json (e.g. the county's own)")
    private Path template;

    @Option(names = "--json", description = "print JSON (the shape of assess --json, with selfScore on each line "
            + "and the self-assessment as self) instead of text")
    private boolean json;

    ReviewCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        ReviewService.Review review;
        try {
            review = services.reviews().review(file, template);
        } catch (InspectionException e) {
            return CliSupport.refused(spec, "review", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            CliSupport.printJson(out, json(review));
        } else {
            text(out, review);
        }
        return NineonesCli.OK;
    }

    private static Map<String, Object> json(ReviewService.Review review) {
        Map<String, Object> root = AssessJson.of(review.template(), review.score(), review.asOf(),
                (line, fields) -> fields.put("selfScore", review.selfScore(line.id())));
        root.put("self", review.self().map(s -> CliSupport.object("score", s.score(), "conclusion",
                AssessJson.conclusion(s.conclusion()), "signedBy", s.signedBy(), "signedAt", s.signedAt(),
                "asOf", s.asOf().toString())).orElse(null));
        return root;
    }

    private void text(PrintWriter out, ReviewService.Review review) {
        Messages m = services.messages();
        ChecklistScore score = review.score();
        out.println(m.get("review.cli.head", score.templateName(), score.templateVersion(), review.asOf().toString()));
        for (LineScore line : score.lines()) {
            String item = m.get("checklist.item." + line.item());
            BigDecimal self = review.selfScore(line.id());
            String selfText = self == null ? m.get("review.cli.noSelfScore") : Points.text(self);
            if (line.notApplicable()) {
                out.println(m.get("review.cli.lineNotApplicable", line.id(), item, selfText));
            } else if (line.points().signum() == 0) {
                out.println(m.get("review.cli.vetoLine", line.id(), item,
                        m.get(line.veto() != null ? "readiness.cli.vetoHit" : "readiness.cli.vetoClear")));
            } else {
                out.println(m.get("review.cli.line", line.id(), item, Points.text(line.score()),
                        Points.text(line.points()), selfText));
            }
        }
        out.println(m.get("review.cli.total", Points.text(score.score()), Points.text(score.totalPoints()),
                m.of(score.conclusion())));
        for (VetoHit veto : score.vetoes()) {
            out.println(m.get("review.cli.veto", veto.lineId(), AssessJson.reason(veto)));
        }
        review.self().ifPresentOrElse(s -> out.println(m.get("review.cli.self", Points.text(s.score()),
                        Points.text(s.maxScore()), m.of(s.conclusion()), s.signedBy(), s.signedAt(), s.asOf().toString())),
                () -> out.println(m.get("review.cli.noSelf")));
    }
}
