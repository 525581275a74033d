package org.nineones.service.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a record may keep, each known by its extensions and by how its content begins, so a file
 * whose content does not match its name (an .exe renamed .pdf) is refused. Office files are either the old compound
 * format (.doc/.xls/.ppt) or the zip of the new one (.docx/.xlsx/.pptx); a text file holds no NUL byte.
 */
public enum FileType {
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    PNG("image/png", List.of("png")),
    GIF("image/gif", List.of("gif")),
    BMP("image/bmp", List.of("bmp")),
    WEBP("image/webp", List.of("webp")),
    TIFF("image/tiff", List.of("tif", "tiff")),
    PDF("application/pdf", List.of("pdf")),
    WORD("application/msword", List.of("doc")),
    EXCEL("application/vnd.ms-excel", List.of("xls")),
    POWERPOINT("application/vnd.ms-powerpoint", List.of("ppt")),
    WORD_X("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    EXCEL_X("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    POWERPOINT_X("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx")),
    TEXT("text/plain", List.of("txt"));

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name's extension names, if it is one of ours. */
    public static Optional<FileType> ofName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
    }

    /** Every extension taken, for the file chooser's filter and the sentences: "jpg, jpeg, png, …". */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(t -> t.extensions.stream()).toList();
    }

    /** Whether {@code head} (the file's first bytes, at least 16 when the file has them) is this type's content. */
    public boolean matches(byte[] head) {
        return switch (this) {
            case JPEG -> startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case PNG -> startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            case GIF -> startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"));
            case BMP -> startsWith(head, ascii("BM"));
            case WEBP -> startsWith(head, ascii("RIFF")) && head.length >= 12
                    && Arrays.equals(Arrays.copyOfRange(head, 8, 12), ascii("WEBP"));
            case TIFF -> startsWith(head, new byte[] {'I', 'I', 42, 0}) || startsWith(head, new byte[] {'M', 'M', 0, 42});
            case PDF -> startsWith(head, ascii("%PDF-"));
            case WORD, EXCEL, POWERPOINT -> startsWith(head, OLE2);
            case WORD_X, EXCEL_X, POWERPOINT_X -> startsWith(head, ZIP);
            case TEXT -> noNul(head);
        };
    }

    private static boolean noNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }
}
