package org.nineones.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.nineones.model.SafeFiles;

/**
 * A finished PDF enlarged onto bigger paper of the same proportions, each page's content scaled from its lower left
 * corner (an A4 poster onto A3: ×√2, ISO 216), so one template serves both sizes. Written beside the target and moved
 * into place, as every output.
 */
public final class EnlargedPdf {

    private EnlargedPdf() {
    }

    /** Writes {@code source}'s pages, enlarged to {@code width}×{@code height} points, to {@code target}. */
    public static void write(Path source, Path target, float width, float height) throws IOException {
        Path temp = SafeFiles.tempBeside(target);
        boolean moved = false;
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                float scale = Math.min(width / box.getWidth(), height / box.getHeight());
                try (PDPageContentStream first = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.PREPEND, true)) {
                    first.transform(Matrix.getScaleInstance(scale, scale));
                }
                PDRectangle paper = new PDRectangle(width, height);
                page.setMediaBox(paper);
                page.setCropBox(paper);
            }
            document.save(temp.toFile());
            SafeFiles.moveIntoPlace(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                java.nio.file.Files.deleteIfExists(temp);
            }
        }
    }
}
