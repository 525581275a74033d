package org.nineones.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.service.workspace.WorkspaceService;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new workspace (one SQLite file) for an enterprise.")
final class InitCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file to create (*.nineones)")
    private Path workspace;

    @Option(names = "--name", required = true, description = "the enterprise's name")
    private String name;

    @Option(names = "--credit-code", required = true, description = "the unified social credit code (18 characters)")
    private String creditCode;

    InitCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if (name.isBlank()) {
            return CliSupport.refuse(spec, "init", services.messages().get("cli.init.nameRequired"));
        }
        String problem = CliSupport.creditCodeProblem(creditCode, services.messages());
        if (problem != null) {
            return CliSupport.refuse(spec, "init", problem + ": " + creditCode);
        }
        Path file = WorkspaceService.withExtension(workspace);
        try (Workspace ws = services.workspaces().create(file, name, creditCode)) {
            spec.commandLine().getOut().println(services.messages().get("cli.init.created", ws.file(), name));
        }
        return NineonesCli.OK;
    }
}
