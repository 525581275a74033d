package org.nineones.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;

/** Records every message and answers questions from queues, so UI tests never block on a real message box. */
public final class FakeDialogService implements DialogService {

    public final List<String> infos = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    /** The folder each save dialog opened in, in order. */
    public final List<Path> saveFolders = new ArrayList<>();
    /** The file names the save dialogs proposed, in order. */
    public final List<String> saveNames = new ArrayList<>();
    public final Deque<Path> files = new ArrayDeque<>();
    /** Answers to "choose one or more files", each a list; when none is queued, one file from {@link #files}. */
    public final Deque<List<Path>> fileLists = new ArrayDeque<>();
    public final List<Path> openedFolders = new ArrayList<>();
    /** Print jobs "sent": job name and page count; {@link #printAnswers} says whether the user printed (default yes). */
    public final List<String> printed = new ArrayList<>();
    public final Deque<Boolean> printAnswers = new ArrayDeque<>();
    /** Whether the system has a printer ({@link #printerInstalled()}); false simulates a computer without one. */
    public boolean printerInstalled = true;
    /** When set, the next save-or-discard question is cancelled (as Esc would). */
    public boolean cancelNextSaveQuestion;

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        questions.add(message);
        return confirmations.isEmpty() || confirmations.poll();
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        // as the real dialog: 确定 cannot be pressed on a blank line, so a blank answer is a cancel
        return Optional.ofNullable(texts.poll()).map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> askOptionalText(String title, String label, String initial) {
        return Optional.ofNullable(texts.poll()).map(String::strip);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileFilter filter) {
        return fileLists.isEmpty() ? chooseFileToOpen(title, filter).map(List::of).orElse(List.of())
                : fileLists.poll();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, FileFilter filter) {
        saveFolders.add(initialFolder);
        saveNames.add(initialName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void openFolder(Path folder) {
        openedFolders.add(folder);
    }

    public String lastInfo() {
        return infos.isEmpty() ? null : infos.get(infos.size() - 1);
    }

    public String lastError() {
        return errors.isEmpty() ? null : errors.get(errors.size() - 1);
    }

    @Override
    public boolean print(String jobName, java.awt.print.Pageable pages) {
        boolean answer = printAnswers.isEmpty() || printAnswers.poll();
        if (answer) {
            printed.add(jobName + " (" + pages.getNumberOfPages() + ")");
        }
        return answer;
    }

    @Override
    public boolean printerInstalled() {
        return printerInstalled;
    }

    @Override
    public Optional<Boolean> askSaveOrDiscard(String title, String message, String saveButton, String discardButton) {
        if (cancelNextSaveQuestion) {
            cancelNextSaveQuestion = false;
            questions.add(message);
            return Optional.empty();
        }
        return Optional.of(confirm(title, message, saveButton, discardButton));
    }
}
