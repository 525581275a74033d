package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.nineones.app.FailureLog;
import org.nineones.app.Services;
import org.nineones.excel.content.ExchangeKind;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.Progress;
import org.nineones.service.exchange.ContentExchangeService;
import org.nineones.service.exchange.ExchangeException;
import org.nineones.service.exchange.ExchangePreview;
import org.nineones.service.exchange.ExchangeResult;
import org.nineones.service.exchange.PostChange;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import one kind of post safety content from a spreadsheet (.xlsx or .xls): finds the header "
                + "row, checks every row, and saves each changed post's content as its draft, all in one transaction "
                + "or none. Approved versions are never changed.",
                "Or import one ledger of people's records (training sessions, attendance, exam results, rewards and "
                        + "penalties, assessments, letters): every row checked, all written in one transaction or none.",
                "Exit codes: 0 imported (or checked, with --dry-run), 2 rows with errors stopped it (nothing written), "
                        + "1 any other error."})
final class ImportContentCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ContentOptions content = new ContentOptions();

    @Option(names = "--file", required = true, paramLabel = "F.xlsx", description = "the spreadsheet to import")
    private Path file;

    @Mixin
    private ImportOptions options = new ImportOptions();

    ImportContentCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        CliSupport.checkOutput(options.report, content.workspace, file);

        Messages messages = services.messages();
        PrintWriter out = spec.commandLine().getOut();
        Optional<Ledger> ledger = content.ledger(services);
        if (ledger.isPresent()) {
            return new LedgerCommands(services, out, spec.commandLine().getErr())
                    .importLedger(ledger.get(), content.workspace, file, options);
        }
        ExchangeKind exchangeKind = content.exchangeKind(messages, services);
        ContentExchangeService exchange = services.exchange();
        try (Workspace ws = services.workspaces().open(content.workspace)) {
            ExchangePreview preview = exchange.preview(ws, exchangeKind, file, Progress.NONE);
            for (RowProblem error : preview.errors()) {
                out.println(messages.get("exchange.cli.rowError", error.row(), error.column(), error.message()));
            }
            out.println(messages.get("exchange.cli.summary", preview.sheet().table().sheetName(),
                    preview.sheet().table().headerRowNumber(), preview.rows(), preview.invalidRows(),
                    preview.changes().size(), preview.unchanged(), preview.invalidPosts()));
            if (options.report != null) {
                exchange.writeErrorReport(preview, options.report);
                out.println(messages.get("exchange.cli.report", options.report));
            }
            if (preview.hasErrors() && !options.skipInvalid) {
                spec.commandLine().getErr().println(messages.get("exchange.cli.stopped", preview.invalidRows()));
                return NineonesCli.INVALID_ROWS;
            }
            if (options.dryRun) {
                for (PostChange change : preview.changes()) {
                    out.println(messages.get("exchange.cli.willChange", change.label()));
                }
                out.println(messages.get("exchange.cli.dryRun"));
                return NineonesCli.OK;
            }
            ExchangeResult result = exchange.commit(ws, preview, options.skipInvalid, Progress.NONE);
            out.println(messages.get("exchange.cli.imported", result.newDrafts(), result.updatedDrafts(),
                    result.unchanged(), result.skippedPosts()));
            return NineonesCli.OK;
        } catch (ExchangeException e) {
            FailureLog.log(CliSupport.LOG, "import", e);
            return fail(e.getMessage());
        }
    }

    private int fail(String message) {
        return CliSupport.refuse(spec, "import", message);
    }
}
