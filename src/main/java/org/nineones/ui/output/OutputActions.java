package org.nineones.ui.output;

import java.nio.file.Path;
import java.time.LocalDate;

import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;

/**
 * The output menu: responsibility cards (PDF), the acceptance package, verifying a package. Each runs as a
 * background task with progress and cancel; failures reach the user through the task runner's error dialog.
 */
public final class OutputActions {

    private final AppContext context;
    private final Messages messages;
    private final DialogService dialogs;

    public OutputActions(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.dialogs = context.dialogs();
    }

    public void printCards(Workspace workspace, String enterpriseName) {
        String title = messages.get("ui.output.cardsTitle");
        dialogs.chooseFileToSave(title, folderOf(workspace), messages.get("ui.output.cardsFile", enterpriseName),
                        new FileFilter(messages.get("ui.file.pdfFilter"), "*.pdf"))
                .ifPresent(out -> context.tasks().run(title,
                        progress -> context.services().cards().printCards(workspace, out, progress),
                        count -> offerFolder(title, messages.get("ui.output.cardsDone", count, out), out)));
    }

    public void exportPackage(Workspace workspace, String enterpriseName) {
        String title = messages.get("ui.output.exportTitle");
        String name = messages.get("ui.output.packageFile", enterpriseName, LocalDate.now().toString());
        dialogs.chooseFileToSave(title, folderOf(workspace), name,
                        new FileFilter(messages.get("ui.file.zipFilter"), "*.zip"))
                .ifPresent(out -> context.tasks().run(title, progress -> {
                    context.services().packages().export(workspace, out, progress);
                    return out;
                }, done -> offerFolder(title, messages.get("ui.output.exportDone", out), out)));
    }

    public void verifyPackage() {
        String title = messages.get("ui.output.verifyTitle");
        dialogs.showInfo(title, messages.get("ui.output.verifyUnavailable"));
    }

    private void offerFolder(String title, String message, Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (dialogs.confirm(title, message + "\n" + messages.get("ui.output.openFolderQuestion"),
                messages.get("ui.output.openFolder"))) {
            dialogs.openFolder(folder);
        }
    }

    private static Path folderOf(Workspace workspace) {
        Path parent = workspace.file().toAbsolutePath().getParent();
        return parent;
    }
}
