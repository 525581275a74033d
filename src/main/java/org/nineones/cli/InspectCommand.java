package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.SignedRecord;
import org.nineones.service.inspection.InspectionException;
import org.nineones.service.inspection.InspectionPapers;
import org.nineones.service.inspection.InspectionScript;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nineones inspect}: a whole inspection from files (issue 13, point 8) — the package opened in the inspection
 * file, the spot check drawn by seed and rated, the inspector's scores, a finding of every deduction and veto, the
 * on-site record signed, the acceptance opinion and the findings file written ({@link InspectionScript}). The seed,
 * the files and the outputs are checked whole before the inspection file is touched.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Run a whole inspection from files: the package is verified and opened in the inspection file "
                + "(made when missing), the workers are drawn with the seed and rated from --ratings (TSV: name or "
                + "employee number, TAB, 熟知/基本熟知/不熟知, optionally TAB and a note), lines are scored from "
                + "--scores (TSV: line id, TAB, score, TAB, reason), every deduction and veto becomes a finding with "
                + "the deadline and responsible person, the on-site record is signed (with the opinion's number and "
                + "the team's words, if given) and the acceptance opinion and the findings file are written. The "
                + "files are checked whole first: a refusal changes nothing. An inspection is signed once: a second "
                + "run is refused.",
                "Exit codes: 0 done, 1 a refusal (bad seed, file, rating, score, output, already signed), 3 the "
                        + "package does not verify (altered, missing or extra files, truncated)."})
final class InspectCommand implements Callable<Integer> {

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

    @Option(names = "--opinion-number", paramLabel = "TEXT", description = "the acceptance opinion's number as "
            + "the county writes it, e.g. 滨城验〔2026〕第 12 号 (default: none)")
    private String opinionNumber;

    @Option(names = "--opinion-text", paramLabel = "TEXT", description = "the inspection team's opinion (检查组意见) "
            + "printed on the acceptance opinion (default: a sentence of the score and conclusion)")
    private String opinionText;

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
        InspectionScript.Result result;
        try {
            services.draws().parseSeed(seed);
            CliSupport.checkOutput(opinion, zip, inspectionFile, ratings, scores);
            CliSupport.checkOutput(findings, zip, inspectionFile, ratings, scores, opinion);
            result = services.inspectionScript().run(new InspectionScript.Request(zip, inspectionFile, seed, size,
                    rule, ratings, scores, inspectors, place, responsible, deadlineDays, opinionNumber, opinionText,
                    opinion, findings));
        } catch (InspectionException e) {
            return CliSupport.refused(spec, "inspect", e);
        }
        print(m, result.inspection(), result.signed(), result.findings(), result.seed(), result.issued());
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
}
