package org.nineones.pack;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The SHA-256 of a whole package file. The manifest proves each file matches it, but someone who rewrites the
 * files could rewrite the manifest too; a fingerprint handed to the inspector separately (in the cover letter)
 * closes that gap.
 */
public final class PackageFingerprint {

    private PackageFingerprint() {
    }

    /**
     * The lower-case hex SHA-256 of the file.
     *
     * @throws PackageException when the file cannot be read
     */
    public static String of(Path file) {
        try {
            return FileDigest.of(file).sha256();
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.UNREADABLE, file, "cannot read " + file, e);
        }
    }
}
