package org.nineones.service.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.nineones.model.Messages;
import org.nineones.service.attachments.AttachmentRefusedException.Reason;

/**
 * A file to keep with a record, read whole before the transaction (so a refusal writes nothing), with its type
 * (extension and content agreeing) and SHA-256. The original file is only read, never altered.
 */
public record AttachmentFile(String fileName, FileType type, String sha256, byte[] content) {

    /** The default limit of one file's size (20 MB); {@code records.maxAttachmentMB} in the settings changes it. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public String mediaType() {
        return type.mediaType();
    }

    /**
     * Reads {@code file}, refusing with a sentence naming it a missing file, a folder, an empty file, one over
     * {@code maxBytes}, a kind of file not taken, or one whose content is not what its name says.
     */
    public static AttachmentFile read(Path file, long maxBytes, Messages messages) {
        FileType type = precheck(file, maxBytes, messages);
        String name = name(file);
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > maxBytes) {
                throw refuse(Reason.TOO_LARGE, file, messages, name, sizeText(bytes.length), sizeText(maxBytes));
            }
            if (bytes.length == 0) {
                throw refuse(Reason.EMPTY, file, messages, name);
            }
            if (!type.matches(Arrays.copyOf(bytes, Math.min(bytes.length, 4096)))) {
                throw refuse(Reason.MISMATCH, file, messages, name, type.extensions().get(0));
            }
            return new AttachmentFile(name, type, sha256(bytes), bytes);
        } catch (IOException e) {
            throw refuse(Reason.UNREADABLE, file, messages, name);
        }
    }

    /**
     * The checks that need no reading of the content (a window may make them as a file is chosen): refuses a missing
     * file, a folder, an unsupported kind, an empty file or one over {@code maxBytes}; returns the file's type.
     */
    public static FileType precheck(Path file, long maxBytes, Messages messages) {
        String name = name(file);
        if (!Files.exists(file)) {
            throw refuse(Reason.MISSING, file, messages, name);
        }
        if (Files.isDirectory(file)) {
            throw refuse(Reason.FOLDER, file, messages, name);
        }
        FileType type = FileType.ofName(name).orElseThrow(() -> refuse(Reason.UNSUPPORTED, file, messages, name,
                String.join(", ", FileType.allExtensions())));
        try {
            if (!Files.isRegularFile(file)) {
                throw refuse(Reason.UNREADABLE, file, messages, name);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw refuse(Reason.EMPTY, file, messages, name);
            }
            if (size > maxBytes) {
                throw refuse(Reason.TOO_LARGE, file, messages, name, sizeText(size), sizeText(maxBytes));
            }
            return type;
        } catch (IOException e) {
            throw refuse(Reason.UNREADABLE, file, messages, name);
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The SHA-256 of {@code bytes} in lower-case hex. */
    public static String sha256(byte[] bytes) {
        return org.nineones.model.Sha256.hex(bytes);
    }

    /** A size as the sentences give it: "850.0 KB", "20.0 MB". */
    public static String sizeText(long bytes) {
        return bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static AttachmentRefusedException refuse(Reason reason, Path file, Messages messages, Object... args) {
        return new AttachmentRefusedException(reason, file, messages.get("attachments.refused." + reason, args));
    }
}
