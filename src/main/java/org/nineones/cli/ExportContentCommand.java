package org.nineones.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.nineones.app.FailureLog;
import org.nineones.app.Services;
import org.nineones.excel.content.ExchangeKind;
import org.nineones.model.Messages;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.Progress;
import org.nineones.service.exchange.ContentExchangeService;
import org.nineones.service.exchange.ExchangeException;
import org.nineones.service.exchange.ExportResult;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export one kind of every post's safety content to an .xlsx, one row per line: the version "
                + "being edited (the draft, else the newest approved one).",
                "Or export one ledger of people's records, the records in force, in the form import reads back.",
                "Exit codes: 0 exported, 1 any error."})
final class ExportContentCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ContentOptions content = new ContentOptions();

    @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "the spreadsheet to write")
    private Path out;

    ExportContentCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        CliSupport.checkOutput(out, content.workspace);

        Messages messages = services.messages();
        Optional<Ledger> ledger = content.ledger(services);
        if (ledger.isPresent()) {
            return new LedgerCommands(services, spec.commandLine().getOut(), spec.commandLine().getErr())
                    .exportLedger(ledger.get(), content.workspace, out);
        }
        ExchangeKind exchangeKind = content.exchangeKind(messages, services);
        ContentExchangeService exchange = services.exchange();
        try (Workspace ws = services.workspaces().open(content.workspace)) {
            ExportResult result = exchange.export(ws, exchangeKind, out, Progress.NONE);
            spec.commandLine().getOut().println(messages.get("exchange.cli.exported", exchange.kindName(exchangeKind),
                    result.posts(), result.withContent(), result.rows(), out));
            return NineonesCli.OK;
        } catch (ExchangeException e) {
            FailureLog.log(CliSupport.LOG, "export", e);
            return fail(e.getMessage());
        }
    }

    private int fail(String message) {
        return CliSupport.refuse(spec, "export", message);
    }
}
