package org.nineones.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, as files, packages, checklists and draws are fingerprinted everywhere here: lower-case hex. */
public final class Sha256 {

    private Sha256() {
    }

    /** A new SHA-256 digest (every Java runtime has one). */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The SHA-256 of {@code bytes} in lower-case hex. */
    public static String hex(byte[] bytes) {
        return hexOf(newDigest().digest(bytes));
    }

    /** A finished digest in lower-case hex. */
    public static String hexOf(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
