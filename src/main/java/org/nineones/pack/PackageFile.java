package org.nineones.pack;

/**
 * A file to put into a package: its entry path (plain ASCII, e.g. {@code cards.pdf}, so every unzip tool shows it
 * the same; the one exception is the contents list {@value ContentsList#FILE_NAME}) and where it is now.
 */
public record PackageFile(String path, java.nio.file.Path source) {

    public PackageFile {
        boolean plain = EntryNames.isPlainAscii(path) || ContentsList.FILE_NAME.equals(path);
        if (!EntryNames.isSafe(path) || !plain || Manifest.FILE_NAME.equals(path)) {
            throw new IllegalArgumentException("not a usable package entry path: " + path);
        }
    }
}
