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
import org.nineones.model.inspection.Inspection;
import org.nineones.service.inspection.ClosingException;
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
        subcommands = {ClosingCommand.Import.class, ClosingCommand.ListStates.class, ClosingCommand.Accept.class,
                ClosingCommand.Reopen.class})
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
            return inFile(services, spec, "closing import", inspection, (f, out) -> {
                ClosingImportResult result = services.closings().importPackage(f, file);
                if (json) {
                    CliSupport.printJson(out, json(result));
                } else {
                    out.println(result.summary());
                    printStates(out, result.findings(), services.messages());
                }
                return NineonesCli.OK;
            });
        }

        private static Map<String, Object> json(ClosingImportResult r) {
            return CliSupport.object("inspection", r.inspection().uid(), "enterprise",
                    r.inspection().enterpriseName(), "package", r.closing().fingerprint(),
                    "alreadyImported", r.alreadyImported(), "findings", findingsJson(r.findings()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Print each inspection of the inspection file with each finding's number and state "
                    + "(accepted, rectified, open, overdue), the numbers closing accept and closing reopen take.",
                    "Exit codes: 0 listed, 1 refused."})
    static final class ListStates implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--inspection", required = true, paramLabel = "I",
                description = "the inspection file (*.nineinspect)")
        private Path inspection;

        @Option(names = "--json", description = "print the states as JSON")
        private boolean json;

        ListStates(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            return inFile(services, spec, "closing list", inspection, (f, out) -> {
                Messages m = services.messages();
                List<Map<String, Object>> inspections = new ArrayList<>();
                for (Inspection i : services.inspections().inspections(f)) {
                    List<FindingClosing> states = services.closings().states(f, i);
                    if (json) {
                        inspections.add(CliSupport.object("inspection", i.uid(), "enterprise", i.enterpriseName(),
                                "creditCode", i.creditCode(), "findings", findingsJson(states)));
                    } else {
                        out.println(m.get("closing.cli.inspection", i.uid(), i.enterpriseName(), i.creditCode()));
                        printStates(out, states, m);
                    }
                }
                if (json) {
                    CliSupport.printJson(out, CliSupport.object("inspections", inspections));
                }
                return NineonesCli.OK;
            });
        }
    }

    /**
     * A decision on one finding, named by its number: the inspection of the file holding it found, the decision
     * recorded by {@link org.nineones.service.inspection.ClosingService} (one transaction; its refusals, one
     * sentence and exit code 1, nothing written), the finding's new state printed.
     */
    abstract static class Decision implements Callable<Integer> {

        final Services services;

        @Spec
        CommandSpec spec;

        @Option(names = "--inspection", required = true, paramLabel = "I",
                description = "the inspection file (*.nineinspect)")
        Path inspection;

        @Option(names = "--finding", required = true, paramLabel = "UID",
                description = "the finding's number (closing list, closing import)")
        String finding;

        @Option(names = "--json", description = "print the finding's new state as JSON")
        boolean json;

        Decision(Services services) {
            this.services = services;
        }

        abstract String name();

        abstract FindingClosing decide(InspectionFile file, Inspection of);

        abstract String done(FindingClosing decided, Inspection of, Messages m);

        @Override
        public Integer call() throws Exception {
            return inFile(services, spec, name(), inspection, (f, out) -> {
                Inspection of = services.closings().inspectionOf(f, finding);
                FindingClosing decided = decide(f, of);
                if (json) {
                    Map<String, Object> object = CliSupport.object("inspection", of.uid(), "enterprise",
                            of.enterpriseName());
                    object.putAll(findingJson(decided));
                    object.put("decision", decided.decision() == null ? null : decided.decision().kind().name());
                    object.put("reason", decided.decision() == null ? "" : decided.decision().reason());
                    CliSupport.printJson(out, object);
                } else {
                    out.println(done(decided, of, services.messages()));
                }
                return NineonesCli.OK;
            });
        }

        static String shortly(FindingClosing c) {
            return c.finding().lineId().isEmpty() ? c.finding().seen() : c.finding().lineId() + " "
                    + c.finding().seen();
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = {"Accept a finding's rectification (验收整改): the finding is closed. Refused for a "
                    + "finding the file does not hold, one not rectified (not every measure done in the latest "
                    + "closing package), one accepted already, or an inspection not signed.",
                    "Exit codes: 0 accepted, 1 refused."})
    static final class Accept extends Decision {

        Accept(Services services) {
            super(services);
        }

        @Override
        String name() {
            return "closing accept";
        }

        @Override
        FindingClosing decide(InspectionFile file, Inspection of) {
            return services.closings().accept(file, of, finding.strip());
        }

        @Override
        String done(FindingClosing decided, Inspection of, Messages m) {
            return m.get("closing.cli.accepted", decided.finding().uid(), shortly(decided), of.uid(),
                    of.enterpriseName());
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true,
            description = {"Send a finding back (退回整改) with the reason: it is open (or overdue) again until a "
                    + "newer closing package answers it. Refused without a reason, for a finding the file does not "
                    + "hold, one not rectified, or an inspection not signed.",
                    "Exit codes: 0 sent back, 1 refused."})
    static final class Reopen extends Decision {

        @Option(names = "--reason", required = true, paramLabel = "TEXT",
                description = "what is not done well enough and what must still be done")
        private String reason;

        Reopen(Services services) {
            super(services);
        }

        @Override
        String name() {
            return "closing reopen";
        }

        @Override
        FindingClosing decide(InspectionFile file, Inspection of) {
            return services.closings().reopen(file, of, finding.strip(), reason);
        }

        @Override
        String done(FindingClosing decided, Inspection of, Messages m) {
            return m.get("closing.cli.reopened", decided.finding().uid(), shortly(decided), of.uid(),
                    of.enterpriseName(), decided.decision().reason());
        }
    }

    /** What a subcommand does in the open inspection file, printing on {@code out}: its exit code. */
    private interface InFile {
        int run(InspectionFile file, PrintWriter out) throws Exception;
    }

    /**
     * Opens the inspection file (refused when it is not there), does the work and returns its exit code; a refusal
     * of the closing service or of the file is one sentence after the command's name, exit code 1 (3 for a package
     * that does not verify), nothing written.
     */
    private static int inFile(Services services, CommandSpec spec, String command, Path inspection, InFile work)
            throws Exception {
        if (!Files.isRegularFile(inspection)) {
            return CliSupport.refuse(spec, command,
                    services.messages().get("closing.cli.noInspectionFile", inspection));
        }
        try (InspectionFile f = services.inspections().open(inspection)) {
            return work.run(f, spec.commandLine().getOut());
        } catch (ClosingException e) {
            return CliSupport.refuse(spec, command, e.getMessage());
        } catch (InspectionException e) {
            return CliSupport.refused(spec, command, e);
        }
    }

    private static void printStates(PrintWriter out, List<FindingClosing> states, Messages m) {
        for (FindingClosing c : states) {
            out.println(m.get("closing.cli.line", c.finding().uid(), m.get("closing.state." + c.state().name())
                    + (c.sentBack() ? m.get("closing.ui.sentBack") : ""),
                    c.finding().lineId().isEmpty() ? "—" : c.finding().lineId(), c.finding().seen()));
        }
    }

    private static List<Map<String, Object>> findingsJson(List<FindingClosing> states) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (FindingClosing c : states) {
            findings.add(findingJson(c));
        }
        return findings;
    }

    private static Map<String, Object> findingJson(FindingClosing c) {
        int measures = c.answer() == null ? 0 : c.answer().measures().size();
        long done = c.answer() == null ? 0 : c.answer().measures().stream().filter(x -> !x.status().pending()).count();
        String deadline = c.finding().deadline() == null ? null : c.finding().deadline().toString();
        return CliSupport.object("uid", c.finding().uid(), "lineId", c.finding().lineId(), "seen", c.finding().seen(),
                "deadline", deadline, "state", c.state().name(), "sentBack", c.sentBack(), "measures", measures,
                "done", done);
    }
}
