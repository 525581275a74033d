package org.nineones.ui.readiness;

import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Points;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.ImportPreviewDialog;

/**
 * The checklists (验收标准) to and from Excel, from the readiness view: a county's sheet imported (previewed first:
 * every line it would store, the row errors; imported whole or not at all), the checklist shown exported, and a
 * blank sheet to fill. Reading and writing run as background tasks.
 */
final class ChecklistActions {

    private final AppContext context;
    private final Messages messages;
    private final DialogService dialogs;
    private final ChecklistService checklists;

    ChecklistActions(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.dialogs = context.dialogs();
        this.checklists = context.services().checklists();
    }

    /** Asks for the sheet, previews it, and on 导入 stores it; {@code afterImport} runs once it is stored. */
    void importSheet(Workspace workspace, Runnable afterImport) {
        String title = messages.get("prepare.import.title");
        dialogs.chooseFileToOpen(title, new FileFilter(messages.get("exchange.ui.sheetFilter"), "*.xlsx", "*.xls"))
                .ifPresent(file -> context.tasks().run(title,
                        progress -> checklists.previewExcel(file, null, null, progress), preview -> {
                            ChecklistImportViewModel vm = new ChecklistImportViewModel(messages, preview);
                            ImportPreviewDialog dialog = new ImportPreviewDialog(context, vm, title,
                                    new ImportPreviewDialog.Texts("importChecklistButton",
                                            messages.get("prepare.import.toWrite"), null,
                                            messages.get("prepare.import.nothing")),
                                    () -> saveReport(vm, file));
                            if (dialog.showAndWait()) {
                                context.tasks().run(title, progress -> checklists.commit(workspace, preview),
                                        outcome -> {
                                            ChecklistTemplate t = outcome.template();
                                            dialogs.showInfo(title, outcome.imported()
                                                    ? messages.get("checklist.cli.imported", t.name(), t.version(),
                                                    t.lines().size(), Points.text(t.totalPoints()))
                                                    : messages.get("checklist.cli.unchanged", t.name(), t.version()));
                                            afterImport.run();
                                        });
                            }
                        }));
    }

    /** Writes {@code template} to an Excel sheet the user names. */
    void export(Workspace workspace, ChecklistTemplate template) {
        String title = messages.get("prepare.export.title");
        dialogs.chooseOutputFile(messages, title, folder(workspace),
                        messages.get("prepare.export.fileName", template.name(), template.version()),
                        new FileFilter(messages.get("ui.file.xlsxFilter"), "*.xlsx"))
                .ifPresent(out -> context.tasks().run(title, progress -> {
                    checklists.exportExcel(template, out);
                    return out;
                }, written -> dialogs.showInfo(title, messages.get("checklist.cli.exported", template.name(),
                        template.version(), template.lines().size(), Points.text(template.totalPoints()), written))));
    }

    /** Writes the blank sheet a county fills with its own checklist. */
    void blank(Workspace workspace) {
        String title = messages.get("prepare.blank.title");
        dialogs.chooseOutputFile(messages, title, folder(workspace), messages.get("prepare.blank.fileName"),
                        new FileFilter(messages.get("ui.file.xlsxFilter"), "*.xlsx"))
                .ifPresent(out -> context.tasks().run(title, progress -> {
                    checklists.writeBlank(out);
                    return out;
                }, written -> dialogs.showInfo(title, messages.get("checklist.cli.blank", written))));
    }

    private void saveReport(ChecklistImportViewModel vm, Path source) {
        ImportPreviewDialog.saveErrorReport(context, source, out -> checklists.writeErrorReport(vm.preview(), out));
    }

    private static Path folder(Workspace workspace) {
        return workspace.file().toAbsolutePath().getParent();
    }
}
