package org.nineones.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.print.PrintException;
import org.nineones.service.print.PrintKind;
import org.nineones.service.print.PrintResult;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "print", mixinStandardHelpOptions = true,
        description = {"Print one of the enterprise's safety documents as an A4 PDF (bundled CJK font embedded):",
                "cards (岗位责任卡), risk-cards (岗位风险告知卡), emergency-cards (应急处置卡),",
                "duty-book (岗位安全生产责任清单汇编), register (人员责任登记册).",
                "Per post the version in force today is printed, else the draft, marked 草稿.",
                "Exit 0 when printed, 1 on any error (nothing is written then)."})
final class PrintCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--kind", required = true,
            description = "cards | risk-cards | emergency-cards | duty-book | register")
    private String kind;

    @Option(names = "--out", required = true, description = "the PDF to write (replaced only when complete)")
    private Path out;

    @Option(names = "--post", description = "only the post(s) of this name (not for cards)")
    private String post;

    PrintCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = services.messages();
        PrintKind printKind = PrintKind.fromCliName(kind).orElse(null);
        if (printKind == null) {
            String known = Arrays.stream(PrintKind.values()).map(PrintKind::cliName).collect(Collectors.joining(", "));
            spec.commandLine().getErr().println("print: " + messages.get("cli.print.unknownKind", kind, known));
            return NineonesCli.FAILED;
        }
        try (Workspace ws = services.workspaces().open(workspace)) {
            PrintResult result = services.print().print(ws, printKind, out, post, Progress.NONE);
            spec.commandLine().getOut().println(messages.get("print.done", messages.of(printKind), result.items(),
                    result.pages(), result.file().toAbsolutePath()));
            if (result.skippedPosts() > 0) {
                spec.commandLine().getOut().println(messages.get("print.done.skipped", result.skippedPosts(),
                        messages.of(printKind)));
            }
            return NineonesCli.OK;
        } catch (WorkspaceException | PrintException e) {
            CliSupport.LOG.warn("print failed", e);
            spec.commandLine().getErr().println("print: " + CliSupport.describe(e, messages));
            return NineonesCli.FAILED;
        }
    }
}
