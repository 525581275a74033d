package org.nineones.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@value #FILE_NAME}, the package's contents list for people: every file with its Chinese title and what it holds.
 * The one entry whose name is not ASCII (decision 0008): it is what a person opening the zip should see first. It is
 * written as UTF-8 with a byte-order mark and Windows line ends, so Notepad on a Chinese Windows reads it as UTF-8, and
 * it is listed in the manifest and checked like every other file.
 */
public final class ContentsList {

    public static final String FILE_NAME = "目录.txt";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ContentsList() {
    }

    /** Writes the lines to {@code target}. */
    public static void write(Path target, List<String> lines) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(BOM);
            for (String line : lines) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\r');
                out.write('\n');
            }
        }
    }

    /** The text of a contents list as written (without its byte-order mark). */
    public static String read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
