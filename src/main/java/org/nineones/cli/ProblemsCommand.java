package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.Problem;
import org.nineones.service.inspection.InspectionException;
import org.nineones.service.problems.FindingsImportResult;
import org.nineones.service.problems.OverdueMeasure;
import org.nineones.service.problems.ProblemService;
import org.nineones.service.problems.SelfAssessmentImportResult;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones problems …}: the enterprise's problem list (问题清单 → 整改措施) through the same service as the
 * window. {@code import-findings} imports the inspector's findings file (exit 3 when it does not verify, as
 * {@code verify-package}); {@code from-self-assessment} lists the latest self-assessment's deductions; {@code add},
 * {@code measure}, {@code status} and {@code correct} ({@link ProblemMeasureCommands}) record by hand; {@code export}
 * and {@code import} are the list as a ledger; {@code list} prints it with what is overdue.
 */
@Command(name = "problems", mixinStandardHelpOptions = true,
        description = "The enterprise's problem list (问题清单) and its rectification measures (整改措施).",
        subcommands = {ProblemsCommand.ImportFindings.class, ProblemsCommand.FromSelfAssessment.class,
                ProblemMeasureCommands.Add.class, ProblemMeasureCommands.AddMeasure.class,
                ProblemMeasureCommands.Status.class, ProblemMeasureCommands.Correct.class,
                ProblemsCommand.Export.class, ProblemsCommand.Import.class, ProblemsCommand.ListProblems.class})
