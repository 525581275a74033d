package org.nineones.service.workspace;

import java.nio.file.Path;

import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.service.backup.BackupHook;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;

/** Creates and opens workspaces, and remembers recently used ones. */
public final class WorkspaceService {

    private final RecentFiles recentFiles;
    private final BackupHook onOpen;

    public WorkspaceService(RecentFiles recentFiles) {
        this(recentFiles, BackupHook.NONE);
    }

    /** With the backup the first open of a day takes (decision 0017). */
    public WorkspaceService(RecentFiles recentFiles, BackupHook onOpen) {
        this.recentFiles = recentFiles;
        this.onOpen = onOpen;
    }

    /**
     * Creates a workspace for a new enterprise. The credit code must pass the GB 32100 check.
     *
     * @throws IllegalArgumentException when the name is blank or the credit code is invalid (nothing is created)
     */
    public Workspace create(Path file, String name, String creditCode) throws WorkspaceException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("enterprise name is required");
        }
        CreditCode code = CreditCode.of(creditCode);
        Path target = withExtension(file);
        Workspace workspace = Workspace.create(target,
                new Enterprise(name.strip(), code.value(), "", false, "", "", "", "", ""));
        recentFiles.add(target);
        return workspace;
    }

    public Workspace open(Path file) throws WorkspaceException {
        Workspace workspace = Workspace.open(file);
        onOpen.backUp(workspace);
        recentFiles.add(file);
        return workspace;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** Adds {@code .nineones} when the name has no extension of ours. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(Workspace.EXTENSION) ? file : file.resolveSibling(name + Workspace.EXTENSION);
    }
}
