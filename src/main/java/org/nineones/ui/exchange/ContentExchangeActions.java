package org.nineones.ui.exchange;

import java.nio.file.Path;

import org.nineones.excel.content.ExchangeKind;
import org.nineones.model.Messages;
import org.nineones.service.exchange.ContentExchangeService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.ImportPreviewDialog;

/**
 * Post content to and from Excel (岗位内容 menu): export one kind for every post; import one kind from a sheet,
 * previewed first, written as drafts in one transaction. Reading, writing and committing run as background tasks.
 */
public final class ContentExchangeActions {

    private final AppContext context;
    private final Messages messages;
    private final DialogService dialogs;
    private final ContentExchangeService service;

    public ContentExchangeActions(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.dialogs = context.dialogs();
        this.service = context.services().exchange();
    }

    /** The menu text of a kind. */
    public String kindName(ExchangeKind kind) {
        return service.kindName(kind);
    }

    public void export(Workspace workspace, ExchangeKind kind) {
        String title = messages.get("exchange.ui.exportTitle", kindName(kind));
        dialogs.chooseOutputFile(messages, title, workspace.file().toAbsolutePath().getParent(), kindName(kind) + ".xlsx",
                        new FileFilter(messages.get("ui.file.xlsxFilter"), "*.xlsx"))
                .ifPresent(out -> context.tasks().run(title, progress -> service.export(workspace, kind, out, progress),
                        result -> dialogs.showInfo(title, messages.get("exchange.cli.exported", kindName(kind),
                                result.posts(), result.withContent(), result.rows(), out))));
    }

    /** Asks for the sheet, previews it, and on 导入 writes the drafts; {@code afterImport} runs once written. */
    public void importFile(Workspace workspace, ExchangeKind kind, Runnable afterImport) {
        String title = messages.get("exchange.ui.importTitle", kindName(kind));
        dialogs.chooseFileToOpen(title, new FileFilter(messages.get("exchange.ui.sheetFilter"), "*.xlsx", "*.xls"))
                .ifPresent(file -> context.tasks().run(title, progress -> service.preview(workspace, kind, file, progress),
                        preview -> {
                            ContentImportViewModel vm = new ContentImportViewModel(messages, preview, kindName(kind));
                            ImportPreviewDialog dialog = new ImportPreviewDialog(context, vm, title,
                                    new ImportPreviewDialog.Texts("importContentButton",
                                            messages.get("exchange.ui.changes"), messages.get("exchange.ui.skipInvalid"),
                                            messages.get("exchange.ui.noChanges")),
                                    () -> saveReport(vm, file));
                            if (dialog.showAndWait()) {
                                boolean skip = vm.skipInvalidProperty().get();
                                context.tasks().run(title, progress -> service.commit(workspace, preview, skip, progress),
                                        result -> {
                                            dialogs.showInfo(title, vm.doneMessage(result));
                                            afterImport.run();
                                        });
                            }
                        }));
    }

    private void saveReport(ContentImportViewModel vm, Path source) {
        ImportPreviewDialog.saveErrorReport(context, source, out -> service.writeErrorReport(vm.preview(), out));
    }
}
