package org.nineones.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.VetoHit;
import org.nineones.service.acceptance.ReadinessService;
import org.nineones.store.Workspace;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones assess}: the self-assessment the records would give on a day, against a checklist — score,
 * conclusion, vetoes and every deduction with the records it rests on. Nothing is written.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Score the acceptance checklist against the workspace's records as they stood on a day, and "
                + "print the score, the conclusion, the vetoes and every deduction with what it rests on. Nothing "
                + "is written. Lines judged by a person count full points until judged, and are flagged.",
                "Exit codes: 0 scored, 1 no such checklist or a day in the future."})
final class AssessCommand implements Callable<Integer> {

    /** Findings printed per line in the text output; the JSON has them all. */
    private static final int SHOWN_PER_LINE = 5;

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private java.nio.file.Path workspace;

    @Option(names = "--template", paramLabel = "FILE|NAME", description = "a checklist file (.json, .xlsx) or the "
            + "name of a checklist imported into the workspace (default: the default checklist)")
    private String template;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the day to score (default: today)")
    private LocalDate asOf;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    AssessCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate day = asOf != null ? asOf : today;
        ChecklistTemplate checklist;
        ChecklistScore score;
        try (Workspace ws = services.workspaces().open(workspace)) {
            ReadinessService.Scored scored = services.readiness().assess(ws, template, day, today);
            checklist = scored.template();
            score = scored.score();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            CliSupport.printJson(out, AssessJson.of(checklist, score, day));
        } else {
            text(out, score, day);
        }
        return NineonesCli.OK;
    }

    private void text(PrintWriter out, ChecklistScore score, LocalDate day) {
        Messages m = services.messages();
        out.println(m.get("readiness.cli.head", score.templateName(), score.templateVersion(), day.toString(),
                Points.text(score.score()), Points.text(score.totalPoints()), m.of(score.conclusion())));
        if (score.notApplicablePoints().signum() > 0) {
            out.println(m.get("readiness.cli.notApplicable", Points.text(score.notApplicablePoints()),
                    Points.text(score.totalPoints())));
        }
        for (VetoHit veto : score.vetoes()) {
            out.println(m.get("readiness.cli.veto", veto.lineId(), AssessJson.reason(veto)));
        }
        for (LineScore line : score.lines()) {
            String item = m.get("checklist.item." + line.item());
            if (line.notApplicable()) {
                out.println(m.get("readiness.cli.lineNotApplicable", line.id(), item));
                continue;
            }
            if (line.points().signum() == 0) {
                out.println(m.get("readiness.cli.vetoLine", line.id(), item,
                        m.get(line.veto() != null ? "readiness.cli.vetoHit" : "readiness.cli.vetoClear")));
                line.charges().stream().limit(SHOWN_PER_LINE)
                        .forEach(c -> out.println(m.get("readiness.cli.vetoFinding", c.what())));
                continue;
            }
            String pending = line.judged() ? "" : " " + m.get(line.evidence() == Evidence.MANUAL
                    ? "readiness.cli.unjudged" : "readiness.cli.unconfirmed");
            out.println(m.get("readiness.cli.line", line.id(), item, Points.text(line.score()),
                    Points.text(line.points()), Points.text(line.deducted()), pending));
            List<Charge> charges = line.charges();
            for (int i = 0; i < Math.min(SHOWN_PER_LINE, charges.size()); i++) {
                out.println(m.get("readiness.cli.finding", charges.get(i).what(), Points.text(charges.get(i).points())));
            }
            if (charges.size() > SHOWN_PER_LINE) {
                out.println(m.get("readiness.cli.moreFindings", charges.size() - SHOWN_PER_LINE));
            }
        }
        if (!score.unjudged().isEmpty()) {
            out.println(m.get("readiness.cli.unjudgedCount", score.unjudged().size()));
        }
    }
}
