package org.nineones.service.acceptance;

import java.nio.file.Path;

import org.nineones.model.PackageExport;
import org.nineones.pack.Manifest;

/**
 * A package just exported: where it is, its manifest (counts, files, hashes), the SHA-256 of the whole zip, to be
 * handed to the inspector separately, and its entry in the workspace's export history (for the cover letter).
 */
public record ExportedPackage(Path file, Manifest manifest, String fingerprint, PackageExport record) {
}
