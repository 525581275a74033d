package org.nineones.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that turns a failure into the sentence a person reads, for the GUI and the command line alike: an
 * output refused, then a problem of the disk or file system (full, read-only, locked by another program, a folder
 * gone), then any {@link UserFacing} refusal. Everything else has no sentence here: the caller shows its generic
 * one and logs the details.
 */
public final class Failures {

    /** What went wrong with a file, told apart so that each gets its own advice. */
    public enum FileProblem {
        /** No space left on the disk. */
        DISK_FULL,
        /** The file or its folder cannot be written (read-only, no permission, a read-only medium). */
        READ_ONLY,
        /** Another program holds the file (a second copy of the app, Excel, a database tool…). */
        LOCKED,
        /** The folder does not exist (moved, renamed, a USB stick removed). */
        FOLDER_MISSING
    }

    private static final int MAX_DEPTH = 32;
    // SQLite's primary result codes (sqlite3.h)
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    private Failures() {
    }

    /** The sentence for the user, or empty when the failure is unexpected (a bug: show a generic sentence). */
    public static Optional<String> sentence(Throwable failure, Messages messages) {
        for (Throwable t : chain(failure)) {
            if (t instanceof OutputRefusedException refused) {
                return Optional.of(refused.userMessage(messages));
            }
        }
        Optional<FileProblem> problem = fileProblem(failure);
        if (problem.isPresent()) {
            Path subject = subject(failure);
            Object where = subject == null ? messages.get("files.thisFile") : subject;
            return Optional.of(messages.get("files.problem." + problem.get().name(), where));
        }
        for (Throwable t : chain(failure)) {
            if (t instanceof UserFacing userFacing) {
                String text = userFacing.userMessage(messages);
                if (text != null && !text.isBlank()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True for a refusal the user is told about in a sentence of its own (an output refused, any {@link UserFacing}
     * refusal): the application doing its job, not a bug.
     */
    public static boolean isRefusal(Throwable failure) {
        return chain(failure).stream().anyMatch(t -> t instanceof UserFacing);
    }

    /** The failure and its causes in one line ({@code A: x ← B: y}), for a log entry that needs no stack trace. */
    public static String summary(Throwable failure) {
        return String.join(" ← ", chain(failure).stream().map(Throwable::toString).toList());
    }

    /** The problem of the disk or file system behind a failure, if it is one. */
    public static Optional<FileProblem> fileProblem(Throwable failure) {
        for (Throwable t : chain(failure)) {
            FileProblem p = null;
            if (t instanceof SQLException sql) {
                p = ofSql(sql);
            } else if (t instanceof IOException io) {
                p = ofIo(io);
            }
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The file a failure is about: the file system's own word, else the file the refusal names. */
    static Path subject(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof UserFacing u && u.subject() != null) {
                return u.subject();
            }
        }
        for (Throwable t : chain(failure)) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                return asTheUserKnowsIt(Path.of(fs.getFile()));
            }
        }
        return null;
    }

    /**
     * The file the user named, for one the app made beside it: the target of a half-written {@code .NAME.….part},
     * the workspace of its {@code .lock}.
     */
    static Path asTheUserKnowsIt(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        java.util.regex.Matcher part = PART.matcher(name);
        if (part.matches()) {
            return file.resolveSibling(part.group(1));
        }
        if (name.endsWith(".lock") && name.length() > ".lock".length()) {
            return file.resolveSibling(name.substring(0, name.length() - ".lock".length()));
        }
        return file;
    }

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("\\.(.+)\\.\\d+\\.part");

    private static FileProblem ofSql(SQLException e) {
        String text = lower(e.getMessage());
        int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_FULL || text.contains("sqlite_full") || text.contains("disk is full")) {
            return FileProblem.DISK_FULL;
        }
        if (code == SQLITE_READONLY || text.contains("sqlite_readonly") || text.contains("readonly database")) {
            return FileProblem.READ_ONLY;
        }
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED || text.contains("sqlite_busy")
                || text.contains("sqlite_locked") || text.contains("database is locked")) {
            return FileProblem.LOCKED;
        }
        if (code == SQLITE_CANTOPEN || text.contains("sqlite_cantopen")) {
            return FileProblem.READ_ONLY;
        }
        return null;
    }

    private static FileProblem ofIo(IOException e) {
        String text = lower(e instanceof FileSystemException fs ? fs.getReason() + " " + fs.getMessage() : e.getMessage());
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("磁盘空间不足")) {
            return FileProblem.DISK_FULL;
        }
        if (text.contains("being used by another process") || text.contains("another process has locked")
                || text.contains("另一个程序正在使用")) {
            return FileProblem.LOCKED;
        }
        if (e instanceof AccessDeniedException || text.contains("read-only file system")
                || text.contains("permission denied") || text.contains("access is denied")) {
            return FileProblem.READ_ONLY;
        }
        if (e instanceof NoSuchFileException missing && missing.getFile() != null) {
            Path parent = Path.of(missing.getFile()).toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                return FileProblem.FOLDER_MISSING;
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** The failure and its causes, outermost first, without looping on a cause chain that points back. */
    private static java.util.List<Throwable> chain(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < MAX_DEPTH && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
