package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.service.backup.BackupEntry;
import org.nineones.service.backup.BackupService;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up a workspace now (prints the backup's path), or list its backups with --list.")
final class BackupCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--list", description = "list the backups (time, reason, size, contents) instead of making one")
    private boolean list;

    BackupCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        BackupService backups = services.backups();
        Messages messages = services.messages();
        PrintWriter out = spec.commandLine().getOut();
        if (!list) {
            try (Workspace ws = services.workspaces().open(workspace)) {
                out.println(messages.get("cli.backup.made", backups.backupNow(ws)));
            }
            return NineonesCli.OK;
        }
        // listing reads the backups only: the workspace is not opened, so it works while the GUI has it open
        if (!Files.isRegularFile(workspace)) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_FOUND, workspace, "no such file: " + workspace);
        }
        List<BackupEntry> entries = backups.list(workspace);
        out.println(messages.get("cli.backup.folder", backups.folder(workspace)));
        if (entries.isEmpty()) {
            out.println(messages.get("cli.backup.none"));
        }
        for (BackupEntry e : entries) {
            String contents = e.contents().map(backups::describe).orElse(messages.get("cli.backup.unreadable"));
            out.println(messages.get("cli.backup.row", backups.time(e.time()), backups.reasonName(e.reason()),
                    BackupService.size(e.size()), contents) + "  " + e.file().getFileName());
        }
        return NineonesCli.OK;
    }
}
