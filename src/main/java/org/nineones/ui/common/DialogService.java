package org.nineones.ui.common;

import org.nineones.model.Messages;
import org.nineones.model.OutputRefusedException;
import org.nineones.model.SafeFiles;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every message box and file chooser goes through here, so tests can substitute the answers.
 * Messages are whole sentences that say what happened and what to do.
 */
public interface DialogService {

    void showInfo(String title, String message);

    void showError(String title, String message);

    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String message, String confirmButton);

    /** Asks a question with two named answers (e.g. 保存 / 不保存); true for the first. */
    default boolean confirm(String title, String message, String confirmButton, String declineButton) {
        return confirm(title, message, confirmButton);
    }

    /**
     * Asks whether to save unsaved edits: true to save, false to throw them away, empty when the user cancelled
     * (取消, Esc or the window's close button), in which case nothing should happen.
     */
    default Optional<Boolean> askSaveOrDiscard(String title, String message, String saveButton, String discardButton) {
        return Optional.of(confirm(title, message, saveButton, discardButton));
    }

    /**
     * Asks for one line of text that must not be blank (确定 stays disabled until something is typed); the text
     * stripped, empty when the user cancelled.
     */
    Optional<String> askText(String title, String label, String initial);

    /**
     * Asks for one line of text that may be left empty: the text stripped (perhaps "") when the user answered 确定,
     * empty only when the user cancelled.
     */
    Optional<String> askOptionalText(String title, String label, String initial);

    Optional<Path> chooseFileToOpen(String title, FileFilter filter);

    Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, FileFilter filter);

    /**
     * Asks where to write an output file and holds the answer to the app's one rule for outputs
     * ({@link SafeFiles#checkOutput}: never a workspace, never one of the {@code inputs}, never a folder). A place
     * that is refused is told in its own sentence, and nothing is returned: the user starts again.
     */
    default Optional<Path> chooseOutputFile(Messages messages, String title, Path initialFolder, String initialName,
                                            FileFilter filter, Path... inputs) {
        Optional<Path> chosen = chooseFileToSave(title, initialFolder, initialName, filter);
        if (chosen.isPresent()) {
            try {
                SafeFiles.checkOutput(chosen.get(), inputs);
            } catch (OutputRefusedException e) {
                showError(title, e.userMessage(messages));
                return Optional.empty();
            }
        }
        return chosen;
    }

    /** Opens a folder in the system's file manager. */
    void openFolder(Path folder);

    /** Asks for one or more files to read; empty when the user cancelled. */
    default java.util.List<Path> chooseFilesToOpen(String title, FileFilter filter) {
        return chooseFileToOpen(title, filter).map(java.util.List::of).orElse(java.util.List.of());
    }

    /** Asks for a folder (to write into); empty when the user cancelled. */
    default Optional<Path> chooseFolder(String title) {
        return chooseFileToOpen(title, new FileFilter(title, "*"));
    }

    /** Opens a file with the program the system uses for its kind (the picture viewer, the PDF reader, Word…). */
    default void openFile(Path file) {
        openFolder(file);
    }

    /**
     * Shows the system's print dialog for these pages and prints them where the user chose; false when the user
     * cancelled. It blocks until the pages are sent: call it from a background task, never on the FX thread.
     */
    boolean print(String jobName, java.awt.print.Pageable pages) throws java.awt.print.PrinterException;

    /**
     * True when the system has at least one printer; asked before {@link #print}, so that a computer without one
     * hears so (and is offered a PDF) instead of an empty print dialog. It may be slow: call it from a background task.
     */
    default boolean printerInstalled() {
        return javax.print.PrintServiceLookup.lookupPrintServices(null, null).length > 0;
    }
}
