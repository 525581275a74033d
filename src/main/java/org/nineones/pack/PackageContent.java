package org.nineones.pack;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link PackageWriter} puts into one package: the enterprise it is for, its record counts and its files; or,
 * for an inspector's findings file, no counts but what it is about ({@code findings}, null for a package).
 */
public record PackageContent(String enterpriseName, String creditCode, Manifest.Counts counts, List<PackageFile> files,
                             String edition, Manifest.FindingsRef findings, Manifest.ClosingRef closing) {

    /** A package, or a findings file when {@code findings} is given. */
    public PackageContent(String enterpriseName, String creditCode, Manifest.Counts counts, List<PackageFile> files,
                          String edition, Manifest.FindingsRef findings) {
        this(enterpriseName, creditCode, counts, files, edition, findings, null);
    }

    /** An enterprise's closing package (整改回复包). */
    public static PackageContent closingPackage(String enterpriseName, String creditCode, Manifest.ClosingRef closing,
                                                List<PackageFile> files) {
        return new PackageContent(enterpriseName, creditCode, null, files, Manifest.STANDARD, null, closing);
    }

    /** An acceptance package of the given edition. */
    public PackageContent(String enterpriseName, String creditCode, Manifest.Counts counts, List<PackageFile> files,
                          String edition) {
        this(enterpriseName, creditCode, counts, files, edition, null);
    }

    /** An inspector's findings file. */
    public static PackageContent findingsFile(String enterpriseName, String creditCode, Manifest.FindingsRef findings,
                                              List<PackageFile> files) {
        return new PackageContent(enterpriseName, creditCode, null, files, Manifest.STANDARD, findings);
    }

    /** The standard edition (ID numbers masked). */
    public PackageContent(String enterpriseName, String creditCode, Manifest.Counts counts, List<PackageFile> files) {
        this(enterpriseName, creditCode, counts, files, Manifest.STANDARD);
    }

    public PackageContent {
        files = List.copyOf(files);
        Set<String> paths = new HashSet<>();
        for (PackageFile f : files) {
            if (!paths.add(f.path())) {
                throw new IllegalArgumentException("two package files with the path " + f.path());
            }
        }
    }
}
