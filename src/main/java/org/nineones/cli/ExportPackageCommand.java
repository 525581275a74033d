package org.nineones.cli;

import java.util.concurrent.Callable;

import org.nineones.app.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export-package", mixinStandardHelpOptions = true, description = "(being built)")
final class ExportPackageCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    ExportPackageCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("export-package: not available in this build " + services.settings());
        return NineonesCli.FAILED;
    }
}
