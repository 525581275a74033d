package org.nineones.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nineones.app.FailureLog;
import org.nineones.app.Services;
import org.nineones.sample.Roster;
import org.nineones.sample.RosterGenerator;
import org.nineones.sample.RosterRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones generate}: writes the roster of a synthetic enterprise (or the sample one), for tests and the
 * benchmark. Needs no workspace; only the texts.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = NineonesCli.FAILED,
        description = {"Write the roster (花名册) of a synthetic chemical plant as an .xlsx, in the layout HR keeps.",
                "The same --employees, --seed and --invalid always give the same cell values."})
final class GenerateCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--employees", defaultValue = "200", paramLabel = "N",
            description = "number of employees (default: ${DEFAULT-VALUE})")
    private int employees;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the .xlsx file to write")
    private Path out;

    @Option(names = "--invalid", defaultValue = "0", paramLabel = "K",
            description = "make K rows invalid (wrong check digit, 3.71602E+17, missing name, duplicate ID, in turn)")
    private int invalid;

    @Option(names = "--sample", description = "write the bundled sample enterprise (滨州示例化工有限公司) instead; "
            + "ignores --employees and --seed")
    private boolean sample;

    GenerateCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        CliSupport.checkOutput(out);

        PrintWriter err = spec.commandLine().getErr();
        if (!sample && employees < 1) {
            err.println("generate: " + services.messages().get("cli.generate.badEmployees", employees));
            return NineonesCli.FAILED;
        }
        RosterGenerator generator = sample ? RosterGenerator.sample() : RosterGenerator.synthetic(employees, seed);
        int people = generator.company().headcount();
        if (invalid < 0 || 2 * invalid > people) {
            err.println("generate: " + services.messages().get("cli.generate.badInvalid", people / 2, invalid));
            return NineonesCli.FAILED;
        }
        long start = System.nanoTime();
        Roster roster;
        try {
            roster = generator.withInvalidRows(invalid).write(out);
        } catch (IOException e) {
            FailureLog.log(CliSupport.LOG, "generate " + out, e);
            Path name = out.getFileName();
            err.println("generate: " + services.messages().get("roster.cannotWrite", name == null ? out : name));
            return NineonesCli.FAILED;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        PrintWriter o = spec.commandLine().getOut();
        o.println(services.messages().get("cli.generate.done", CliSupport.display(out), roster.company().name(),
                String.valueOf(roster.rows().size()), String.valueOf(roster.company().postNames().size()),
                String.valueOf(roster.invalidRows().size()), String.valueOf(millis)));
        for (int i = 0; i < roster.rows().size(); i++) {
            RosterRow row = roster.rows().get(i);
            if (row.invalid() != null) {
                o.printf("row %d: %s%n", Roster.excelRowNumber(i), row.invalid());
            }
        }
        CliSupport.LOG.info("generated {} rows into {}", roster.rows().size(), out);
        return NineonesCli.OK;
    }
}
