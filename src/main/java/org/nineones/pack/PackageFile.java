package org.nineones.pack;

/**
 * A file to put into a package: its entry path (plain ASCII, e.g. {@code cards.pdf}, so every unzip tool shows it
 * the same) and where it is now.
 */
public record PackageFile(String path, java.nio.file.Path source) {

    public PackageFile {
        if (!EntryNames.isSafe(path) || !EntryNames.isPlainAscii(path) || Manifest.FILE_NAME.equals(path)) {
            throw new IllegalArgumentException("not a usable package entry path: " + path);
        }
    }
}
