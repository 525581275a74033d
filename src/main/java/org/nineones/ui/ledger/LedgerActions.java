package org.nineones.ui.ledger;

import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.service.ledger.Ledger;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.ImportPreviewDialog;

/**
 * The ledgers of people's records to and from Excel (人员记录 menu): export one ledger, the records in force; import
 * one from a sheet, previewed first (row errors, what would be written), written in one transaction. Reading,
 * writing and committing run as background tasks with progress and cancel.
 */
public final class LedgerActions {

    private final AppContext context;
    private final Messages messages;
    private final DialogService dialogs;

    public LedgerActions(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.dialogs = context.dialogs();
    }

    public String name(Ledger ledger) {
        return messages.get(ledger.titleKey());
    }

    public void export(Workspace workspace, Ledger ledger) {
        String title = messages.get("ledger.ui.exportTitle", name(ledger));
        dialogs.chooseOutputFile(messages, title, workspace.file().toAbsolutePath().getParent(), name(ledger) + ".xlsx",
                        new FileFilter(messages.get("ui.file.xlsxFilter"), "*.xlsx"))
                .ifPresent(out -> context.tasks().run(title, progress -> ledger.export(workspace, out, progress),
                        rows -> dialogs.showInfo(title, messages.get("ledger.cli.exported", name(ledger), rows, out))));
    }

    /** Asks for the sheet, previews it, and on 导入 writes the records; {@code afterImport} runs once written. */
    public void importFile(Workspace workspace, Ledger ledger, Runnable afterImport) {
        String title = messages.get("ledger.ui.importTitle", name(ledger));
        dialogs.chooseFileToOpen(title, new FileFilter(messages.get("exchange.ui.sheetFilter"), "*.xlsx", "*.xls"))
                .ifPresent(file -> context.tasks().run(title, progress -> ledger.preview(workspace, file, progress),
                        preview -> {
                            LedgerImportViewModel vm = new LedgerImportViewModel(messages, preview, name(ledger));
                            ImportPreviewDialog dialog = new ImportPreviewDialog(context, vm, title,
                                    new ImportPreviewDialog.Texts("importLedgerButton",
                                            messages.get("ledger.ui.toWrite"), messages.get("ledger.ui.skipInvalid"),
                                            messages.get("ledger.ui.nothingToWrite")),
                                    () -> saveReport(ledger, vm, file));
                            if (dialog.showAndWait()) {
                                boolean skip = vm.skipInvalidProperty().get();
                                context.tasks().run(title, progress -> ledger.commit(workspace, preview, skip, progress),
                                        result -> {
                                            dialogs.showInfo(title, vm.doneMessage(result));
                                            afterImport.run();
                                        });
                            }
                        }));
    }

    private void saveReport(Ledger ledger, LedgerImportViewModel vm, Path source) {
        ImportPreviewDialog.saveErrorReport(context, source, out -> ledger.writeErrorReport(vm.preview(), out));
    }
}
