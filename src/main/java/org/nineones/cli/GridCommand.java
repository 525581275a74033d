package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.nineones.app.Services;
import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.service.grids.GridException;
import org.nineones.service.grids.ListedArea;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones grid …}: the enterprise's grid (网格) through the same service as the window. {@code export} writes
 * the grid sheet (one row per area), {@code import} reads it back — the whole sheet checked first, rows in error
 * named and nothing written —, {@code list} prints the areas with their people and the gaps.
 */
@Command(name = "grid", mixinStandardHelpOptions = true,
        description = "The enterprise's grid (网格): responsibility areas and their responsible persons.",
        subcommands = {GridCommand.Export.class, GridCommand.Import.class, GridCommand.ListAreas.class})
final class GridCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Export the grid, one row per area (path from the enterprise, location, risk level set by "
                    + "hand and its reason, the three people by name and employee number, org units and posts), in "
                    + "the form import reads back.", "Exit codes: 0 exported, 1 any error."})
    static final class Export implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--file", required = true, paramLabel = "F.xlsx", description = "the spreadsheet to write")
        private Path file;

        Export(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            CliSupport.checkOutput(file, workspace);
            return new LedgerCommands(services, spec.commandLine().getOut(), spec.commandLine().getErr())
                    .exportLedger(services.grids().ledger(), workspace, file);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import the grid from a spreadsheet: a row whose path is new adds the area, one whose path "
                    + "exists changes it; areas the sheet does not name are left alone. The whole sheet is checked "
                    + "first; rows with errors are named and nothing is imported.",
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
            try {
                return new LedgerCommands(services, spec.commandLine().getOut(), spec.commandLine().getErr())
                        .importLedger(services.grids().ledger(), workspace, file, options);
            } catch (GridException e) {
                // the grid changed between the check and the write: nothing was written
                return CliSupport.refuse(spec, "grid import", e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the areas, parents first, with level, risk level and responsible persons; an area "
                    + "without both responsible persons (unset, or someone who has left) is marked as a gap.",
                    "Exit codes: 0 ok, 1 error."})
    static final class ListAreas implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--gaps", description = "only the areas that lack a responsible person")
        private boolean gapsOnly;

        ListAreas(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            List<ListedArea> areas;
            try (Workspace ws = services.workspaces().open(workspace)) {
                areas = gapsOnly ? services.grids().gaps(ws) : services.grids().list(ws);
            }
            Messages messages = services.messages();
            PrintWriter out = spec.commandLine().getOut();
            long gaps = areas.stream().filter(ListedArea::isGap).count();
            out.println(messages.get("grids.cli.count", areas.size(), gaps));
            for (ListedArea a : areas) {
                out.println(messages.get("grids.cli.area", a.path(), a.level(),
                        a.riskLevel() == null ? messages.get("grids.cli.noRisk") : messages.of(a.riskLevel()),
                        person(a.supervisor(), messages), person(a.responsible(), messages),
                        a.isGap() ? messages.get("grids.cli.gap", a.missing().stream().map(messages::of)
                                .collect(Collectors.joining("、"))) : ""));
            }
            return NineonesCli.OK;
        }

        private static String person(Employee e, Messages messages) {
            return e == null ? messages.get("grids.cli.nobody") : e.name();
        }
    }
}
