package org.nineones.cli;

import java.util.concurrent.Callable;

import org.nineones.app.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify-package", mixinStandardHelpOptions = true, description = "(being built)")
final class VerifyPackageCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    VerifyPackageCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("verify-package: not available in this build " + services.settings());
        return NineonesCli.FAILED;
    }
}