final class ProblemsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import-findings", mixinStandardHelpOptions = true,
            description = {"Import the findings file (检查发现问题清单, .zip) the inspector handed over: verified first; "
                    + "refused when it is for another enterprise; importing the same file again changes nothing.",
                    "Exit codes: 0 imported (or already there), 1 refused, 3 the file does not verify (altered)."})
    static final class ImportFindings implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--file", required = true, paramLabel = "FINDINGS.zip", description = "the findings file")
        private Path file;

        ImportFindings(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = services.workspaces().open(workspace)) {
                FindingsImportResult result = services.problems().importFindings(ws, file);
                spec.commandLine().getOut().println(result.summary());
                return NineonesCli.OK;
            } catch (InspectionException e) {
                return CliSupport.refused(spec, "problems import-findings", e);
            }
        }
    }

    @Command(name = "from-self-assessment", mixinStandardHelpOptions = true,
            description = {"Add a problem for every line of the latest signed self-assessment that lost points or "
                    + "failed its veto; a line taken already is not added again.", "Exit codes: 0 ok, 1 error."})
    static final class FromSelfAssessment implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        FromSelfAssessment(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = services.workspaces().open(workspace)) {
                SelfAssessmentImportResult result = services.problems().addFromSelfAssessment(ws);
                spec.commandLine().getOut().println(result.summary());
                return NineonesCli.OK;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Export the problem list, one row per measure, with status, overdue, evidence and "
                    + "history, in the form import reads back.", "Exit codes: 0 exported, 1 any error."})
    static final class Export implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "the spreadsheet to write")
        private Path out;

        Export(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            CliSupport.checkOutput(out, workspace);
            return new LedgerCommands(services, spec.commandLine().getOut(), spec.commandLine().getErr())
                    .exportLedger(services.problems().ledger(), workspace, out);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import problems and measures from a spreadsheet: new problems entered by hand, new "
                    + "measures (owner from the roster, deadline), status changes of listed measures.",
                    "Exit codes: 0 imported, 1 any error, 2 rows with errors (nothing imported)."})
    static final class Import implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--file", required = true, paramLabel = "F.xlsx", description = "the spreadsheet to read")
        private Path file;

        @Mixin
        private ImportOptions options = new ImportOptions();

        Import(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            CliSupport.checkOutput(options.report, workspace, file);
            return new LedgerCommands(services, spec.commandLine().getOut(), spec.commandLine().getErr())
                    .importLedger(services.problems().ledger(), workspace, file, options);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the problems with their measures and which are overdue on a day (today by default).")
    static final class ListProblems implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "the day overdue is judged on")
        private LocalDate asOf;

        @Option(names = "--overdue", description = "only the measures overdue on that day, the longest overdue first")
        private boolean overdueOnly;

        @Option(names = "--json", description = "print JSON instead of text")
        private boolean json;

        ListProblems(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            LocalDate day = asOf == null ? LocalDate.now() : asOf;
            ProblemService problems = services.problems();
            List<ListedProblem> list;
            List<OverdueMeasure> overdueMeasures;
            try (Workspace ws = services.workspaces().open(workspace)) {
                list = problems.list(ws);
                overdueMeasures = problems.overdue(ws, day);
            }
            Messages messages = services.messages();
            PrintWriter out = spec.commandLine().getOut();
            if (overdueOnly) {
                return printOverdue(out, messages, overdueMeasures, day);
            }
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                list.forEach(p -> rows.add(json(p, day)));
                CliSupport.printJson(out, rows);
                return NineonesCli.OK;
            }
            long overdue = list.stream().mapToLong(p -> p.overdue(day).size()).sum();
            out.println(messages.get("problems.cli.count", String.valueOf(list.size()),
                    String.valueOf(list.stream().mapToInt(p -> p.measures().size()).sum()), String.valueOf(overdue),
                    day.toString()));
            for (ListedProblem lp : list) {
                Problem p = lp.problem();
                out.println(messages.get("problems.cli.problem", String.valueOf(p.id()), messages.of(p.source()),
                        p.lineId().isEmpty() ? "-" : p.lineId(), p.seen(), messages.of(lp.state())));
                for (Measure m : lp.measures()) {
                    out.println(messages.get("problems.cli.measure", String.valueOf(m.id()), m.text(),
                            m.current().ownerName(), m.deadline().toString(), messages.of(m.status()),
                            m.overdue(day) ? messages.get("problems.cli.overdue") : ""));
                }
            }
            return NineonesCli.OK;
        }

        private int printOverdue(PrintWriter out, Messages messages, List<OverdueMeasure> overdue, LocalDate day)
                throws java.io.IOException {
            if (json) {
                CliSupport.printJson(out, overdue.stream().map(o -> CliSupport.object("problem", o.problem().id(),
                        "seen", o.problem().seen(), "measure", o.measure().id(), "text", o.measure().text(),
                        "owner", o.measure().current().ownerName(),
                        "employeeNumber", o.measure().current().ownerNumber(),
                        "deadline", o.measure().deadline().toString(), "status", o.measure().status().name(),
                        "daysOverdue", o.daysOverdue())).toList());
                return NineonesCli.OK;
            }
            out.println(messages.get("problems.cli.overdueCount", String.valueOf(overdue.size()), day.toString()));
            for (OverdueMeasure o : overdue) {
                out.println(messages.get("problems.cli.overdueLine", String.valueOf(o.measure().id()),
                        String.valueOf(o.problem().id()), o.measure().text(), o.measure().current().ownerName(),
                        o.measure().deadline().toString(), String.valueOf(o.daysOverdue())));
            }
            return NineonesCli.OK;
        }

        private static Map<String, Object> json(ListedProblem lp, LocalDate day) {
            Problem p = lp.problem();
            return CliSupport.object("id", p.id(), "source", p.source().name(), "findingUid", p.findingUid(),
                    "inspectionUid", p.inspectionUid(), "lineId", p.lineId(), "seen", p.seen(),
                    "requirement", p.requirement(), "deadline", p.deadline() == null ? null : p.deadline().toString(),
                    "responsible", p.responsible(), "state", lp.state().name(),
                    "measures", lp.measures().stream().map(m -> CliSupport.object("id", m.id(), "text", m.text(),
                            "owner", m.current().ownerName(), "employeeNumber", m.current().ownerNumber(),
                            "deadline", m.deadline().toString(), "status", m.status().name(),
                            "overdue", m.overdue(day), "versions", m.history().size(),
                            "records", m.records().size(), "attachments", m.attachments().size())).toList());
        }
    }
}
