package org.nineones.cli;

import java.util.concurrent.Callable;

import org.nineones.app.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "(being built)")
final class GenerateCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    GenerateCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("generate: not available in this build " + services.settings());
        return NineonesCli.FAILED;
    }
}
