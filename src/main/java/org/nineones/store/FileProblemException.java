package org.nineones.store;

import java.nio.file.Path;

import org.nineones.model.Failures;
import org.nineones.model.Messages;
import org.nineones.model.UserFacing;

/**
 * A read or write of the workspace that the disk or the file system refused (full, read-only, held by another
 * program, gone): the transaction was rolled back, and the user reads what to do instead of the database's text.
 */
public final class FileProblemException extends RuntimeException implements UserFacing {

    private final Failures.FileProblem problem;
    private final transient Path file;

    private FileProblemException(Failures.FileProblem problem, Path file, Throwable cause) {
        super(problem + ": " + file, cause);
        this.problem = problem;
        this.file = file;
    }

    /** The failure as a file problem of {@code file} when it is one, else the failure itself. */
    static RuntimeException ifFileProblem(RuntimeException failure, Path file) {
        return Failures.fileProblem(failure).<RuntimeException>map(p -> new FileProblemException(p, file, failure))
                .orElse(failure);
    }

    public Failures.FileProblem problem() {
        return problem;
    }

    @Override
    public String userMessage(Messages messages) {
        return messages.get("files.problem." + problem.name(), file);
    }

    @Override
    public Path subject() {
        return file;
    }
}
