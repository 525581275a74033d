package org.nineones.cli;

import org.nineones.app.FailureLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.excel.ColumnMapping;
import org.nineones.excel.RosterField;
import org.nineones.excel.RosterSheet;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.roster.ImportException;
import org.nineones.service.roster.ImportResult;
import org.nineones.service.roster.RosterImportService;
import org.nineones.service.roster.RosterPreview;
import org.nineones.service.roster.RowError;
import org.nineones.service.roster.UnusedColumn;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-roster", mixinStandardHelpOptions = true,
        description = {"Import the enterprise's own roster (.xlsx, .xls, or comma- or tab-separated text .csv/.tsv/.txt "
                + "in UTF-8 or GBK): finds the sheet and header row, maps the columns by their headers, names every "
                + "column it will not import, checks every row, and writes all rows in one transaction or none.",
                "A column that looks like org units or posts and is not imported stops it: map it with --map or leave "
                        + "it out with --ignore.",
                "Exit codes: 0 imported (or checked, with --dry-run), 2 rows with errors stopped it (nothing written), "
                        + "1 any other error."})
final class ImportRosterCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--file", required = true,
            description = "the roster: a spreadsheet (.xlsx, .xls) or comma- or tab-separated text (.csv, .tsv, .txt)")
    private Path file;

    @Option(names = "--sheet", description = "the sheet to read (default: found by its header row)")
    private String sheet;

    @Option(names = "--map", paramLabel = "HEADER=FIELD",
            description = "correct the column mapping, repeatable; FIELD is one of: name, gender, idNumber, "
                    + "employeeNumber, phone, department, workshop, team, post, postCategory, hireDate, status, "
                    + "certificateNumber, certificateExpiry, ignore")
    private List<String> maps = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "HEADER",
            description = "leave this column out, repeatable (needed for a column that looks like org units or posts "
                    + "and is not mapped; same as --map HEADER=ignore)")
    private List<String> ignores = new ArrayList<>();

    @Mixin
    private ImportOptions options = new ImportOptions();

    ImportRosterCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        CliSupport.checkOutput(options.report, workspace, file);

        Messages messages = services.messages();
        PrintWriter out = spec.commandLine().getOut();
        RosterImportService roster = services.rosterImport();
        try (Workspace ws = services.workspaces().open(workspace)) {
            RosterSheet rosterSheet = roster.read(file, sheet, Progress.NONE);
            ColumnMapping mapping = rosterSheet.automaticMapping();
            for (String map : maps) {
                int eq = map.lastIndexOf('=');
                if (eq <= 0 || eq == map.length() - 1) {
                    return fail(messages.get("roster.cli.mapSyntax", map));
                }
                mapping = roster.remap(mapping, map.substring(0, eq), map.substring(eq + 1));
            }
            for (String header : ignores) {
                mapping = roster.ignore(mapping, header);
            }
            out.println(messages.get("roster.cli.mapping", describe(mapping)));
            RosterPreview preview = roster.preview(ws, rosterSheet, mapping);
            if (!preview.unusedColumns().isEmpty()) {
                out.println(messages.get("roster.cli.unused", String.join("、", preview.unusedColumns().stream()
                        .map(u -> u.header().isBlank() ? messages.get("roster.column.noHeader") : u.header())
                        .toList())));
            }
            for (String note : preview.notes()) {
                out.println(messages.get("roster.cli.note", note));
            }
            for (UnusedColumn u : preview.unusedColumns()) {
                if (u.why() == UnusedColumn.Why.UNKNOWN && u.suggestion() != null) {
                    out.println(messages.get("roster.cli.mapHint", u.header(), u.suggestion().key()));
                }
            }
            if (!preview.blocking().isEmpty()) {
                for (UnusedColumn u : preview.blocking()) {
                    spec.commandLine().getErr().println("import-roster: " + messages.get("roster.cli.blocking",
                            u.header(), messages.get(u.suggestion() == RosterField.POST ? "roster.column.kind.post"
                                    : "roster.column.kind.org"), u.suggestion().key()));
                }
                return NineonesCli.FAILED;
            }
            for (RowError error : preview.errors()) {
                out.println(messages.get("roster.cli.rowError", error.row(), error.column(), error.message()));
            }
            for (RowError warning : preview.warnings()) {
                out.println(messages.get("roster.cli.warning", warning.row(), warning.column(), warning.message()));
            }
            out.println(messages.get("roster.cli.summary", rosterSheet.sheetName(), rosterSheet.headerRowNumber(),
                    preview.rows(), preview.valid(), preview.invalid(), preview.skipped(), preview.newPeople(),
                    preview.updatedPeople()));
            if (options.report != null) {
                roster.writeErrorReport(rosterSheet, preview, options.report);
                out.println(messages.get("roster.cli.report", options.report));
            }
            if (preview.hasErrors() && !options.skipInvalid) {
                spec.commandLine().getErr().println(messages.get("roster.cli.stopped", preview.invalid()));
                return NineonesCli.INVALID_ROWS;
            }
            if (options.dryRun) {
                preview.newOrgUnits().forEach(u -> out.println(messages.get("roster.cli.willCreateUnit", u)));
                preview.newPosts().forEach(p -> out.println(messages.get("roster.cli.willCreatePost", p)));
                out.println(messages.get("roster.cli.dryRun"));
                return NineonesCli.OK;
            }
            ImportResult result = roster.commit(ws, preview, options.skipInvalid, Progress.NONE);
            result.createdOrgUnits().forEach(u -> out.println(messages.get("roster.cli.createdUnit", u)));
            result.createdPosts().forEach(p -> out.println(messages.get("roster.cli.createdPost", p)));
            out.println(messages.get("roster.cli.imported", result.inserted(), result.updated(), result.skippedInvalid()));
            return NineonesCli.OK;
        } catch (ImportException e) {
            FailureLog.log(CliSupport.LOG, "import-roster", e);
            return fail(e.getMessage());
        }
    }

    private int fail(String message) {
        return CliSupport.refuse(spec, "import-roster", message);
    }

    private static String describe(ColumnMapping mapping) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<RosterField, Integer> e : mapping.mapped().entrySet()) {
            parts.add(mapping.headers().get(e.getValue()) + "=" + e.getKey().key());
        }
        return String.join(", ", parts);
    }
}
