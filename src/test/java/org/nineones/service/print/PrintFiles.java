package org.nineones.service.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Per-page reading of the print tests' PDFs. */
final class PrintFiles {

    private PrintFiles() {
    }

    /** The text of each page, in order. */
    static List<String> pageTexts(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    /** Page {@code index} (from 0) rendered at 72 dpi: one pixel per point. */
    static BufferedImage render(Path pdf, int index) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(index, 72);
        }
    }

    /** Copies the PDF to the folder named by {@code -Dnineones.look=DIR}, to look at by hand; else does nothing. */
    static void keepForLooking(Path pdf) throws IOException {
        String look = System.getProperty("nineones.look");
        if (look != null && !look.isBlank()) {
            Path dir = Path.of(look);
            Files.createDirectories(dir);
            Files.copy(pdf, dir.resolve(pdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Occurrences of {@code part} in {@code text}. */
    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
