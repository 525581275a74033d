package org.nineones.service.rewards;

import org.nineones.model.UserFacing;

/** A rules table that cannot be used: the line (1-based) and what is wrong there. Nothing was loaded. */
public final class RulesFileException extends Exception implements UserFacing {

    /** What is wrong with the line. */
    public enum Problem {
        HEADER, COLUMNS, CODE, DUPLICATE, KIND, DESCRIPTION, AMOUNT, POINTS, EMPTY
    }

    private final int line;
    private final Problem problem;
    private final String value;

    public RulesFileException(int line, Problem problem, String value) {
        super("line " + line + ": " + problem + (value.isEmpty() ? "" : " '" + value + "'"));
        this.line = line;
        this.problem = problem;
        this.value = value;
    }

    public int line() {
        return line;
    }

    public Problem problem() {
        return problem;
    }

    /** The offending text (or, for the header, the header expected). */
    public String value() {
        return value;
    }
}
