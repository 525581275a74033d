package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.nineones.app.FailureLog;
import org.nineones.app.Services;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;

/**
 * The ledgers of people's records and their printouts behind {@code import}, {@code export} and {@code print
 * --kind}: the same row-error lines, summaries and exit codes as {@code import-roster}.
 */
final class LedgerCommands {

    private final Services services;
    private final PrintWriter out;
    private final PrintWriter err;

    LedgerCommands(Services services, PrintWriter out, PrintWriter err) {
        this.services = services;
        this.out = out;
        this.err = err;
    }

    /** The unknown-kind sentence for import and export, listing the content kinds and the ledgers. */
    static String unknownKind(Messages messages, Services services, String kind, String contentKinds) {
        return messages.get("exchange.cli.unknownKind", kind, contentKinds + "|" + services.ledgers().keys());
    }

    int importLedger(Ledger ledger, Path workspace, Path file, ImportOptions options) throws WorkspaceException {
        Messages messages = services.messages();
        if (!ledger.importable()) {
            err.println("import: " + messages.get("ledger.cli.notImportable", ledger.key()));
            return NineonesCli.FAILED;
        }
        try (Workspace ws = services.workspaces().open(workspace)) {
            LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
            for (RowProblem error : preview.errors()) {
                out.println(messages.get("exchange.cli.rowError", error.row(), error.column(), error.message()));
            }
            out.println(messages.get("ledger.cli.summary", messages.get(ledger.titleKey()), preview.sheetName(),
                    preview.headerRowNumber(), preview.rows(), preview.invalidRows(), preview.toWrite()));
            if (options.report != null) {
                ledger.writeErrorReport(preview, options.report);
                out.println(messages.get("exchange.cli.report", options.report));
            }
            if (preview.hasErrors() && !options.skipInvalid) {
                err.println(messages.get("ledger.cli.stopped", preview.invalidRows()));
                return NineonesCli.INVALID_ROWS;
            }
            if (options.dryRun) {
                for (String line : preview.willWrite()) {
                    out.println(messages.get("ledger.cli.willWrite", line));
                }
                out.println(messages.get("exchange.cli.dryRun"));
                return NineonesCli.OK;
            }
            LedgerImportResult result = ledger.commit(ws, preview, options.skipInvalid, Progress.NONE);
            out.println(messages.get("ledger.cli.imported", messages.get(ledger.titleKey()), result.written(),
                    result.skippedRows()));
            return NineonesCli.OK;
        } catch (LedgerException e) {
            FailureLog.log(CliSupport.LOG, "import", e);
            err.println("import: " + e.getMessage());
            return e.reason() == LedgerException.Reason.INVALID_ROWS ? NineonesCli.INVALID_ROWS : NineonesCli.FAILED;
        }
    }

    int exportLedger(Ledger ledger, Path workspace, Path target) throws WorkspaceException {
        Messages messages = services.messages();
        try (Workspace ws = services.workspaces().open(workspace)) {
            int rows = ledger.export(ws, target, Progress.NONE);
            out.println(messages.get("ledger.cli.exported", messages.get(ledger.titleKey()), rows, target));
            return NineonesCli.OK;
        } catch (LedgerException e) {
            FailureLog.log(CliSupport.LOG, "export", e);
            err.println("export: " + e.getMessage());
            return NineonesCli.FAILED;
        }
    }

    int print(RecordPrint print, Path workspace, RecordPrintRequest request, Path target) {
        Messages messages = services.messages();
        try (Workspace ws = services.workspaces().open(workspace)) {
            RecordPrintResult result = print.print(ws, request, target, Progress.NONE);
            out.println(messages.get("ledger.cli.printed", messages.get(print.titleKey()), result.items(),
                    result.pages(), result.file().toAbsolutePath()));
            return NineonesCli.OK;
        } catch (WorkspaceException | PrintException e) {
            FailureLog.log(CliSupport.LOG, "print", e);
            err.println("print: " + CliSupport.describe(e, messages));
            return NineonesCli.FAILED;
        }
    }
}
