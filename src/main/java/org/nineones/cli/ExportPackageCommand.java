package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageException;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.ExportedPackage;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export-package", mixinStandardHelpOptions = true,
        description = {"Export the acceptance package (验收资料包): one zip with the register workbook, the cards PDF "
                + "and manifest.json (counts, and the size and SHA-256 of every file).",
                "Inside, 目录.txt lists every file with its Chinese title and counts. The package's fingerprint "
                        + "(SHA-256 of the whole zip) is printed and kept in the workspace's export history "
                        + "(export-history); --cover-letter also prints the hand-over note (资料移交单) with it.",
                "It also holds the checklist used, the latest signed self-assessment, the records of duty performance "
                        + "with their files, and records.json, from which the inspector's copy recomputes every "
                        + "automatic line; ID numbers are masked unless --internal is given.",
                "Exit codes: 0 exported, 1 on any error (nothing is written)."})
final class ExportPackageCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--out", required = true, paramLabel = "PACKAGE.zip", description = "the package file to write")
    private Path out;

    @Option(names = "--cover-letter", paramLabel = "NOTE.pdf",
            description = "also print the hand-over note (资料移交单) with the fingerprint, counts and signature blocks")
    private Path coverLetter;

    @Option(names = "--internal",
            description = "the internal edition (内部版): full ID numbers in the records and the acceptance parts, "
                    + "marked so in the manifest and the contents list; for the enterprise's own files only, never "
                    + "for the county (without it every ID number is masked)")
    private boolean internal;

    ExportPackageCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        CliSupport.checkOutput(withZipExtension(out), workspace);
        if (coverLetter != null) {
            CliSupport.checkOutput(coverLetter, workspace, withZipExtension(out));
        }

        Messages m = services.messages();
        ExportedPackage exported;
        try (Workspace ws = services.workspaces().open(workspace)) {
            exported = services.packages().export(ws, withZipExtension(out), internal, Progress.NONE);
        } catch (PackageException e) {
            CliSupport.LOG.error("export-package failed", e);
            return CliSupport.refuse(spec, "export-package",
                    m.get("PackageException.Reason." + e.reason().name(), CliSupport.display(e.file())));
        }
        Manifest manifest = exported.manifest();
        PrintWriter o = spec.commandLine().getOut();
        o.println(m.get("pack.cli.exported", exported.file().toAbsolutePath()));
        o.println(m.get("pack.cli.enterprise", manifest.enterprise().name(), manifest.enterprise().creditCode()));
        o.println(m.get(manifest.internal() ? "pack.cli.editionInternal" : "pack.cli.editionStandard"));
        Manifest.Counts c = manifest.counts();
        o.println(m.get("pack.cli.counts", c.orgUnits(), c.posts(), c.employees(), c.duties()));
        for (Manifest.FileEntry f : manifest.files()) {
            o.println(m.get("pack.cli.file", f.path(), String.valueOf(f.size()), f.sha256()));
        }
        o.println(m.get("pack.cli.fingerprint", exported.fingerprint()));
        o.println(m.get("pack.cli.fingerprintHint"));
        if (coverLetter != null) {
            services.packages().printCoverLetter(exported.record(), coverLetter, Progress.NONE);
            o.println(m.get("pack.cover.done", coverLetter.toAbsolutePath()));
        }
        return NineonesCli.OK;
    }

    /** {@code 验收资料包} becomes {@code 验收资料包.zip}, so Windows opens it with a zip tool; other names stay. */
    static Path withZipExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".zip");
    }
}
