package org.nineones.ui.output;

import org.nineones.model.AppTemp;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.inspection.print.InspectionPrintout;
import org.nineones.service.inspection.print.InspectionPrints;
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
 * The output menu's printing: responsibility cards (PDF) and the print preview of any PDF the app makes (the
 * acceptance package is {@link PackageActions}). Each runs as a background task with progress and cancel; failures
 * reach the user through the task runner's error dialog.
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

    /** One of the inspector's printouts (评分表, 抽查记录, 现场检查记录, 验收意见书), made in the background, in the preview. */
    public void preview(InspectionPrintout printout) {
        InspectionPrints prints = context.services().inspectionPrints();
        InspectionPrints.Preview named = prints.preview(printout);
        preview(named.title(), named.fileName(), (out, progress) -> prints.write(printout, out, progress));
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

    private void offerFolder(String title, String message, Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (dialogs.confirm(title, message + "\n" + messages.get("ui.output.openFolderQuestion"),
                messages.get("ui.output.openFolder"))) {
            dialogs.openFolder(folder);
        }
    }

    /** The folder the save dialogs start in: the workspace's. */
    static Path folderOf(Workspace workspace) {
        Path parent = workspace.file().toAbsolutePath().getParent();
        return parent;
    }
}
