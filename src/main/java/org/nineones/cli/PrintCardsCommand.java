package org.nineones.cli;

import java.util.concurrent.Callable;

import org.nineones.app.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "print-cards", mixinStandardHelpOptions = true, description = "(being built)")
final class PrintCardsCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    PrintCardsCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("print-cards: not available in this build " + services.settings());
        return NineonesCli.FAILED;
    }
}
