package org.nineones.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nineones.app.FailureLog;
import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintException;
import org.nineones.service.cards.CardPrintResult;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "print-cards", mixinStandardHelpOptions = true,
        description = {"Print the responsibility card (岗位责任卡) of every active employee as one PDF:",
                "four pocket cards (about A6) to an A4 sheet with crop marks, sorted by org unit then name.",
                "Exit 0 when printed, 1 on any error (nothing is written then)."})
final class PrintCardsCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--out", required = true, description = "the PDF to write, e.g. cards.pdf (replaced if it exists)")
    private Path out;

    PrintCardsCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        CliSupport.checkOutput(out, workspace);

        Messages messages = services.messages();
        try (Workspace ws = services.workspaces().open(workspace)) {
            CardPrintResult result = services.cards().print(ws, out, Progress.NONE);
            spec.commandLine().getOut().println(messages.get("report.cards.printed", result.cards(), result.people(),
                    result.pages(), result.file().toAbsolutePath()));
            return NineonesCli.OK;
        } catch (WorkspaceException | CardPrintException e) {
            FailureLog.log(CliSupport.LOG, "print-cards", e);
            return CliSupport.refuse(spec, "print-cards", CliSupport.describe(e, messages));
        }
    }
}
