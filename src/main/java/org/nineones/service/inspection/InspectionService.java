package org.nineones.service.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.nineones.model.Messages;
import org.nineones.model.Sha256;
import org.nineones.model.inspection.Inspection;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageException;
import org.nineones.pack.PackageFingerprint;
import org.nineones.pack.VerificationResult;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.PackageEntries;
import org.nineones.service.acceptance.PackageService;
import org.nineones.service.acceptance.RecomputeException;
import org.nineones.service.acceptance.RecomputedRecords;
import org.nineones.service.acceptance.Verification;
import org.nineones.store.InspectionFile;
import org.nineones.store.RecordTables;
import org.nineones.store.WorkspaceException;

/**
 * The inspector's inspection file (decision 0024): made, opened, and an enterprise's package opened in it — verified
 * first, then the parts an inspection reads copied in with the package's fingerprint. The package is only read.
 */
public final class InspectionService {

    /** What an inspection copies from its package, besides the files of the records of duty performance. */
    static final List<String> PARTS = List.of(Manifest.FILE_NAME, RecomputedRecords.ENTRY, PackageEntries.CHECKLIST,
            PackageEntries.SELF_ASSESSMENT, PackageEntries.SELF_ASSESSMENT_PDF, PackageEntries.DUTY_RECORDS);
    /** The folder of the files the records of duty performance hold. */
    static final String DUTY_RECORD_FILES = PackageEntries.DUTY_FILES;

    private final Messages messages;
    private final PackageService packages;
    private final RecomputedRecords records;

    public InspectionService(Messages messages, PackageService packages) {
        this.messages = messages;
        this.packages = packages;
        this.records = new RecomputedRecords(messages);
    }

    /** A new inspection file; {@code label} says whose it is (may be empty). */
    public InspectionFile create(Path file, String label) throws WorkspaceException {
        return InspectionFile.create(file, label);
    }

    public InspectionFile open(Path file) throws WorkspaceException {
        return InspectionFile.open(file);
    }

    /** The inspections of the file, the latest opened first. */
    public List<Inspection> inspections(InspectionFile file) {
        return file.read(r -> r.all());
    }

    /** A package opened in an inspection file; {@code again} when the file already held it. */
    public record Opened(Inspection inspection, boolean again) {
    }

