package org.nineones.cli;

import java.util.concurrent.Callable;

import org.nineones.app.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-roster", mixinStandardHelpOptions = true, description = "(being built)")
final class ImportRosterCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    ImportRosterCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("import-roster: not available in this build " + services.settings());
        return NineonesCli.FAILED;
    }
}
