package org.nineones.service.acceptance;

import java.nio.file.Path;

import org.nineones.pack.Manifest;

/**
 * A package just exported: where it is, its manifest (counts, files, hashes) and the SHA-256 of the whole zip, to
 * be handed to the inspector separately.
 */
public record ExportedPackage(Path file, Manifest manifest, String fingerprint) {
}
