package org.nineones.service.letters;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.store.LetterRepository;

/** A scan or photo of a signed letter, read whole before the transaction, with its SHA-256. */
record AttachmentFile(String fileName, String mediaType, String sha256, byte[] content) {

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "tif", "image/tiff", "tiff", "image/tiff", "bmp", "image/bmp", "gif", "image/gif", "webp", "image/webp",
            "heic", "image/heic");

    /** Reads a file, refusing a missing, unreadable, empty, too large or unknown kind of file with a sentence. */
    static AttachmentFile read(Path file, Messages messages) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new LetterRuleException("file", messages.get("letters.error.fileMissing", name));
        }
        if (!Files.isRegularFile(file)) {
            throw new LetterRuleException("file", messages.get("letters.error.fileUnreadable", name));
        }
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new LetterRuleException("file", messages.get("letters.error.fileType", name));
        }
        try {
            long size = Files.size(file);
            if (size > LetterService.MAX_ATTACHMENT_BYTES) {
                throw new LetterRuleException("file", messages.get("letters.error.fileTooLarge", name,
                        String.valueOf(LetterService.MAX_ATTACHMENT_BYTES / 1024 / 1024)));
            }
            if (size == 0) {
                throw new LetterRuleException("file", messages.get("letters.error.fileEmpty", name));
            }
            byte[] bytes = Files.readAllBytes(file);
            return new AttachmentFile(name, type, sha256(bytes), bytes);
        } catch (AccessDeniedException e) {
            throw new LetterRuleException("file", messages.get("letters.error.fileUnreadable", name));
        } catch (IOException e) {
            throw new LetterRuleException("file", messages.get("letters.error.fileUnreadable", name));
        }
    }

    static String sha256(byte[] bytes) {
        return org.nineones.model.Sha256.hex(bytes);
    }

    long store(LetterRepository letters) {
        return letters.insertAttachment(fileName, mediaType, sha256, content);
    }
}
