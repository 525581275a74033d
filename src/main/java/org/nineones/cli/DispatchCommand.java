package org.nineones.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.nineones.app.FailureLog;
import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.service.attachments.AttachmentRefusedException;
import org.nineones.service.grids.DispatchException;
import org.nineones.service.grids.DispatchService;
import org.nineones.service.problems.ProblemException;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones dispatch import}: the grid's monthly dispatch (每月调度) from the sheet the grid inspectors fill,
 * through the same service as the window; the month's summary prints with {@code print --kind dispatch --month}.
 */
@Command(name = "dispatch", mixinStandardHelpOptions = true,
        description = "The grid's monthly dispatch (每月调度): one report per area and month.",
        subcommands = {DispatchCommand.Import.class, DispatchCommand.Template.class})
final class DispatchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a month's dispatch from the sheet the grid inspectors fill, one row per area: "
                    + "网格 (level path as 企业/罐区/1号罐组, or the area's name when unique), 检查日期, 检查人, 发现问题, "
                    + "处理情况, 是否当场整改 (是/否), 照片 (file names beside the sheet, separated by 、).",
                    "The whole sheet is checked first and every row in error named; then all is written at once. "
                            + "What was found and not settled on the spot becomes a problem of the problem list, "
                            + "its measure owned by the area's specific responsible person, due at the end of the "
                            + "next month.",
                    "Exit codes: 0 imported, 1 refused (nothing imported)."})
    static final class Import implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "the month reported")
        private String month;

        @Option(names = "--file", required = true, paramLabel = "F.xlsx", description = "the dispatch sheet")
        private Path file;

        Import(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages messages = services.messages();
            DispatchService dispatch = services.dispatch();
            try {
                YearMonth reported = dispatch.month(month);
                try (Workspace ws = services.workspaces().open(workspace)) {
                    DispatchService.ImportResult result = dispatch.importSheet(ws, reported, file);
                    spec.commandLine().getOut().println(messages.get("dispatch.cli.imported", reported.toString(),
                            result.reports(), result.problems()));
                    return NineonesCli.OK;
                }
            } catch (DispatchException | AttachmentRefusedException | ProblemException e) {
                FailureLog.log(CliSupport.LOG, "dispatch import", e);
                return CliSupport.refuse(spec, "dispatch import", e.getMessage());
            }
        }
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = {"Write the month's blank dispatch sheet for the grid inspectors: the header dispatch import "
                    + "reads and one row per area still to report, its level path filled in.",
                    "Exit codes: 0 written, 1 any error (nothing is written)."})
    static final class Template implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "the month to report")
        private String month;

        @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "the sheet to write")
        private Path out;

        Template(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            CliSupport.checkOutput(out, workspace);
            DispatchService dispatch = services.dispatch();
            try {
                YearMonth reported = dispatch.month(month);
                try (Workspace ws = services.workspaces().open(workspace)) {
                    int rows = dispatch.writeTemplate(ws, reported, out);
                    spec.commandLine().getOut().println(services.messages().get("dispatch.cli.template",
                            reported.toString(), rows, out.toAbsolutePath()));
                    return NineonesCli.OK;
                }
            } catch (DispatchException e) {
                FailureLog.log(CliSupport.LOG, "dispatch template", e);
                return CliSupport.refuse(spec, "dispatch template", e.getMessage());
            }
        }
    }
}
