package org.nineones.ui.roster;

import java.nio.file.Path;

import org.nineones.excel.SpreadsheetReader;
import org.nineones.model.Messages;
import org.nineones.service.roster.ImportResult;
import org.nineones.service.roster.RosterImportService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.FileFilter;

/**
 * The roster import entry points (menu, drag and drop, blank template): read and preview in a task, show the
 * dialog, commit in a task, report what was written.
 */
public final class RosterImportAction {

    private final AppContext context;
    private final Messages messages;
    private final RosterImportService service;

    public RosterImportAction(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.service = context.services().rosterImport();
    }

    /** True for the files a roster import takes, by name: workbooks (.xlsx, .xls) and text (.csv, .tsv, .txt). */
    public static boolean accepts(Path file) {
        return SpreadsheetReader.isReadableName(file);
    }

    /** Starts an import into {@code workspace}; {@code file} is null when the user should choose one. */
    public void start(Workspace workspace, Path file, Runnable onImported) {
        Path chosen = file != null ? file : context.dialogs().chooseFileToOpen(messages.get("ui.roster.choose"),
                new FileFilter(messages.get("ui.file.rosterFilter"), "*.xlsx", "*.xls", "*.csv", "*.tsv", "*.txt"))
                .orElse(null);
        if (chosen == null) {
            return;
        }
        context.tasks().run(messages.get("ui.roster.readTask"),
                progress -> RosterImportViewModel.readAndPreview(service, workspace, chosen, null, progress),
                outcome -> review(workspace, outcome, onImported));
    }

    private void review(Workspace workspace, RosterImportViewModel.Outcome outcome, Runnable onImported) {
        RosterImportViewModel viewModel = new RosterImportViewModel(messages, context.tasks(), service, workspace,
                outcome);
        if (new RosterImportDialog(context, viewModel).showAndWait()) {
            viewModel.commit(result -> {
                onImported.run();
                context.dialogs().showInfo(messages.get("ui.roster.title"), describe(result));
            });
        }
    }

    private String describe(ImportResult result) {
        StringBuilder text = new StringBuilder(messages.get("ui.roster.done", result.inserted(), result.updated(),
                result.skippedInvalid()));
        if (!result.createdOrgUnits().isEmpty()) {
            text.append('\n').append(messages.get("ui.roster.createdUnits", String.join("、", result.createdOrgUnits())));
        }
        if (!result.createdPosts().isEmpty()) {
            text.append('\n').append(messages.get("ui.roster.createdPosts", String.join("、", result.createdPosts())));
        }
        return text.toString();
    }

    /** Saves the blank import template (instructions, drop-down lists, an example row). */
    public void saveTemplate() {
        String title = messages.get("ui.roster.templateTitle");
        context.dialogs().chooseOutputFile(messages, title, context.settings().home(), messages.get("ui.roster.templateFile"),
                        new FileFilter(messages.get("ui.file.xlsxFilter"), "*.xlsx"))
                .ifPresent(out -> context.tasks().run(title, progress -> {
                    service.writeTemplate(out);
                    return out;
                }, written -> {
                    if (context.dialogs().confirm(title, messages.get("ui.roster.templateDone", written)
                            + "\n" + messages.get("ui.output.openFolderQuestion"), messages.get("ui.output.openFolder"))) {
                        context.dialogs().openFolder(written.toAbsolutePath().getParent());
                    }
                }));
    }
}
