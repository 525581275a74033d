package org.nineones.ui.output;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import org.nineones.model.Messages;
import org.nineones.model.PackageExport;
import org.nineones.pack.PackageFingerprint;
import org.nineones.service.acceptance.ExportedPackage;
import org.nineones.service.acceptance.Verification;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;

/**
 * The acceptance package in the output menu: export it (then its fingerprint, copyable, and its cover letter),
 * verify one (against the fingerprint the enterprise handed over, when given), and the export history (移交记录).
 * Slow work runs as background tasks with progress and cancel; failures reach the user through the task runner.
 */
public final class PackageActions {

    private final AppContext context;
    private final Messages messages;
    private final DialogService dialogs;

    public PackageActions(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.dialogs = context.dialogs();
    }

    public void exportPackage(Workspace workspace, String enterpriseName) {
        export(workspace, enterpriseName, false);
    }

    /**
     * The internal edition (内部版, full ID numbers): only after its dialog's checkbox is ticked under the warning
     * sentence, then as an ordinary export.
     */
    public void exportInternalPackage(Workspace workspace, String enterpriseName) {
        if (new InternalEditionDialog(context).confirmed()) {
            export(workspace, enterpriseName, true);
        }
    }

    private void export(Workspace workspace, String enterpriseName, boolean internal) {
        String title = messages.get("ui.output.exportTitle");
        String name = messages.get(internal ? "pack.ui.internalFile" : "ui.output.packageFile", enterpriseName,
                LocalDate.now().toString());
        dialogs.chooseOutputFile(messages, title, OutputActions.folderOf(workspace), name,
                        new FileFilter(messages.get("ui.file.zipFilter"), "*.zip"))
                .ifPresent(out -> context.tasks().run(title,
                        progress -> context.services().packages().export(workspace, out, internal, progress),
                        this::showExported));
    }

    private void showExported(ExportedPackage exported) {
        new PackageExportedDialog(context, this, exported).showAndWait();
    }

    public void verifyPackage() {
        String title = messages.get("ui.output.verifyTitle");
        dialogs.chooseFileToOpen(title, new FileFilter(messages.get("ui.file.zipFilter"), "*.zip"))
                .ifPresent(zip -> {
                    String expected = dialogs.askOptionalText(title, messages.get("pack.ui.expectLabel"), "")
                            .orElse(null);
                    if (expected == null) {
                        return;
                    }
                    if (!expected.isEmpty() && !PackageFingerprint.normalise(expected).matches("[0-9a-f]{64}")) {
                        dialogs.showError(title, messages.get("pack.verify.expectBadFormat", expected));
                        return;
                    }
                    context.tasks().run(title, progress -> context.services().packages().verify(zip, expected),
                            verification -> showVerification(title, zip, verification));
                });
    }

    /** The export history of the workspace, with the fingerprint and cover letter of each export. */
    public void showHistory(Workspace workspace) {
        String title = messages.get("pack.ui.historyTitle");
        context.tasks().run(title, progress -> context.services().packages().history(workspace),
                history -> showHistory(title, history));
    }

    private void showHistory(String title, List<PackageExport> history) {
        if (history.isEmpty()) {
            dialogs.showInfo(title, messages.get("pack.history.none"));
            return;
        }
        new ExportHistoryDialog(context, this, history).showAndWait();
    }

    /** Prints the cover letter (资料移交单) of an export and shows it in the print preview. */
    void printCoverLetter(PackageExport export) {
        new OutputActions(context).preview(messages.get("pack.cover.title"),
                context.services().packages().coverLetterFileName(export),
                (out, progress) -> context.services().packages().printCoverLetter(export, out, progress));
    }

    /** Puts the text on the system clipboard. */
    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    void openFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            dialogs.openFolder(folder);
        }
    }

    private void showVerification(String title, Path file, Verification verification) {
        StringBuilder text = new StringBuilder(String.join("\n", verification.lines(messages, "• ")));
        boolean acceptancePackage = !verification.findingsFile() && !verification.closingPackage();
        if (!verification.expectation() && verification.result().intact() && acceptancePackage) {
            text.append('\n').append(messages.get("pack.ui.noExpectation"));
        }
        if (verification.trusted()) {
            dialogs.showInfo(title, text.toString());
        } else {
            dialogs.showError(title, text.toString());
        }
    }
}
