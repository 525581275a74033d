package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageException;
import org.nineones.pack.PackageProblem;
import org.nineones.pack.VerificationResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify-package", mixinStandardHelpOptions = true,
        description = {"Check an acceptance package against its manifest: names every file that is missing, "
                + "added or altered, and a truncated or foreign package.",
                "Exit codes: 0 intact, 3 altered/added/removed/truncated/foreign, 1 when the file cannot be read."})
final class VerifyPackageCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACKAGE.zip", description = "the package to check")
    private Path file;

    VerifyPackageCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages m = services.messages();
        VerificationResult result;
        try {
            result = services.packages().verify(file);
        } catch (PackageException e) {
            CliSupport.LOG.warn("verify-package: {}", e.getMessage(), e.getCause());
            spec.commandLine().getErr().println("verify-package: "
                    + m.get("PackageException.Reason." + e.reason().name(), CliSupport.display(e.file())));
            return NineonesCli.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.intact()) {
            Manifest manifest = result.manifest();
            out.println(m.get("pack.cli.intact", file.toAbsolutePath()));
            out.println(m.get("pack.cli.enterprise", manifest.enterprise().name(), manifest.enterprise().creditCode()));
            out.println(m.get("pack.cli.created", manifest.createdAt(), manifest.appVersion()));
            out.println(m.get("pack.cli.checked", result.checked().size(), String.join(", ", result.checked())));
            out.println(m.get("pack.cli.fingerprint", services.packages().fingerprint(file)));
            return NineonesCli.OK;
        }
        out.println(m.get("pack.cli.notIntact", file.toAbsolutePath()));
        for (PackageProblem problem : result.problems()) {
            out.println("  " + problem.describe(m));
        }
        out.println(m.get("pack.cli.problemCount", result.problems().size()));
        return NineonesCli.PACKAGE_ALTERED;
    }
}
