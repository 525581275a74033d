package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.PackageExport;
import org.nineones.pack.CreatedAt;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export-history", mixinStandardHelpOptions = true,
        description = {"List the acceptance packages exported from a workspace (移交记录): number, time with its "
                + "offset, file, fingerprint and what each held, the latest first.",
                "With --cover-letter N --out NOTE.pdf, print the hand-over note (资料移交单) of export number N.",
                "Exit codes: 0 listed or printed, 1 on any error."})
final class ExportHistoryCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--cover-letter", paramLabel = "N", description = "print the hand-over note of export number N")
    private Long coverLetter;

    @Option(names = "--out", paramLabel = "NOTE.pdf", description = "with --cover-letter: the PDF to write")
    private Path out;

    ExportHistoryCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = services.messages();
        if (coverLetter != null && out == null) {
            return CliSupport.refuse(spec, "export-history", m.get("cli.exportHistory.needsOut"));
        }
        if (out != null) {
            CliSupport.checkOutput(out, workspace);
        }
        PrintWriter o = spec.commandLine().getOut();
        try (Workspace ws = services.workspaces().open(workspace)) {
            List<PackageExport> history = services.packages().history(ws);
            if (coverLetter != null) {
                Optional<PackageExport> export = history.stream().filter(e -> e.id() == coverLetter.longValue())
                        .findFirst();
                if (export.isEmpty()) {
                    return CliSupport.refuse(spec, "export-history",
                            m.get("pack.history.unknown", String.valueOf(coverLetter)));
                }
                services.packages().printCoverLetter(export.get(), out, Progress.NONE);
                o.println(m.get("pack.cover.done", out.toAbsolutePath()));
                return NineonesCli.OK;
            }
            if (history.isEmpty()) {
                o.println(m.get("pack.history.none"));
                return NineonesCli.OK;
            }
            o.println(m.get("pack.history.heading", history.size()));
            for (PackageExport e : history) {
                o.println(m.get("pack.history.line", String.valueOf(e.id()),
                        CreatedAt.parse(e.exportedAt()).display(), e.fileName()));
                o.println(m.get("pack.history.path", e.filePath(), String.valueOf(e.fileSize())));
                o.println(m.get("pack.history.fingerprint", e.fingerprint()));
                o.println(m.get("pack.history.counts", services.packages().describeCounts(e)));
            }
            return NineonesCli.OK;
        }
    }
}
