package org.nineones.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a sidecar file ({@code W.nineones.lock}): a workspace is open in one window
 * or one command at a time. The lock dies with the process, so a crash never leaves a workspace locked.
 */
final class WorkspaceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock file of a workspace, beside its real file: every spelling of the path, and every link to the file,
     * names the same lock, so a second window cannot open the workspace through a link.
     */
    static Path lockFileFor(Path workspace) {
        Path real = realPath(workspace);
        return real.resolveSibling(real.getFileName().toString() + ".lock");
    }

    /** The file's real path (links followed); for a file not made yet, its folder's real path and its name. */
    static Path realPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException notThereYet) {
            try {
                return absolute.getParent().toRealPath().resolve(absolute.getFileName());
            } catch (IOException noFolder) {
                return absolute;
            }
        }
    }

    static WorkspaceLock acquire(Path workspace) throws WorkspaceException {
        Path lockFile = lockFileFor(workspace);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw alreadyOpen(workspace, null);
            }
            return new WorkspaceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw alreadyOpen(workspace, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, workspace,
                    "cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    private static WorkspaceException alreadyOpen(Path workspace, Throwable cause) {
        return new WorkspaceException(WorkspaceException.Reason.ALREADY_OPEN, workspace,
                "workspace is already open in another window or command: " + workspace, cause);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // the channel is being abandoned after an earlier failure, which is what gets reported
        }
    }

    @Override
    public void close() throws IOException {
        // the lock file itself stays: deleting it would let a second process lock a new file at the same path
        // while a third still holds the old one
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
