package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.pack.PackageException;
import org.nineones.pack.PackageFingerprint;
import org.nineones.service.acceptance.Verification;

import picocli.CommandLine.Option;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify-package", mixinStandardHelpOptions = true,
        description = {"Check an acceptance package (验收资料包), an inspector's findings file (检查发现问题清单) "
                + "or an enterprise's closing package (整改回复包) "
                + "against its manifest: says which it is, names every file that is missing, added or altered, and "
                + "a truncated or foreign file.",
                "With --expect, the whole file must also have the fingerprint the enterprise handed over (its cover "
                        + "letter, 资料移交单).",
                "Exit codes: 0 intact (and the fingerprint matches), 3 altered/added/removed/truncated/foreign or "
                        + "another fingerprint, 1 when the file cannot be read or --expect is not a fingerprint."})
final class VerifyPackageCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACKAGE.zip", description = "the package to check")
    private Path file;

    @Option(names = "--expect", paramLabel = "FINGERPRINT",
            description = "the fingerprint (SHA-256 of the whole package) from the enterprise's cover letter; "
                    + "spaces between its groups are fine")
    private String expect;

    VerifyPackageCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages m = services.messages();
        if (expect != null && !PackageFingerprint.normalise(expect).matches("[0-9a-f]{64}")) {
            return CliSupport.refuse(spec, "verify-package", m.get("pack.verify.expectBadFormat", expect));
        }
        Verification verification;
        try {
            verification = services.packages().verify(file, expect);
        } catch (PackageException e) {
            CliSupport.LOG.warn("verify-package: {}", e.getMessage(), e.getCause());
            return CliSupport.refuse(spec, "verify-package",
                    m.get("PackageException.Reason." + e.reason().name(), CliSupport.display(e.file())));
        }
        PrintWriter out = spec.commandLine().getOut();
        verification.lines(m, "  ").forEach(out::println);
        return verification.trusted() ? NineonesCli.OK : NineonesCli.PACKAGE_ALTERED;
    }
}
