package org.nineones.report;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.AttributedCharacterIterator;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/**
 * The PDF exporter of every report: the same pages always give the same bytes (the acceptance package holds PDFs and
 * is compared by its fingerprint). OpenPDF, under JasperReports, stamps three things that change from one run to the
 * next; they are fixed as the PDF is written, at no cost: the creation and modification dates are left out (the
 * pages show their own date), the six-letter tag in front of each embedded font subset is numbered in the order the
 * fonts are written ({@code AAAAAA+}, {@code AAAAAB+}…) rather than drawn at random, and the file ID is a digest of
 * every page's content and of the title, rather than of the clock.
 */
final class ReproduciblePdfExporter extends JRPdfExporter {

    ReproduciblePdfExporter(JasperReportsContext context) {
        super(context);
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new Producer(createPdfProducerContext());
    }

    /** JasperReports' own producer (OpenPDF), with the three stamps fixed. */
    private static final class Producer extends ClassicPdfProducer {

        Producer(PdfProducerContext context) {
            super(context);
        }

        @Override
        public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
            PdfDocumentWriter writer = super.createWriter(os);
            getPdfWriter().setPageEvent(new ContentId());
            return writer;
        }

        @Override
        public Font getFont(Map<AttributedCharacterIterator.Attribute, Object> attributes, Locale locale) {
            Font font = super.getFont(attributes, locale);
            BaseFont base = font.getBaseFont();
            if (base != null) {
                base.setSecureRandom(SubsetTags.INSTANCE); // fonts are shared: the tags count per thread
            }
            return font;
        }

        @Override
        public void close() {
            PdfDictionary info = getPdfWriter().getInfo();
            info.remove(PdfName.CREATIONDATE);
            info.remove(PdfName.MODDATE);
            SubsetTags.numbered(super::close);
        }
    }

    /**
     * Digests every page's content as it ends and, once the last has, makes the file ID of the digest and the title
     * (OpenPDF takes an ID it finds in the document information instead of one made from the clock).
     */
    private static final class ContentId extends PdfPageEventHelper {

        private final MessageDigest pages = md5();

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages.update(writer.getDirectContentUnder().toPdf(writer));
            pages.update(writer.getDirectContent().toPdf(writer));
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            PdfDictionary info = writer.getInfo();
            pages.update(String.valueOf(info.get(PdfName.TITLE)).getBytes(StandardCharsets.UTF_8));
            byte[] id = pages.digest();
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        }
    }

    /**
     * Stands in for the random source of a font's subset tag: while a document closes on this thread, the letters
     * of tag 0, 1, 2… in turn; anywhere else, random as before.
     */
    static final class SubsetTags extends SecureRandom {

        static final SubsetTags INSTANCE = new SubsetTags();
        private static final long serialVersionUID = 1L;
        private static final int LETTERS = 6;
        private static final ThreadLocal<int[]> NEXT = new ThreadLocal<>();

        private SubsetTags() {
        }

        /** Runs {@code closing} with the tags numbered from {@code AAAAAA}. */
        static void numbered(Runnable closing) {
            NEXT.set(new int[2]);
            try {
                closing.run();
            } finally {
                NEXT.remove();
            }
        }

        /** OpenPDF makes each letter as {@code (char) ('A' + nextDouble() * 26)}. */
        @Override
        public double nextDouble() {
            int[] next = NEXT.get();
            if (next == null) {
                return super.nextDouble();
            }
            int tag = next[0];
            int position = next[1];
            int letter = tag;
            for (int i = position; i < LETTERS - 1; i++) {
                letter /= 26;
            }
            if (++next[1] == LETTERS) {
                next[0]++;
                next[1] = 0;
            }
            return (letter % 26 + 0.5) / 26;
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
