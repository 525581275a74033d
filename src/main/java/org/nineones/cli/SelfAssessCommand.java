package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.SelfAssessmentReport;
import org.nineones.service.acceptance.SelfAssessmentService;
import org.nineones.service.acceptance.SelfAssessmentService.LineComparison;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones self-assess}: record a signed self-assessment (自评), list them, or compare two line by line. A
 * signed self-assessment is final; a later one never changes it.
 */
@Command(name = "self-assess", mixinStandardHelpOptions = true,
        description = {"Score the acceptance checklist against the records as they stood on a day and record it, "
                + "signed by the person named: from then on it is final. --list shows the self-assessments signed; "
                + "--compare A B puts two of them side by side, line by line.",
                "--print OUT.pdf prints the self-assessment report (自评报告) of the latest signed one, or of --id N; "
                        + "with --signed-by, of the one just signed; with --preview, of the day's score not signed, "
                        + "marked 未签署·预览.",
                "Exit codes: 0 done, 1 refused (no name, a day in the future or before the first record, no such "
                        + "checklist or self-assessment, nothing signed to print, the file cannot be written)."})
final class SelfAssessCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--signed-by", paramLabel = "NAME", description = "who signs the self-assessment")
    private String signedBy;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the day it assesses (default: today)")
    private LocalDate date;

    @Option(names = "--template", paramLabel = "FILE|NAME", description = "a checklist file or the name of one "
            + "imported into the workspace (default: the default checklist)")
    private String template;

    @Option(names = "--list", description = "list the signed self-assessments, the latest first")
    private boolean list;

    @Option(names = "--compare", arity = "2", paramLabel = "ID", description = "compare two self-assessments by "
            + "their numbers (#), line by line")
    private List<Long> compare;

    @Option(names = "--print", paramLabel = "OUT.pdf", description = "print the self-assessment report (自评报告) "
            + "of the latest signed self-assessment (or --id) to this PDF")
    private Path print;

    @Option(names = "--id", paramLabel = "N", description = "with --print: the self-assessment's number (#)")
    private Long id;

    @Option(names = "--preview", description = "with --print: the score of --date (default: today) not signed, "
            + "marked 未签署·预览; nothing is recorded")
    private boolean preview;

    SelfAssessCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        SelfAssessmentService self = services.selfAssessments();
        Messages m = services.messages();
        PrintWriter out = spec.commandLine().getOut();
        if (print != null) {
            CliSupport.checkOutput(print, workspace, template == null ? null : Path.of(template.strip()));
        }
        try (Workspace ws = services.workspaces().open(workspace)) {
            if (print != null && (signedBy == null || preview || id != null)) {
                return print(ws, self, m, out);
            }
            if (list) {
                List<SelfAssessment> history = self.history(ws);
                if (history.isEmpty()) {
                    out.println(m.get("selfAssessment.cli.none"));
                }
                for (SelfAssessment s : history) {
                    out.println(m.get("selfAssessment.cli.row", s.id(), s.asOf(), Points.text(s.score()),
                            m.of(s.conclusion()), s.templateName(), s.templateVersion(), s.signedBy(), s.signedAt()));
                }
                return NineonesCli.OK;
            }
            if (compare != null) {
                SelfAssessment a = find(self, ws, compare.get(0));
                SelfAssessment b = find(self, ws, compare.get(1));
                if (a == null || b == null) {
                    spec.commandLine().getErr().println(m.get("selfAssessment.cli.notFound",
                            a == null ? compare.get(0) : compare.get(1)));
                    return NineonesCli.FAILED;
                }
                out.println(m.get("selfAssessment.cli.compareHead", a.id(), a.asOf(), Points.text(a.score()), b.id(),
                        b.asOf(), Points.text(b.score())));
                for (LineComparison line : self.compare(a, b)) {
                    out.println(m.get("selfAssessment.cli.compareLine", line.id(), m.get("checklist.item." + line.item()),
                            text(line.earlier()), text(line.later()),
                            line.change() == null ? "" : (line.change().signum() > 0 ? "+" : "")
                                    + Points.text(line.change())));
                }
                return NineonesCli.OK;
            }
            LocalDate today = LocalDate.now();
            ChecklistTemplate checklist = services.readiness().template(ws, template);
            SelfAssessment s = self.sign(ws, checklist, date != null ? date : today, signedBy, today);
            out.println(m.get("selfAssessment.cli.signed", s.id(), s.templateName(), s.templateVersion(), s.asOf(),
                    Points.text(s.score()), Points.text(s.maxScore()), m.of(s.conclusion()), s.signedBy(),
                    s.signedAt()));
            if (print != null) {
                // --signed-by with --print: the one just signed
                SelfAssessmentReport.Result result = services.selfAssessmentReport().write(ws, s, print,
                        Progress.NONE);
                out.println(m.get("selfReport.cli.printed", CliSupport.display(result.file()), result.pages()));
            }
            return NineonesCli.OK;
        }
    }

    /** {@code --print}: the report of a signed self-assessment, or with {@code --preview} of the day's score. */
    private int print(Workspace ws, SelfAssessmentService self, Messages m, PrintWriter out) {
        SelfAssessmentReport report = services.selfAssessmentReport();
        SelfAssessmentReport.Result result;
        if (preview) {
            LocalDate today = LocalDate.now();
            LocalDate day = date != null ? date : today;
            ChecklistTemplate checklist = services.readiness().template(ws, template);
            result = report.writePreview(ws, checklist, services.readiness().assess(ws, checklist, day, today), day,
                    print, Progress.NONE);
        } else {
            SelfAssessment s = id != null ? find(self, ws, id)
                    : self.history(ws).stream().findFirst().orElse(null);
            if (s == null) {
                spec.commandLine().getErr().println(id != null ? m.get("selfAssessment.cli.notFound", id)
                        : m.get("selfReport.cli.noneSigned"));
                return NineonesCli.FAILED;
            }
            result = report.write(ws, s, print, Progress.NONE);
        }
        out.println(m.get("selfReport.cli.printed", CliSupport.display(result.file()), result.pages()));
        return NineonesCli.OK;
    }

    private static SelfAssessment find(SelfAssessmentService self, Workspace ws, long id) {
        return self.find(ws, id).orElse(null);
    }

    private static String text(java.math.BigDecimal points) {
        return points == null ? "—" : Points.text(points);
    }
}
