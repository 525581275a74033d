package org.nineones.service.templates;

/**
 * The template library that ships in the jar cannot be used: a file is missing, unreadable or incomplete. This is a
 * defect of the build, never of the user's data; the message names the file and what is wrong with it.
 */
public final class TemplateLibraryException extends RuntimeException {

    private final String file;
    private final String problem;

    TemplateLibraryException(String file, String problem, Throwable cause) {
        super("template library file " + file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file at fault, relative to the library's folder (e.g. {@code electrician.json}). */
    public String file() {
        return file;
    }

    /** What is wrong with it, in English (for the log and for developers). */
    public String problem() {
        return problem;
    }
}
