package org.nineones.pack;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.nineones.model.SafeFiles;
import org.nineones.model.AppVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one acceptance package, or an inspector's findings file of the same make: a zip with {@code manifest.json} first, then the given files. Files are stored
 * as they are (xlsx and PDF are compressed already), the manifest is deflated; entry names are plain ASCII with
 * the UTF-8 flag set. The zip is written to a temp file beside the target and moved into place when complete, so a
 * failure never leaves a half-written package (an existing file at the target stays as it was). It is dated by the
 * day of its clock, not the time: {@code createdAt} is the local date ({@code 2026-12-06}) and every entry bears that
 * day's 00:00, so the same files on the same day give the same bytes, and the same fingerprint (decision 0008).
 */
public final class PackageWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PackageWriter.class);
    private static final int BUFFER = 1 << 16;

    private final Clock clock;
    private final ManifestCodec codec = new ManifestCodec();

    public PackageWriter() {
        this(Clock.systemDefaultZone());
    }

    /** With the clock that dates the package (its zone gives the local date). */
    public PackageWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes the package to {@code out} and returns its manifest.
     *
     * @throws PackageException when a source file cannot be read or the package cannot be written
     */
    public Manifest write(PackageContent content, Path out) {
        Path target = SafeFiles.checkOutput(out); // the one rule: no workspace, no folder, before any work
        LocalDate day = LocalDate.now(clock);
        List<FileDigest> digests = new ArrayList<>();
        List<Manifest.FileEntry> entries = new ArrayList<>();
        for (PackageFile file : content.files()) {
            FileDigest digest = digest(file.source());
            digests.add(digest);
            entries.add(new Manifest.FileEntry(file.path(), digest.size(), digest.sha256()));
        }
        String format = content.closing() != null ? Manifest.CLOSING_FORMAT
                : content.findings() == null ? Manifest.FORMAT : Manifest.FINDINGS_FORMAT;
        Manifest manifest = new Manifest(format, Manifest.FORMAT_VERSION, AppVersion.get(),
                new Manifest.EnterpriseRef(content.enterpriseName(), content.creditCode()),
                CreatedAt.format(day), content.edition(), content.counts(), content.findings(), content.closing(),
                entries);
        byte[] json = codec.write(manifest);
        Path temp = null;
        try {
            temp = SafeFiles.tempBeside(target);
            // a zip entry's time is local (no zone): the day's 00:00 on every computer
            writeZip(temp, json, content.files(), digests,
                    day.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli());
            SafeFiles.moveIntoPlace(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.WRITE_FAILED, out,
                    "cannot write package " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
        return manifest;
    }

    private static FileDigest digest(Path source) {
        try {
            return FileDigest.of(source);
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.UNREADABLE, source,
                    "cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private static void writeZip(Path temp, byte[] manifest, List<PackageFile> files, List<FileDigest> digests,
                                 long time) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER);
             ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
            ZipEntry manifestEntry = new ZipEntry(Manifest.FILE_NAME);
            manifestEntry.setMethod(ZipEntry.DEFLATED);
            manifestEntry.setTime(time);
            zip.putNextEntry(manifestEntry);
            zip.write(manifest);
            zip.closeEntry();
            for (int i = 0; i < files.size(); i++) {
                FileDigest digest = digests.get(i);
                ZipEntry entry = new ZipEntry(files.get(i).path());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(digest.size());
                entry.setCompressedSize(digest.size());
                entry.setCrc(digest.crc());
                entry.setTime(time);
                zip.putNextEntry(entry);
                try (InputStream in = Files.newInputStream(files.get(i).source())) {
                    in.transferTo(zip);
                }
                // a file changed since it was hashed fails here on its CRC rather than being packed unlisted
                zip.closeEntry();
            }
        }
    }


    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("could not remove the half-written package {}", temp, e);
        }
    }
}
