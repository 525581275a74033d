package org.nineones.service.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.nineones.model.AppTemp;
import org.nineones.model.Messages;
import org.nineones.model.Sha256;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageContent;
import org.nineones.pack.PackageException;
import org.nineones.pack.PackageProblem;
import org.nineones.pack.PackageWriter;
import org.nineones.pack.PackageVerifier;
import org.nineones.pack.VerificationResult;

/**
 * A zip of the acceptance package's make (the findings file, the closing package) verified before anything is read
 * from it, refused with the sentences of its kind, and its entries read back checked once more against the manifest.
 */
final class VerifiedZip {

    /** The bundles' keys of a kind's refusals: a newer format, an altered file, a file that is no zip of ours. */
    record Sentences(String newer, String altered, String notOurs) {
    }

    static final Sentences FINDINGS = new Sentences("findings.error.newer", "findings.error.altered",
            "findings.error.notFindings");
    static final Sentences CLOSING = new Sentences("closing.error.newer", "closing.error.altered",
            "closing.error.notClosing");

    private VerifiedZip() {
    }

    /**
     * The manifest of the zip once every file matches it.
     *
     * @param sentences the refusals of its kind ({@link #FINDINGS}, {@link #CLOSING})
     * @throws InspectionException NOT_A_PACKAGE (foreign, truncated, newer) or ALTERED, naming every problem
     */
    static Manifest verify(Path zip, Messages messages, Sentences sentences) {
        VerificationResult verified;
        try {
            verified = new PackageVerifier().verify(zip);
        } catch (PackageException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE, e.userMessage(messages), zip, e);
        }
        Optional<PackageProblem> newer = verified.problems().stream()
                .filter(p -> p.kind() == PackageProblem.Kind.NEWER_FORMAT).findFirst();
        if (newer.isPresent()) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE, messages.get(sentences.newer(),
                    zip.getFileName(), newer.get().args().isEmpty() ? "" : newer.get().args().get(0)), zip, null);
        }
        if (!verified.intact()) {
            boolean ours = verified.manifest() != null;
            String problems = String.join("；", verified.problems().stream().map(p -> p.describe(messages)).toList());
            throw new InspectionException(ours ? InspectionException.Reason.ALTERED
                    : InspectionException.Reason.NOT_A_PACKAGE,
                    messages.get(ours ? sentences.altered() : sentences.notOurs(), zip.getFileName(), problems), zip, null);
        }
        return verified.manifest();
    }

    /** An entry's bytes, checked once more against the manifest (the file may have changed since it was verified). */
    static byte[] entry(ZipFile z, Manifest manifest, String path) throws IOException {
        ZipEntry entry = z.getEntry(path);
        Manifest.FileEntry listed = manifest.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new IOException("no " + path + " in the manifest"));
        if (entry == null) {
            throw new IOException("no entry " + path);
        }
        try (InputStream in = z.getInputStream(entry)) {
            byte[] bytes = in.readAllBytes();
            if (!Sha256.hex(bytes).equals(listed.sha256())) {
                throw new IOException(path + " changed since it was verified");
            }
            return bytes;
        }
    }

    /** The parts of a zip of ours, made in a work folder (the zone is the one the manifest's day is read in). */
    interface Parts {
        PackageContent make(Path work, ZoneId zone) throws IOException;
    }

    /**
     * Writes a zip of ours to {@code target} (already checked as an output): its parts made in a work folder of
     * {@code workPrefix}, the manifest's day fixed at the start of {@code day}; the work folder removed afterwards.
     *
     * @param what the kind of zip, for the log, e.g. "findings file"
     * @throws PackageException WRITE_FAILED naming {@code out}
     */
    static Manifest write(Path target, Path out, String workPrefix, LocalDate day, String what, Parts parts) {
        Path work = null;
        try {
            work = AppTemp.workFolder(workPrefix);
            ZoneId zone = ZoneId.systemDefault();
            PackageContent content = parts.make(work, zone);
            return new PackageWriter(Clock.fixed(day.atStartOfDay(zone).toInstant(), zone)).write(content, target);
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.WRITE_FAILED, out,
                    "cannot write the " + what + " " + target + ": " + e.getMessage(), e);
        } finally {
            delete(work);
        }
    }

    private static void delete(Path work) {
        if (work == null) {
            return;
        }
        try (var files = Files.list(work)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(work);
        } catch (IOException e) {
            // a temp folder: AppTemp removes what is left at the next start
        }
    }
}
