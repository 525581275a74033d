package org.nineones.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Makes a workbook the same bytes for the same cells (the acceptance package holds workbooks and is compared by its
 * fingerprint). POI stamps the time of writing twice: on every zip entry, and as the document's created (and
 * modified) time in {@code docProps/core.xml}. This dates both by a given moment, the package's day: every entry is
 * copied as it is compressed (nothing is deflated again) with that time, and the document properties say it. Any
 * workbook POI wrote, whichever writer made it.
 */
public final class ReproducibleXlsx {

    static final String CORE = "docProps/core.xml";
    private static final Pattern DATES = Pattern.compile("(<dcterms:(created|modified)\\b[^>]*>)[^<]*(</dcterms:\\2>)");
    private static final DateTimeFormatter W3CDTF = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private ReproducibleXlsx() {
    }

    /** Rewrites {@code xlsx} in place (a file being made, not yet handed out), dated {@code time}. */
    public static void normalise(Path xlsx, OffsetDateTime time) throws IOException {
        // a zip entry's time is local (no zone): the same wall-clock time on every computer
        long entryTime = time.toLocalDateTime().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        String stamp = time.withOffsetSameInstant(ZoneOffset.UTC).format(W3CDTF);
        Path temp = Files.createTempFile(xlsx.toAbsolutePath().getParent(), ".xlsx-", ".part");
        try {
            try (ZipFile zip = ZipFile.builder().setPath(xlsx).get();
                 ZipArchiveOutputStream out = new ZipArchiveOutputStream(temp)) {
                for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                    if (CORE.equals(entry.getName())) {
                        byte[] core = dated(zip, entry, stamp);
                        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                        copy.setMethod(ZipArchiveEntry.DEFLATED);
                        copy.setTime(entryTime);
                        out.putArchiveEntry(copy);
                        new ByteArrayInputStream(core).transferTo(out);
                        out.closeArchiveEntry();
                    } else {
                        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                        copy.setMethod(entry.getMethod());
                        copy.setCrc(entry.getCrc());
                        copy.setSize(entry.getSize());
                        copy.setCompressedSize(entry.getCompressedSize());
                        copy.setTime(entryTime);
                        try (InputStream raw = zip.getRawInputStream(entry)) {
                            out.addRawArchiveEntry(copy, raw);
                        }
                    }
                }
            }
            Files.move(temp, xlsx, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static byte[] dated(ZipFile zip, ZipArchiveEntry entry, String stamp) throws IOException {
        String xml;
        try (InputStream in = zip.getInputStream(entry)) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = DATES.matcher(xml);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + stamp + r.group(3)))
                .getBytes(StandardCharsets.UTF_8);
    }
}
