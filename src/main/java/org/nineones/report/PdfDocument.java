package org.nineones.report;

import java.awt.image.BufferedImage;
import java.awt.print.Pageable;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF the app made, opened for the print preview and for printing: its page count, a page drawn as an image,
 * and its pages for a {@link java.awt.print.PrinterJob} (printed as vectors, at the printer's resolution, without
 * scaling). Not thread-safe: use it from one thread at a time; close it when done.
 */
public final class PdfDocument implements AutoCloseable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfDocument(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Opens a PDF; {@link ReportException.Reason#READ} when it is missing, not a PDF or damaged. */
    public static PdfDocument open(Path pdf) throws ReportException {
        try {
            return new PdfDocument(Loader.loadPDF(pdf.toFile()));
        } catch (IOException e) {
            throw new UnreadablePdfException(pdf, e);
        }
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    /** Draws page {@code index} (0-based) at {@code dpi} dots per inch, on white. */
    public BufferedImage render(int index, float dpi) throws ReportException {
        if (index < 0 || index >= pages()) {
            throw new IllegalArgumentException("page " + index + " of " + pages());
        }
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new ReportException(ReportException.Reason.READ, "cannot draw page " + (index + 1) + ": " + e.getMessage(), e);
        }
    }

    /** The pages as a printer job takes them: actual size, each page in its own orientation. */
    public Pageable pageable() {
        return new PDFPageable(document);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(PdfDocument.class).warn("closing a PDF failed", e);
        }
    }
}
