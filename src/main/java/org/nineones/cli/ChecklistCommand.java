package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nineones.app.FailureLog;
import org.nineones.app.Services;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.StoredChecklist;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.checklist.ChecklistException;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.acceptance.checklist.ChecklistSheetPreview;
import org.nineones.service.acceptance.checklist.ImportOutcome;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones checklist export|import|blank|list}: the acceptance checklists (验收标准) as Excel sheets. {@code export}
 * and {@code import} take {@code --version} for the checklist's version, so they offer {@code --help} only.
 */
@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = {"The acceptance checklists (验收标准): export one to Excel, import a county's own from Excel, "
                + "write the blank template, list the versions of a workspace, print one for on-site use.",
                "The default checklist ships with the app; an imported one is kept by name and version and never "
                        + "changes."},
        subcommands = {ChecklistCommand.Export.class, ChecklistCommand.Import.class, ChecklistCommand.Blank.class,
                ChecklistCommand.ListVersions.class, ChecklistCommand.Print.class})
final class ChecklistCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int refused(CommandSpec spec, String what, ChecklistException e) {
        FailureLog.log(CliSupport.LOG, "checklist " + what, e);
        return CliSupport.refuse(spec, "checklist " + what, e.getMessage());
    }

    /** {@code --template NAME --version V}: the checklist a command writes; without them, the default. */
    static final class Chosen {
        @Option(names = "--template", paramLabel = "NAME", description = "the checklist's name (default: the "
                + "default checklist)")
        private String template;
        @Option(names = "--version", paramLabel = "V", description = "its version (default: the last imported)")
        private String version;

        ChecklistTemplate of(ChecklistService checklists, Workspace ws) {
            return template == null && version == null ? checklists.defaultTemplate()
                    : checklists.get(ws, template == null ? checklists.defaultTemplate().name() : template, version);
        }
    }

    private static String total(ChecklistTemplate t) {
        return Points.text(t.totalPoints());
    }

    @Command(name = "export",
            description = {"Write a checklist as the Excel sheet a county reads and fills in: the header block (name, "
                    + "version, issuer, thresholds), one row per line, the kinds of finding on a second sheet. "
                    + "Without --template, the default checklist.",
                    "Exit codes: 0 written, 1 no such checklist or the file cannot be written."})
    static final class Export implements Callable<Integer> {
        private final Services services;
        @Spec
        private CommandSpec spec;
        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;
        @Option(names = "--file", required = true, paramLabel = "F.xlsx", description = "the spreadsheet to write")
        private Path file;
        @Mixin
        private Chosen chosen;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        private boolean help;

        Export(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            CliSupport.checkOutput(file, workspace);
            ChecklistService checklists = services.checklists();
            Messages m = services.messages();
            try (Workspace ws = services.workspaces().open(workspace)) {
                ChecklistTemplate t = chosen.of(checklists, ws);
                checklists.exportExcel(t, file);
                spec.commandLine().getOut().println(m.get("checklist.cli.exported", t.name(), t.version(),
                        t.lines().size(), total(t), CliSupport.display(file)));
                return NineonesCli.OK;
            } catch (ChecklistException e) {
                return refused(spec, "export", e);
            }
        }
    }

    @Command(name = "import",
            description = {"Import a checklist from an Excel sheet (as `checklist blank` or `checklist export` writes "
                    + "it): the name and version come from the rows 标准名称 and 版本 above the header, or from "
                    + "--name and --version. Every row is checked; the checklist is stored as a new version, or "
                    + "left as it is when that name and version hold the same content already.",
                    "A .json file (the form of sample-data/checklists/) is imported as a whole.",
                    "Exit codes: 0 imported (or unchanged, or checked with --dry-run), 2 rows with errors (nothing "
                            + "written; --report writes them), 1 any other error (such as that name and version "
                            + "imported before with other content)."})
    static final class Import implements Callable<Integer> {
        private final Services services;
        @Spec
        private CommandSpec spec;
        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;
        @Option(names = "--file", required = true, paramLabel = "F.xlsx", description = "the spreadsheet to import")
        private Path file;
        @Option(names = "--name", paramLabel = "NAME", description = "the checklist's name, over the sheet's")
        private String name;
        @Option(names = "--version", paramLabel = "V", description = "its version, over the sheet's")
        private String version;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        private boolean help;
        @Option(names = "--dry-run", description = "check and show what would be imported; write nothing")
        private boolean dryRun;
        @Option(names = "--report", paramLabel = "ERRORS.xlsx",
                description = "write the rows with errors, offending cells highlighted, to this spreadsheet")
        private Path report;

        Import(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            CliSupport.checkOutput(report, workspace, file);
            ChecklistService checklists = services.checklists();
            Messages m = services.messages();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Workspace ws = services.workspaces().open(workspace)) {
                if (file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".json")) {
                    return importJson(ws, checklists, m, out);
                }
                ChecklistSheetPreview preview = checklists.previewExcel(file, name, version, Progress.NONE);
                for (String e : preview.templateErrors()) {
                    out.println(m.get("checklist.cli.error", e));
                }
                for (RowProblem e : preview.errors()) {
                    out.println(m.get("checklist.cli.rowError", e.row(), e.message()));
                }
                for (String w : preview.warnings()) {
                    out.println(m.get("checklist.cli.warning", w));
                }
                if (report != null && !preview.errors().isEmpty()) {
                    checklists.writeErrorReport(preview, report);
                    out.println(m.get("checklist.cli.report", CliSupport.display(report)));
                }
                if (preview.hasErrors()) {
                    err.println(m.get("checklist.cli.stopped", Math.max(1, preview.invalidRows())));
                    return NineonesCli.INVALID_ROWS;
                }
                ChecklistTemplate t = preview.template();
                if (dryRun) {
                    out.println(m.get("checklist.cli.checked", t.name(), t.version(), t.lines().size(), total(t)));
                    return NineonesCli.OK;
                }
                ImportOutcome outcome = checklists.commit(ws, preview);
                out.println(m.get(outcome.imported() ? "checklist.cli.imported" : "checklist.cli.unchanged",
                        t.name(), t.version(), t.lines().size(), total(t)));
                return NineonesCli.OK;
            } catch (ChecklistException e) {
                return refused(spec, "import", e);
            }
        }

        /** A template in the JSON form of {@code sample-data/checklists/}: checked and stored as a whole. */
        private int importJson(Workspace ws, ChecklistService checklists, Messages m, PrintWriter out) {
            ChecklistTemplate read = checklists.readJson(file);
            ChecklistTemplate t = name == null && version == null ? read
                    : read.named(name == null ? read.name() : name, version == null ? read.version() : version);
            java.util.List<String> errors = checklists.validator().errors(t).stream().map(p -> p.message()).toList();
            errors.forEach(e -> out.println(m.get("checklist.cli.error", e)));
            if (!errors.isEmpty()) {
                spec.commandLine().getErr().println(m.get("checklist.cli.stopped", errors.size()));
                return NineonesCli.INVALID_ROWS;
            }
            if (dryRun) {
                out.println(m.get("checklist.cli.checked", t.name(), t.version(), t.lines().size(), total(t)));
                return NineonesCli.OK;
            }
            ImportOutcome outcome = checklists.importTemplate(ws, t);
            outcome.warnings().forEach(w -> out.println(m.get("checklist.cli.warning", w)));
            out.println(m.get(outcome.imported() ? "checklist.cli.imported" : "checklist.cli.unchanged",
                    t.name(), t.version(), t.lines().size(), total(t)));
            return NineonesCli.OK;
        }
    }

    @Command(name = "print",
            description = {"Print a checklist for on-site use (验收检查表, PDF, A4 landscape): every line with its "
                    + "item, criterion, points, deduction rule and evidence, and empty columns for the inspector's "
                    + "score and notes; the header on every page, page numbers. Without --template, the default "
                    + "checklist.",
                    "Exit codes: 0 written, 1 no such checklist or the file cannot be written."})
    static final class Print implements Callable<Integer> {
        private final Services services;
        @Spec
        private CommandSpec spec;
        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;
        @Option(names = "--file", required = true, paramLabel = "OUT.pdf", description = "the PDF to write")
        private Path file;
        @Mixin
        private Chosen chosen;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        private boolean help;

        Print(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            CliSupport.checkOutput(file, workspace);
            ChecklistService checklists = services.checklists();
            Messages m = services.messages();
            try (Workspace ws = services.workspaces().open(workspace)) {
                ChecklistTemplate t = chosen.of(checklists, ws);
                var result = services.selfAssessmentReport().writeChecklist(t, file, Progress.NONE);
                spec.commandLine().getOut().println(m.get("selfReport.cli.checklistPrinted", t.name(), t.version(),
                        result.lines(), CliSupport.display(file), result.pages()));
                return NineonesCli.OK;
            } catch (ChecklistException e) {
                return refused(spec, "print", e);
            }
        }
    }

    @Command(name = "blank", mixinStandardHelpOptions = true,
            description = {"Write the blank checklist sheet a county fills in: the header block to fill (name, "
                    + "version, issuer, thresholds), the headers, drop-downs, and the kinds of finding a deduction "
                    + "may name.", "Exit codes: 0 written, 1 the file cannot be written."})
    static final class Blank implements Callable<Integer> {
        private final Services services;
        @Spec
        private CommandSpec spec;
        @Option(names = "--file", required = true, paramLabel = "F.xlsx", description = "the spreadsheet to write")
        private Path file;

        Blank(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            CliSupport.checkOutput(file);
            try {
                services.checklists().writeBlank(file);
            } catch (ChecklistException e) {
                return refused(spec, "blank", e);
            }
            spec.commandLine().getOut().println(services.messages().get("checklist.cli.blank",
                    CliSupport.display(file)));
            return NineonesCli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the checklists a workspace can score against: the default, then every version "
                    + "imported (name, version, when, SHA-256 of its content).", "Exit codes: 0 listed, 1 error."})
    static final class ListVersions implements Callable<Integer> {
        private final Services services;
        @Spec
        private CommandSpec spec;
        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        ListVersions(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages m = services.messages();
            try (Workspace ws = services.workspaces().open(workspace)) {
                for (StoredChecklist v : services.checklists().versions(ws)) {
                    spec.commandLine().getOut().println(m.get("checklist.cli.line", v.name(), v.version(),
                            v.builtIn() ? m.get("checklist.cli.builtIn") : v.importedAt(), v.sha256()));
                }
            }
            return NineonesCli.OK;
        }
    }
}
