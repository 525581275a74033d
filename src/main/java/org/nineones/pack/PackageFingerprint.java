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
     * A fingerprint as someone typed or pasted it, in the form {@link #of} gives: lower case, without the spaces,
     * colons or dashes a cover letter or an e-mail may have put between its groups (full-width characters too).
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(typed.length());
        for (char c : typed.toCharArray()) {
            char half = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
            if (Character.isWhitespace(half) || Character.isSpaceChar(half) || half == ':' || half == '-'
                    || half == '\u200B' || half == '\uFEFF') {
                continue;
            }
            b.append(Character.toLowerCase(half));
        }
        return b.toString();
    }

    /** The start and end of a fingerprint, enough to tell packages apart in a list: 9f2c1a3b…77e0d4c1. */
    public static String shortForm(String fingerprint) {
        return fingerprint.length() <= 16 ? fingerprint
                : fingerprint.substring(0, 8) + "…" + fingerprint.substring(fingerprint.length() - 8);
    }

    /** True when the typed fingerprint, normalised, is the actual one. */
    public static boolean matches(String typed, String actual) {
        return normalise(typed).equals(normalise(actual));
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
