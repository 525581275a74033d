package org.nineones.ui.print;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;
import org.nineones.report.PdfDocument;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.TaskRunner;

/**
 * The print preview of a PDF the app made: one page at a time (drawn in the background at the chosen zoom), page
 * by page or to either end, printed through the system's print dialog, or saved where the user wants it.
 */
public final class PrintPreviewViewModel implements AutoCloseable {

    /** Screen resolution at 100 %. */
    static final float SCREEN_DPI = 96f;

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Path pdf;
    private final String title;
    private final String fileName;
    private final boolean temporary;
    /** Guards the document: tasks draw and print on their own threads, the FX thread closes it. */
    private final Object lock = new Object();
    private PdfDocument document;
    private boolean printing;
    private boolean closed;

    private final IntegerProperty pages = new SimpleIntegerProperty(0);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<BufferedImage> image = new SimpleObjectProperty<>();
    private final StringBinding pageText;
    private final BooleanBinding atFirst;
    private final BooleanBinding atLast;

    /**
     * @param pdf       the PDF to show
     * @param title     what it is (岗位责任卡…), the print job's name
     * @param fileName  the name offered when saving it
     * @param temporary true when {@code pdf} was made for the preview and goes when the preview closes
     */
    public PrintPreviewViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, Path pdf, String title,
                                 String fileName, boolean temporary) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.pdf = pdf;
        this.title = title;
        this.fileName = fileName;
        this.temporary = temporary;
        pageText = Bindings.createStringBinding(() -> pages.get() == 0 ? ""
                : messages.get("preview.pageOf", page.get() + 1, pages.get()), page, pages);
        atFirst = page.lessThanOrEqualTo(0);
        atLast = page.greaterThanOrEqualTo(pages.subtract(1));
        page.addListener((obs, old, now) -> render());
        zoom.addListener((obs, old, now) -> render());
    }

    /** Opens the PDF and draws its first page. */
    public void load() {
        tasks.run(messages.get("preview.opening", title), progress -> open(), count -> {
            if (!isClosed()) {
                pages.set(count);
                render();
            }
        });
    }

    private int open() throws Exception {
        synchronized (lock) {
            if (closed) {
                return 0;
            }
            if (document == null) {
                document = PdfDocument.open(pdf);
            }
            return document.pages();
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    private void render() {
        int index = page.get();
        float dpi = (float) (SCREEN_DPI * zoom.get());
        if (pages.get() == 0) {
            return;
        }
        tasks.run(messages.get("preview.drawing", index + 1), progress -> draw(index, dpi), drawn -> {
            if (drawn != null && index == page.get() && !isClosed()) {
                image.set(drawn);
            }
        });
    }

    /** The page drawn, or null when the preview closed or is printing meanwhile (PDFBox is not thread-safe). */
    private BufferedImage draw(int index, float dpi) throws Exception {
        synchronized (lock) {
            return closed || printing || document == null ? null : document.render(index, dpi);
        }
    }

    public void next() {
        go(page.get() + 1);
    }

    public void previous() {
        go(page.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(pages.get() - 1);
    }

    private void go(int index) {
        if (index >= 0 && index < pages.get() && index != page.get()) {
            page.set(index);
        }
    }

    /** How a print request ended. */
    private enum Printed { SENT, CANCELLED, NO_PRINTER }

    /**
     * Shows the system's print dialog and prints, in the background; says so when done. With no printer installed it
     * says so in the user's language and offers to save the PDF instead.
     */
    public void print() {
        if (pages.get() == 0) {
            return;
        }
        tasks.run(messages.get("preview.printing", title), progress -> printNow(), printed -> {
            switch (printed) {
                case SENT -> dialogs.showInfo(title, messages.get("preview.sent", pages.get()));
                case NO_PRINTER -> {
                    if (dialogs.confirm(title, messages.get("preview.noPrinter", title),
                            messages.get("preview.noPrinterSave"))) {
                        saveAs();
                    }
                }
                case CANCELLED -> { }
            }
        });
    }

    /** Prints without holding the lock, so closing the preview meanwhile never waits for the printer. */
    private Printed printNow() throws Exception {
        if (!dialogs.printerInstalled()) {
            return Printed.NO_PRINTER;
        }
        PdfDocument printed;
        synchronized (lock) {
            if (closed || printing || document == null) {
                return Printed.CANCELLED;
            }
            printing = true;
            printed = document;
        }
        try {
            return dialogs.print(title, printed.pageable()) ? Printed.SENT : Printed.CANCELLED;
        } catch (PrinterException e) {
            if (!dialogs.printerInstalled()) {
                return Printed.NO_PRINTER; // the printer went away meanwhile
            }
            throw e;
        } finally {
            synchronized (lock) {
                printing = false;
                if (closed) {
                    release();
                }
            }
        }
    }

    /** Saves a copy of the PDF where the user chooses. */
    public void saveAs() {
        String saveTitle = messages.get("preview.saveTitle", title);
        dialogs.chooseOutputFile(messages, saveTitle, null, fileName,
                        new FileFilter(messages.get("ui.file.pdfFilter"), "*.pdf"))
                .ifPresent(out -> tasks.run(saveTitle, progress -> {
                    Path target = out.toAbsolutePath();
                    Path temp = SafeFiles.tempBeside(target);
                    try {
                        Files.copy(pdf, temp, StandardCopyOption.REPLACE_EXISTING);
                        SafeFiles.moveIntoPlace(temp, target);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                    return target;
                }, saved -> dialogs.showInfo(saveTitle, messages.get("preview.saved", saved))));
    }

    /**
     * Closes the PDF (a PDF made only for the preview is deleted); while a print job still runs, the job releases it
     * when done. Never waits.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (!printing) {
                release();
            }
        }
    }

    private void release() {
        if (document != null) {
            document.close();
            document = null;
        }
        if (temporary) {
            try {
                Files.deleteIfExists(pdf);
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(PrintPreviewViewModel.class).warn("cannot delete {}", pdf, e);
            }
        }
    }

    public IntegerProperty pagesProperty() {
        return pages;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<BufferedImage> imageProperty() {
        return image;
    }

    public StringBinding pageTextProperty() {
        return pageText;
    }

    public BooleanBinding atFirstProperty() {
        return atFirst;
    }

    public BooleanBinding atLastProperty() {
        return atLast;
    }

    public String title() {
        return title;
    }
}
