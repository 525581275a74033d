package org.nineones.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Makes a PDF the same bytes for the same content (the acceptance package holds PDFs and is compared by its
 * fingerprint): the PDF writer stamps the time of writing, an ID made from the clock and a random six-letter tag in
 * front of every embedded font subset. This rewrites those three: no creation or modification date, the tags
 * numbered in order of first use ({@code AAAAAA+}, {@code AAAAAB+}…), and the ID a digest of the pages' content.
 * Everything a reader shows stays as it was.
 */
final class ReproduciblePdf {

    private ReproduciblePdf() {
    }

    /** Rewrites {@code pdf} in place (it is a temporary file not yet moved into place). */
    static void normalise(Path pdf) throws IOException {
        byte[] rewritten;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            COSDictionary info = doc.getDocumentInformation().getCOSObject();
            info.removeItem(COSName.CREATION_DATE);
            info.removeItem(COSName.MOD_DATE);
            MessageDigest digest = md5();
            Map<String, String> tags = new HashMap<>();
            Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : doc.getPages()) {
                try (InputStream in = page.getContents()) {
                    digest.update(in.readAllBytes());
                }
                renameSubsets(page.getResources(), tags, seen);
            }
            digest.update(String.valueOf(info.getString(COSName.TITLE)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] id = digest.digest();
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            rewritten = out.toByteArray();
        }
        Files.write(pdf, rewritten);
    }

    private static void renameSubsets(PDResources resources, Map<String, String> tags, Set<COSDictionary> seen) {
        if (resources == null) {
            return;
        }
        List<COSName> names = new ArrayList<>();
        resources.getFontNames().forEach(names::add);
        names.sort((a, b) -> a.getName().compareTo(b.getName()));
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        for (COSName name : names) {
            COSDictionary font = fonts == null ? null : fonts.getCOSDictionary(name);
            if (font != null && seen.add(font)) {
                renameFont(font, tags);
            }
        }
    }

    private static void renameFont(COSDictionary font, Map<String, String> tags) {
        rename(font, COSName.BASE_FONT, tags);
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants != null) {
            for (int i = 0; i < descendants.size(); i++) {
                COSBase d = descendants.getObject(i);
                if (d instanceof COSDictionary descendant) {
                    renameFont(descendant, tags);
                }
            }
        }
        COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor != null) {
            rename(descriptor, COSName.FONT_NAME, tags);
        }
    }

    /** Replaces a subset tag {@code ABCDEF+} in front of a font's name by its number in order of first use. */
    private static void rename(COSDictionary dict, COSName key, Map<String, String> tags) {
        String name = dict.getNameAsString(key);
        if (name == null || name.length() < 8 || name.charAt(6) != '+' || !name.substring(0, 6).matches("[A-Z]{6}")) {
            return;
        }
        String tag = tags.computeIfAbsent(name.substring(0, 6), t -> tag(tags.size()));
        dict.setName(key, tag + name.substring(6));
    }

    private static String tag(int n) {
        char[] letters = new char[6];
        int rest = n;
        for (int i = 5; i >= 0; i--) {
            letters[i] = (char) ('A' + rest % 26);
            rest /= 26;
        }
        return new String(letters);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
