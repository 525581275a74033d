package org.nineones.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.service.inspection.ClosingFile;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones closing-package}: the enterprise's closing package (整改回复包) of one imported findings file, for the
 * inspector ({@code nineones closing import} on the inspector's side).
 */
@Command(name = "closing-package", mixinStandardHelpOptions = true,
        description = {"Write the closing package (整改回复包, .zip) of an imported findings file: every finding of "
                + "that inspection with its measures (text, owner, deadline, status, days) and their evidence files "
                + "(duty records' files and attachments), each with its SHA-256, under a manifest like the "
                + "acceptance package's.",
                "Exit codes: 0 written, 1 refused (no such findings file imported here, an output that would "
                        + "overwrite the workspace or a folder)."})
final class ClosingPackageCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--findings", required = true, paramLabel = "ID",
            description = "the findings file's fingerprint (SHA-256) or the inspection's id (its latest findings "
                    + "file imported)")
    private String findings;

    @Option(names = "--out", required = true, paramLabel = "F.zip", description = "the closing package to write")
    private Path out;

    ClosingPackageCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        CliSupport.checkOutput(out, workspace);
        Messages m = services.messages();
        try (Workspace ws = services.workspaces().open(workspace)) {
            ClosingFile.Written written = services.problems().closingPackage(ws, findings, out);
            long files = written.manifest().files().size() - 1L;
            spec.commandLine().getOut().println(m.get("closing.cli.written", written.file(),
                    written.manifest().closing().inspectionUid(), written.manifest().closing().count(), files));
            spec.commandLine().getOut().println(m.get("closing.cli.fingerprint", written.fingerprint()));
            return NineonesCli.OK;
        }
    }
}
