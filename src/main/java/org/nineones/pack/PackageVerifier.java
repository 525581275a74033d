package org.nineones.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.nineones.pack.PackageProblem.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an acceptance package against its manifest: names every file that is missing, extra or altered, and
 * every structural problem (not a zip, truncated, no manifest, a foreign manifest, duplicate or unsafe entries).
 * Reads only; never extracts anything.
 */
public final class PackageVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(PackageVerifier.class);
    /** Our manifests are a few kilobytes; a huge one is not ours and is not read into memory. */
    private static final int MAX_MANIFEST_BYTES = 4 << 20;
    private static final int BUFFER = 1 << 16;

    private final ManifestCodec codec = new ManifestCodec();

    /**
     * Verifies the package at {@code zip}.
     *
     * @throws PackageException when the file does not exist, is a folder or cannot be read at all
     */
    public VerificationResult verify(Path zip) {
        if (Files.isDirectory(zip)) {
            throw new PackageException(PackageException.Reason.IS_FOLDER, zip, "a folder: " + zip, null);
        }
        if (!Files.exists(zip)) {
            throw new PackageException(PackageException.Reason.NOT_FOUND, zip, "no such file: " + zip, null);
        }
        if (!startsLikeZip(zip)) {
            return failed(zip, PackageProblem.of(Kind.NOT_A_ZIP, ""));
        }
        if (!endsLikeZip(zip)) {
            LOG.warn("package {} has no end-of-central-directory record at its end (truncated)", zip);
            return failed(zip, PackageProblem.of(Kind.DAMAGED, ""));
        }
        try (ZipFile zipFile = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            return check(zip, zipFile);
        } catch (ZipException | IllegalArgumentException e) {
            // no end-of-central-directory record (truncated), bad headers, or entry names that are not UTF-8
            LOG.warn("package {} cannot be opened as a zip: {}", zip, e.toString());
            LOG.debug("zip failure", e);
            return failed(zip, PackageProblem.of(Kind.DAMAGED, ""));
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.UNREADABLE, zip, "cannot read " + zip, e);
        }
    }

    private static boolean startsLikeZip(Path zip) {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(zip)) {
            return in.readNBytes(head, 0, 2) == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.UNREADABLE, zip, "cannot read " + zip, e);
        }
    }

    private static boolean endsLikeZip(Path zip) {
        try {
            return ZipEnd.isComplete(zip);
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.UNREADABLE, zip, "cannot read " + zip, e);
        }
    }

    private VerificationResult check(Path zip, ZipFile zipFile) {
        List<PackageProblem> problems = new ArrayList<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        for (ZipEntry entry : Collections.list(zipFile.entries())) {
            names.merge(entry.getName(), 1, Integer::sum);
        }
        names.forEach((name, count) -> {
            if (count > 1) {
                problems.add(PackageProblem.of(Kind.DUPLICATE_ENTRY, name, count));
            }
            if (!EntryNames.isSafe(name)) {
                problems.add(PackageProblem.of(Kind.UNSAFE_PATH, name));
            }
        });
        if (!names.containsKey(Manifest.FILE_NAME)) {
            problems.add(PackageProblem.of(Kind.NO_MANIFEST, Manifest.FILE_NAME));
            return new VerificationResult(zip, null, List.of(), problems);
        }
        Manifest manifest;
        try {
            manifest = codec.read(readManifest(zipFile));
        } catch (ManifestCodec.Rejected e) {
            problems.add(e.problem());
            return new VerificationResult(zip, null, List.of(), problems);
        } catch (IOException e) {
            LOG.warn("manifest of {} cannot be read: {}", zip, e.toString());
            problems.add(PackageProblem.of(Kind.DAMAGED_ENTRY, Manifest.FILE_NAME));
            return new VerificationResult(zip, null, List.of(), problems);
        }
        List<String> checked = new ArrayList<>();
        for (Manifest.FileEntry listed : manifest.files()) {
            if (!names.containsKey(listed.path())) {
                problems.add(PackageProblem.of(Kind.MISSING, listed.path()));
                continue;
            }
            PackageProblem problem = compare(zip, zipFile, listed);
            if (problem == null) {
                checked.add(listed.path());
            } else {
                problems.add(problem);
            }
        }
        Set<String> listedPaths = manifest.files().stream().map(Manifest.FileEntry::path).collect(Collectors.toSet());
        for (String name : names.keySet()) {
            if (!listedPaths.contains(name) && !Manifest.FILE_NAME.equals(name) && EntryNames.isSafe(name)) {
                problems.add(PackageProblem.of(Kind.EXTRA, name));
            }
        }
        return new VerificationResult(zip, manifest, checked, problems);
    }

    private static byte[] readManifest(ZipFile zipFile) throws IOException, ManifestCodec.Rejected {
        ZipEntry entry = zipFile.getEntry(Manifest.FILE_NAME);
        try (InputStream in = zipFile.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw new ManifestCodec.Rejected(PackageProblem.of(Kind.FOREIGN_MANIFEST, Manifest.FILE_NAME, "size"));
            }
            return bytes;
        }
    }

    /** Null when the entry matches the manifest, else what differs. */
    private static PackageProblem compare(Path zip, ZipFile zipFile, Manifest.FileEntry listed) {
        MessageDigest sha = FileDigest.newSha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = zipFile.getInputStream(zipFile.getEntry(listed.path()))) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            LOG.warn("entry {} of {} cannot be read: {}", listed.path(), zip, e.toString());
            return PackageProblem.of(Kind.DAMAGED_ENTRY, listed.path());
        }
        if (size != listed.size()) {
            return PackageProblem.of(Kind.ALTERED_SIZE, listed.path(), listed.size(), size);
        }
        if (!org.nineones.model.Sha256.hexOf(sha.digest()).equals(listed.sha256())) {
            return PackageProblem.of(Kind.ALTERED_CONTENT, listed.path());
        }
        return null;
    }

    private static VerificationResult failed(Path zip, PackageProblem problem) {
        return new VerificationResult(zip, null, List.of(), List.of(problem));
    }
}
