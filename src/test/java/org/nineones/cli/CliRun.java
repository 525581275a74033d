package org.nineones.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.nineones.app.Services;

/** One run of the command line in this JVM: its exit code and what it printed on each stream. */
record CliRun(int code, String out, String err) {

    static CliRun of(Services services, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
