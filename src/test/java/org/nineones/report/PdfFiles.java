package org.nineones.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back with PDFBox for the report tests. */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** A glyph that lies (partly) outside the page minus the margin. */
    public record Outside(int page, String glyph, float x, float y) {
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    public static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** Every font used on any page, as "page: name embedded?"; the caller checks all are embedded. */
    public static List<String> notEmbeddedFonts(Path pdf) throws IOException {
        List<String> problems = new ArrayList<>();
        int fontsSeen = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fontsSeen++;
                    if (!font.isEmbedded()) {
                        problems.add("page " + n + ": " + font.getName());
                    }
                }
            }
        }
        if (fontsSeen == 0) {
            problems.add("no fonts at all");
        }
        return problems;
    }

    /** The glyphs drawn outside the media box shrunk by {@code margin} points on every side. */
    public static List<Outside> glyphsOutside(Path pdf, float margin) throws IOException {
        List<Outside> outside = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    PDRectangle box = getCurrentPage().getMediaBox();
                    for (TextPosition p : positions) {
                        float left = p.getXDirAdj();
                        float right = left + p.getWidthDirAdj();
                        float bottom = p.getYDirAdj();
                        float top = bottom - p.getHeightDir();
                        if (left < margin || right > box.getWidth() - margin || top < margin
                                || bottom > box.getHeight() - margin) {
                            outside.add(new Outside(getCurrentPageNo(), p.getUnicode(), left, bottom));
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
        }
        return outside;
    }
}
