package org.nineones.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options every import command shares: check only, skip what is invalid, write an error report. */
final class ImportOptions {

    @Option(names = "--dry-run", description = "check and show what would be imported; write nothing")
    boolean dryRun;

    @Option(names = "--skip-invalid", description = "import what is correct and leave out what has errors")
    boolean skipInvalid;

    @Option(names = "--report", paramLabel = "ERRORS.xlsx",
            description = "write the rows with errors, offending cells highlighted, to this spreadsheet")
    Path report;
}
