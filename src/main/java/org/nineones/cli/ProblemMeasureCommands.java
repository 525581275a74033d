package org.nineones.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.problems.Evidence;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.Problem;
import org.nineones.model.problems.ProblemDraft;
import org.nineones.service.problems.ProblemException;
import org.nineones.service.problems.ProblemService;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones problems add|measure|status|correct}: a problem by hand and the measures of a problem
 * through the same service as the window; a refusal is one sentence and exit code 1, nothing written.
 */
final class ProblemMeasureCommands {

    private ProblemMeasureCommands() {
    }

    static MeasureStatus status(String text, Messages messages) {
        MeasureStatus status = MeasureStatus.ofCode(text);
        if (status == null) {
            throw new ProblemException(ProblemException.Reason.UNKNOWN_STATUS, messages.get("problems.cli.unknownStatus",
                    text, String.join("、", Arrays.stream(MeasureStatus.values())
                            .map(s -> s.code() + "（" + messages.of(s) + "）").toList())));
        }
        return status;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a problem by hand (from a safety meeting, a grid check, the enterprise's own "
                    + "inspection).", "Exit codes: 0 added, 1 refused."})
    static final class Add implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--seen", required = true, description = "what was found")
        private String seen;

        @Option(names = "--requirement", description = "what must be done")
        private String requirement;

        @Option(names = "--line", description = "the checklist line it concerns, e.g. 3.1")
        private String line;

        @Option(names = "--deadline", paramLabel = "yyyy-MM-dd", description = "the deadline given with it")
        private LocalDate deadline;

        @Option(names = "--responsible", description = "who answers for it (text)")
        private String responsible;

        Add(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = services.workspaces().open(workspace)) {
                Problem p = services.problems().addProblem(ws, new ProblemDraft(line, seen, requirement, deadline,
                        responsible));
                spec.commandLine().getOut().println(services.messages().get("problems.cli.added",
                        String.valueOf(p.id()), p.seen()));
            }
            return NineonesCli.OK;
        }
    }

    @Command(name = "measure", mixinStandardHelpOptions = true,
            description = {"Add a rectification measure to a problem: its owner (an employee number of the roster, "
                    + "not left) and its deadline are required.", "Exit codes: 0 added, 1 refused."})
    static final class AddMeasure implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--problem", required = true, paramLabel = "N", description = "the problem's number")
        private long problem;

        @Option(names = "--text", required = true, description = "what is to be done")
        private String text;

        @Option(names = "--owner", paramLabel = "EMPLOYEE_NO", description = "the owner's employee number")
        private String owner;

        @Option(names = "--deadline", paramLabel = "yyyy-MM-dd", description = "the deadline")
        private LocalDate deadline;

        AddMeasure(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            ProblemService problems = services.problems();
            try (Workspace ws = services.workspaces().open(workspace)) {
                Long ownerId = owner == null ? null : problems.ownerByNumber(ws, owner);
                Measure m = problems.addMeasure(ws, problem, new MeasureDraft(text, ownerId, deadline));
                spec.commandLine().getOut().println(services.messages().get("problems.cli.measureAdded",
                        String.valueOf(m.id()), String.valueOf(problem), m.text(), m.current().ownerName(),
                        m.deadline().toString()));
            }
            return NineonesCli.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Change a measure's status (open, in-progress, done, verified) with a note and evidence: "
                    + "done needs evidence, verified needs done first, a verified measure is final. Without "
                    + "--status: add evidence, the status unchanged.",
                    "Exit codes: 0 changed, 1 refused."})
    static final class Status implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--measure", required = true, paramLabel = "N", description = "the measure's number")
        private long measure;

        @Option(names = "--status", description = "open, in-progress, done or verified (none: evidence only)")
        private String status;

        @Option(names = "--note", description = "a note; required when the status goes back")
        private String note;

        @Option(names = "--record", paramLabel = "ID", description = "a record of duty performance as evidence "
                + "(repeatable; see record list)")
        private List<Long> records = new ArrayList<>();

        @Option(names = "--file", description = "a file to keep as evidence (repeatable)")
        private List<Path> files = new ArrayList<>();

        Status(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages messages = services.messages();
            MeasureStatus s = status == null ? null : status(status, messages);
            Evidence evidence = new Evidence(records, files);
            try (Workspace ws = services.workspaces().open(workspace)) {
                Measure m = s == null ? services.problems().addEvidence(ws, measure, note, evidence)
                        : services.problems().changeStatus(ws, measure, s, note, evidence);
                spec.commandLine().getOut().println(messages.get("problems.cli.changed", String.valueOf(m.id()),
                        messages.of(m.status()), String.valueOf(m.records().size()),
                        String.valueOf(m.attachments().size())));
            }
            return NineonesCli.OK;
        }
    }

    @Command(name = "correct", mixinStandardHelpOptions = true,
            description = {"Correct a measure's text, owner or deadline, with the reason: a new version, the earlier "
                    + "one kept; a verified measure is final.", "Exit codes: 0 corrected, 1 refused."})
    static final class Correct implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--measure", required = true, paramLabel = "N", description = "the measure's number")
        private long measure;

        @Option(names = "--text", description = "the text as it should be (default: unchanged)")
        private String text;

        @Option(names = "--owner", paramLabel = "EMPLOYEE_NO", description = "the owner (default: unchanged)")
        private String owner;

        @Option(names = "--deadline", paramLabel = "yyyy-MM-dd", description = "the deadline (default: unchanged)")
        private LocalDate deadline;

        @Option(names = "--reason", required = true, description = "why it is corrected")
        private String reason;

        Correct(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            ProblemService problems = services.problems();
            try (Workspace ws = services.workspaces().open(workspace)) {
                Measure now = problems.findMeasure(ws, measure).orElseThrow(() -> new ProblemException(
                        ProblemException.Reason.UNKNOWN_MEASURE, services.messages().get(
                        "problems.error.unknownMeasure", String.valueOf(measure))));
                Measure m = problems.correct(ws, measure, new MeasureDraft(text == null ? now.text() : text,
                        owner == null ? now.ownerId() : problems.ownerByNumber(ws, owner),
                        deadline == null ? now.deadline() : deadline), reason);
                spec.commandLine().getOut().println(services.messages().get("problems.cli.corrected",
                        String.valueOf(m.id()), m.text(), m.current().ownerName(), m.deadline().toString()));
            }
            return NineonesCli.OK;
        }
    }
}
