package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.inspection.FindingClosing;
import org.nineones.service.inspection.ClosingImportResult;
import org.nineones.service.inspection.InspectionException;
import org.nineones.store.InspectionFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nineones closing …}: the inspector's side of the enterprise's closing packages (整改回复包). */
@Command(name = "closing", mixinStandardHelpOptions = true,
        description = "The enterprise's closing packages (整改回复包) in the inspector's inspection file.",
        subcommands = {ClosingCommand.Import.class})
final class ClosingCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a closing package into the inspection file and print each finding of the "
                    + "inspection with its state (accepted, rectified, open, overdue): verified first; refused for "
                    + "an inspection the file does not hold, another enterprise, or findings the inspection does not "
                    + "have; importing the same package again changes nothing.",
                    "Exit codes: 0 imported (or already there), 1 refused, 3 the package does not verify (altered)."})
    static final class Import implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--inspection", required = true, paramLabel = "I",
                description = "the inspection file (*.nineinspect)")
        private Path inspection;

        @Option(names = "--file", required = true, paramLabel = "F.zip", description = "the closing package")
        private Path file;

        @Option(names = "--json", description = "print the states as JSON")
        private boolean json;

        Import(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages m = services.messages();
            if (!Files.isRegularFile(inspection)) {
                spec.commandLine().getErr().println("closing import: "
                        + m.get("closing.cli.noInspectionFile", inspection));
                return NineonesCli.FAILED;
            }
            try (InspectionFile f = services.inspections().open(inspection)) {
                ClosingImportResult result = services.closings().importPackage(f, file);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    CliSupport.printJson(out, json(result));
                } else {
                    out.println(result.summary());
                    for (FindingClosing c : result.findings()) {
                        out.println(m.get("closing.cli.line", c.finding().uid(), m.get("closing.state."
                                + c.state().name()), c.finding().lineId().isEmpty() ? "—" : c.finding().lineId(),
                                c.finding().seen()));
                    }
                }
                return NineonesCli.OK;
            } catch (InspectionException e) {
                return CliSupport.refused(spec, "closing import", e);
            }
        }

        private static Map<String, Object> json(ClosingImportResult r) {
            List<Map<String, Object>> findings = new ArrayList<>();
            for (FindingClosing c : r.findings()) {
                int measures = c.answer() == null ? 0 : c.answer().measures().size();
                long done = c.answer() == null ? 0 : c.answer().measures().stream()
                        .filter(x -> !x.status().pending()).count();
                findings.add(CliSupport.object("uid", c.finding().uid(), "lineId", c.finding().lineId(),
                        "seen", c.finding().seen(), "deadline", c.finding().deadline().toString(),
                        "state", c.state().name(), "measures", measures, "done", done));
            }
            return CliSupport.object("inspection", r.inspection().uid(), "enterprise",
                    r.inspection().enterpriseName(), "package", r.closing().fingerprint(),
                    "alreadyImported", r.alreadyImported(), "findings", findings);
        }
    }
}
