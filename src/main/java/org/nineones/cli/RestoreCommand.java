package org.nineones.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.service.backup.BackupService;
import org.nineones.service.backup.RestoreResult;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace a workspace's data with a backup's, after backing up the current state.")
final class RestoreCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--from", required = true, description = "the backup to restore (from the .backups folder)")
    private Path from;

    RestoreCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        BackupService backups = services.backups();
        RestoreResult result;
        try (Workspace ws = services.workspaces().open(workspace)) {
            result = backups.restore(ws, from);
        }
        // open once more, so a backup from an older version is migrated now rather than on the next use
        services.workspaces().open(workspace).close();
        spec.commandLine().getOut().println(services.messages().get("cli.restore.done", result.restoredFrom(),
                backups.describe(result.contents()), result.previousState()));
        return NineonesCli.OK;
    }
}
