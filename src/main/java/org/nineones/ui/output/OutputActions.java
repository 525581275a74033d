package org.nineones.ui.output;

import org.nineones.model.AppTemp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.nineones.model.Messages;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageProblem;
import org.nineones.pack.VerificationResult;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.print.PrintKind;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.print.PrintPreviewDialog;
import org.nineones.ui.print.PrintPreviewViewModel;

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
        dialogs.chooseOutputFile(messages, title, folderOf(workspace), messages.get("ui.output.cardsFile", enterpriseName),
                        new FileFilter(messages.get("ui.file.pdfFilter"), "*.pdf"))
                .ifPresent(out -> context.tasks().run(title,
                        progress -> context.services().cards().printCards(workspace, out, progress),
                        count -> offerFolder(title, messages.get("ui.output.cardsDone", count, out), out)));
    }

    /** Prints one kind (cards, risk cards…) to a temporary PDF in the background, then shows it in the preview. */
    public void preview(Workspace workspace, PrintKind kind, String enterpriseName) {
        String name = messages.of(kind);
        preview(name, messages.get("preview.fileName", enterpriseName, name),
                (out, progress) -> context.services().print().print(workspace, kind, out, null, progress));
    }

    /**
     * Prints people's records (letters, training files, an exam paper…) to a temporary PDF in the background, then
     * shows it in the preview; "nothing to print" is said in a message.
     */
    public void preview(Workspace workspace, RecordPrint print, RecordPrintRequest request, String enterpriseName) {
        String name = messages.get(print.titleKey());
        preview(name, messages.get("preview.fileName", enterpriseName, name),
                (out, progress) -> print.print(workspace, request, out, progress));
    }

    /** Makes a PDF into the given file, reporting progress. */
    public interface PdfMaker {
        void make(Path out, Progress progress) throws Exception;
    }

    /** Makes a PDF into a temporary file as a background task, then previews it; the file goes with the preview. */
    public void preview(String title, String fileName, PdfMaker maker) {
        context.tasks().run(title, progress -> {
            Path temp = AppTemp.file("preview-", ".pdf");
            boolean made = false;
            try {
                maker.make(temp, progress);
                made = true;
                return temp;
            } finally {
                if (!made) {
                    Files.deleteIfExists(temp);
                }
            }
        }, pdf -> new PrintPreviewDialog(context, new PrintPreviewViewModel(messages, context.tasks(), dialogs, pdf,
                title, fileName, true)).showAndWait());
    }

    public void exportPackage(Workspace workspace, String enterpriseName) {
        String title = messages.get("ui.output.exportTitle");
        String name = messages.get("ui.output.packageFile", enterpriseName, LocalDate.now().toString());
        dialogs.chooseOutputFile(messages, title, folderOf(workspace), name,
                        new FileFilter(messages.get("ui.file.zipFilter"), "*.zip"))
                .ifPresent(out -> context.tasks().run(title, progress -> {
                    context.services().packages().export(workspace, out, progress);
                    return out;
                }, done -> offerFolder(title, messages.get("ui.output.exportDone", out), out)));
    }

    public void verifyPackage() {
        String title = messages.get("ui.output.verifyTitle");
        dialogs.chooseFileToOpen(title, new FileFilter(messages.get("ui.file.zipFilter"), "*.zip"))
                .ifPresent(zip -> context.tasks().run(title, progress -> {
                    VerificationResult result = context.services().packages().verify(zip);
                    String fingerprint = result.intact() ? context.services().packages().fingerprint(zip) : "";
                    return new Verified(zip, result, fingerprint);
                }, verified -> showVerification(title, verified)));
    }

    /** A verification and, when the package is intact, the fingerprint of the whole file. */
    private record Verified(Path zip, VerificationResult result, String fingerprint) {
    }

    private void showVerification(String title, Verified verified) {
        VerificationResult result = verified.result();
        Path zip = verified.zip().toAbsolutePath();
        StringBuilder text = new StringBuilder();
        if (result.intact()) {
            Manifest manifest = result.manifest();
            text.append(messages.get("pack.cli.intact", zip)).append('\n')
                    .append(messages.get("pack.cli.enterprise", manifest.enterprise().name(),
                            manifest.enterprise().creditCode())).append('\n')
                    .append(messages.get("pack.cli.created", manifest.createdAt(), manifest.appVersion())).append('\n')
                    .append(messages.get("pack.cli.checked", result.checked().size(), String.join("、", result.checked())))
                    .append('\n').append(messages.get("pack.cli.fingerprint", verified.fingerprint()));
            dialogs.showInfo(title, text.toString());
            return;
        }
        text.append(messages.get("pack.cli.notIntact", zip));
        for (PackageProblem problem : result.problems()) {
            text.append('\n').append("• ").append(problem.describe(messages));
        }
        text.append('\n').append(messages.get("pack.cli.problemCount", result.problems().size()));
        dialogs.showError(title, text.toString());
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
