package org.nineones.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.zip.CRC32;

/** Size, CRC-32 (for a stored zip entry) and SHA-256 of a file, read once. */
record FileDigest(long size, long crc, String sha256) {

    private static final int BUFFER = 1 << 16;

    static FileDigest of(Path file) throws IOException {
        MessageDigest sha = newSha256();
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                crc.update(buffer, 0, n);
                size += n;
            }
        }
        return new FileDigest(size, crc.getValue(), org.nineones.model.Sha256.hexOf(sha.digest()));
    }

    static MessageDigest newSha256() {
        return org.nineones.model.Sha256.newDigest();
    }
}