    /**
     * Opens an enterprise's package in the inspection file. It must verify (every file against its manifest) and,
     * when the inspector typed the fingerprint from the cover letter, be that package; else nothing is written and
     * the refusal names why. A package the file already holds opens that inspection again.
     */
    public Opened openPackage(InspectionFile file, Path zip, String typedFingerprint, Progress progress) {
        progress.update(0, 2, messages.get("inspection.progress.verify"));
        Verification verification;
        try {
            verification = packages.verify(zip, blankToNull(typedFingerprint));
        } catch (PackageException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE, e.userMessage(messages), zip, e);
        }
        VerificationResult verified = PackageGate.intact(verification.result(), zip, messages);
        if (verification.expectation() && !verification.fingerprintMatches()) {
            throw new InspectionException(InspectionException.Reason.FINGERPRINT_DIFFERS,
                    messages.get("inspection.error.fingerprint", zip.getFileName(),
                            PackageFingerprint.normalise(verification.expected()), verification.fingerprint()),
                    zip, null);
        }
        progress.checkCancelled();
        Optional<Inspection> held = file.read(r -> r.byFingerprint(verification.fingerprint()));
        if (held.isPresent()) {
            return new Opened(held.get(), true);
        }
        progress.update(1, 2, messages.get("inspection.progress.copy"));
        List<Copied> parts = copy(zip, verified.manifest());
        Map<String, Object> enterprise = enterprise(zip, parts);
        progress.checkCancelled();
        Manifest manifest = verified.manifest();
        Inspection inspection = new Inspection(null, UUID.randomUUID().toString(), manifest.enterprise().name(),
                manifest.enterprise().creditCode(), text(enterprise.get("county")), text(enterprise.get("industry")),
                zip.getFileName().toString(), size(zip), verification.fingerprint(), manifest.createdAt(),
                manifest.appVersion(), manifest.internal() ? Manifest.INTERNAL : Manifest.STANDARD,
                verification.expectation() ? verification.fingerprint() : null, null, null);
        Inspection saved = file.write(r -> {
            Inspection i = r.insert(inspection);
            parts.forEach(p -> r.addPart(i.id(), p.path(), p.sha256(), p.content()));
            return i;
        });
        progress.update(2, 2, messages.get("inspection.progress.done"));
        return new Opened(saved, false);
    }

    /**
     * The enterprise as its package's records show it, read from the inspection file (not from the zip, which may be
     * gone): the copied {@code records.json}, checked against its SHA-256, loaded into a temporary read-only
     * workspace. The caller closes it.
     */
    public RecomputedRecords.Loaded records(InspectionFile file, Inspection inspection) {
        byte[] bytes = file.read(r -> r.content(inspection.id(), RecomputedRecords.ENTRY)).orElseThrow(() ->
                new InspectionException(InspectionException.Reason.NOT_A_PACKAGE, messages.get(
                        "inspection.error.partMissing", inspection.packageName(), RecomputedRecords.ENTRY),
                        file.file(), null));
        String stored = file.read(r -> r.parts(inspection.id())).stream()
                .filter(p -> p.path().equals(RecomputedRecords.ENTRY)).findFirst().orElseThrow().sha256();
        if (!Sha256.hex(bytes).equals(stored)) {
            throw new InspectionException(InspectionException.Reason.ALTERED, messages.get("inspection.error.partAltered",
                    inspection.packageName(), RecomputedRecords.ENTRY, file.file().getFileName()), file.file(), null);
        }
        try {
            return records.open(new ByteArrayInputStream(bytes), Path.of(inspection.packageName()));
        } catch (IOException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE, messages.get(
                    "inspection.error.partMissing", inspection.packageName(), RecomputedRecords.ENTRY), file.file(), e);
        } catch (RecomputeException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE, e.getMessage(), file.file(), e);
        }
    }

    private record Copied(String path, String sha256, byte[] content) {
    }

    /** The parts, read from the zip and checked once more against the manifest's SHA-256. */
    private List<Copied> copy(Path zip, Manifest manifest) {
        List<Copied> parts = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            byte[] manifestBytes = read(z, Manifest.FILE_NAME);
            parts.add(new Copied(Manifest.FILE_NAME, Sha256.hex(manifestBytes), manifestBytes));
            for (Manifest.FileEntry entry : manifest.files()) {
                if (!PARTS.contains(entry.path()) && !entry.path().startsWith(DUTY_RECORD_FILES)) {
                    continue;
                }
                byte[] bytes = read(z, entry.path());
                String sha = Sha256.hex(bytes);
                if (!sha.equals(entry.sha256())) {
                    throw new InspectionException(InspectionException.Reason.ALTERED,
                            messages.get("package.error.altered", zip.getFileName(), entry.path()), zip, null);
                }
                parts.add(new Copied(entry.path(), sha, bytes));
            }
        } catch (IOException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                    messages.get("package.error.notPackage", zip.getFileName(), e.getMessage()), zip, e);
        }
        return parts;
    }

    /** The enterprise's row of the package's records form (read as it streams by, not loaded). */
    private Map<String, Object> enterprise(Path zip, List<Copied> parts) {
        byte[] recordsForm = parts.stream().filter(p -> p.path().equals(RecomputedRecords.ENTRY)).findFirst()
                .map(Copied::content).orElseThrow(() -> new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                        messages.get("recompute.error.noRecords", zip.getFileName(), RecomputedRecords.ENTRY), zip, null));
        try {
            return RecordTables.firstRow(new ByteArrayInputStream(recordsForm), "enterprise").orElseGet(Map::of);
        } catch (IOException | RuntimeException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                    messages.get("recompute.error.foreign", zip.getFileName()), zip, e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static byte[] read(ZipFile z, String path) throws IOException {
        ZipEntry entry = z.getEntry(path);
        if (entry == null) {
            throw new IOException("no entry " + path);
        }
        try (InputStream in = z.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private long size(Path zip) {
        try {
            return Files.size(zip);
        } catch (IOException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                    messages.get("package.error.notPackage", zip.getFileName(), e.getMessage()), zip, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
