package org.nineones.service.acceptance;

import java.nio.file.Path;

import org.nineones.pack.Manifest;

/** A package just exported: where it is and its manifest (counts, files, hashes). */
public record ExportedPackage(Path file, Manifest manifest) {
}
