package org.nineones.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.nineones.app.FailureLog;
import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.print.PrintException;
import org.nineones.service.print.PrintKind;
import org.nineones.service.print.PrintResult;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "print", mixinStandardHelpOptions = true,
        description = {"Print one of the enterprise's safety documents as an A4 PDF (bundled CJK font embedded):",
                "cards (岗位责任卡), risk-cards (岗位风险告知卡), emergency-cards (应急处置卡),",
                "duty-book (岗位安全生产责任清单汇编), register (人员责任登记册);",
                "people's records: letters (安全生产责任书), training-file (一人一档), exam (试卷, --answer-key for the key),",
                "rewards-notice (奖惩公示), assessment-sheet (考核表);",
                "the problem list: rectification-list (整改清单), rectification-report (整改报告, --findings);",
                "the grid: grid-boards (网格责任公示牌, one page per area; --area, --paper A3), grid-map (网格图),",
                "dispatch (网格月度调度汇总, --month).",
                "Per post the version in force today is printed, else the draft, marked 草稿.",
                "Exit 0 when printed, 1 on any error (nothing is written then)."})
final class PrintCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--kind", required = true,
            description = "cards | risk-cards | emergency-cards | duty-book | register, or a printout of people's"
                    + " records (letters, training-file…; an unknown kind lists them all)")
    private String kind;

    @Option(names = "--out", required = true, description = "the PDF to write (replaced only when complete)")
    private Path out;

    @Option(names = "--post", description = "only the post(s) of this name (not for cards)")
    private String post;

    @Option(names = "--employee", description = "people's records: one person, by ID number, employee number or name")
    private String employee;

    @Option(names = "--year", description = "letters: the year of the signing round (this year unless given)")
    private Integer year;

    @Option(names = "--period", description = "rewards-notice, assessment-sheet: 2026-11, 2026-Q3 or 2026")
    private String period;

    @Option(names = "--exam", description = "exam: the exam's number (else the post's latest exam)")
    private Long exam;

    @Option(names = "--answer-key", description = "exam: print the answer key instead of the paper")
    private boolean answerKey;

    @Option(names = "--findings", paramLabel = "ID",
            description = "rectification-report: the imported findings file, by its number or fingerprint (else the"
                    + " latest imported)")
    private String findings;

    @Option(names = "--area", paramLabel = "AREA",
            description = "grid-boards: only this grid area, by its number, name or path (罐区/1号罐组)")
    private String area;

    @Option(names = "--paper", paramLabel = "A4|A3", description = "grid-boards: the paper, A4 (default) or A3")
    private String paper;

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "dispatch: the month of the grid's dispatch (the month of --as-of, today's, unless given)")
    private String month;

    @Option(names = "--as-of", description = "people's records: the day the printout speaks for (yyyy-MM-dd)")
    private LocalDate asOf;

    PrintCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        CliSupport.checkOutput(out, workspace);

        Messages messages = services.messages();
        Optional<RecordPrint> record = services.recordPrints().byKey(kind);
        if (record.isPresent()) {
            RecordPrintRequest request = new RecordPrintRequest(post, employee, year, month != null ? month : period,
                    exam, answerKey, asOf == null ? LocalDate.now() : asOf, findings, area, paper);
            return new LedgerCommands(services, spec.commandLine().getOut(), spec.commandLine().getErr())
                    .print(record.get(), workspace, request, out);
        }
        PrintKind printKind = PrintKind.fromCliName(kind).orElse(null);
        if (printKind == null) {
            String known = Stream.concat(Arrays.stream(PrintKind.values()).map(PrintKind::cliName),
                    services.recordPrints().all().stream().map(RecordPrint::key)).collect(Collectors.joining(", "));
            return CliSupport.refuse(spec, "print", messages.get("cli.print.unknownKind", kind, known));
        }
        try (Workspace ws = services.workspaces().open(workspace)) {
            PrintResult result = services.print().print(ws, printKind, out, post, Progress.NONE);
            spec.commandLine().getOut().println(messages.get("print.done", messages.of(printKind), result.items(),
                    result.pages(), result.file().toAbsolutePath()));
            if (result.skippedPosts() > 0) {
                spec.commandLine().getOut().println(messages.get("print.done.skipped", result.skippedPosts(),
                        messages.of(printKind)));
            }
            return NineonesCli.OK;
        } catch (WorkspaceException | PrintException e) {
            FailureLog.log(CliSupport.LOG, "print", e);
            return CliSupport.refuse(spec, "print", CliSupport.describe(e, messages));
        }
    }
}
