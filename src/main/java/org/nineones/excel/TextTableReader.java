package org.nineones.excel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads comma-separated (.csv) and tab-separated (.tsv, .txt) text as one sheet of string cells, through the same
 * {@link SpreadsheetContent} as a workbook. The encoding is told by the content: a byte order mark (UTF-8, UTF-16),
 * else UTF-8 when the bytes are valid UTF-8, else GB18030 (which reads GBK and GB2312). The separator is a tab when
 * the first lines hold more tabs than commas. Quoted cells may hold separators, quotes ("") and line breaks; Excel's
 * ways of keeping a number as text ({@code ="0123"}, {@code '0123}) are undone.
 */
final class TextTableReader {

    /** GB18030 reads every GBK and GB2312 file as well. */
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF_LINES = 30;
    private static final int CANCEL_STEP = 1000;

    private final Path file;
    private final int maxRows;
    private final BooleanSupplier cancelled;

    TextTableReader(Path file, int maxRows, BooleanSupplier cancelled) {
        this.file = file;
        this.maxRows = maxRows;
        this.cancelled = cancelled;
    }

    /** True for the file names read as text: .csv, .tsv and .txt. */
    static boolean isTextName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    SpreadsheetContent read() throws SpreadsheetException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SpreadsheetException(SpreadsheetException.Reason.CORRUPT, "cannot read " + file, e);
        }
        String text = decode(bytes);
        if (text.indexOf('\u0000') >= 0) {
            throw new SpreadsheetException(SpreadsheetException.Reason.NOT_A_SPREADSHEET, "binary content: " + file);
        }
        char separator = separatorOf(text);
        List<SheetRow> rows = new ArrayList<>();
        boolean truncated = parse(text, separator, rows);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String sheetName = dot > 0 ? name.substring(0, dot) : name;
        return new SpreadsheetContent(List.of(sheetName), List.of(new SheetData(sheetName, false, rows, truncated)));
    }

    /** The text, decoded by its byte order mark, else as UTF-8 when it is valid UTF-8, else as GB18030. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    /** A tab when the first lines hold more tabs than commas (full-width commas count as commas), else a comma. */
    static char separatorOf(String text) {
        int tabs = 0;
        int commas = 0;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < SNIFF_LINES; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                tabs++;
            } else if (c == ',') {
                commas++;
            } else if (c == '\n') {
                lines++;
            }
        }
        return tabs > 0 && tabs >= commas ? '\t' : ',';
    }

    /** Parses every record into {@code rows} (non-blank ones, numbered from 1); true when stopped at the limit. */
    private boolean parse(String text, char separator, List<SheetRow> rows) throws SpreadsheetException {
        List<Object> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int record = 1;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            char c = i < n ? text.charAt(i) : '\n';
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (i < n) {
                    cell.append(c);
                } else {
                    quoted = false; // an unclosed quote ends with the file
                    continue;
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                cells.add(value(cell, wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(value(cell, wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
                if (cells.stream().anyMatch(v -> v != null)) {
                    if (rows.size() >= maxRows) {
                        return true;
                    }
                    rows.add(new SheetRow(record, cells));
                }
                cells = new ArrayList<>();
                record++;
                if (record % CANCEL_STEP == 0 && cancelled.getAsBoolean()) {
                    throw new SpreadsheetException(SpreadsheetException.Reason.CANCELLED, file.toString());
                }
                if (i >= n) {
                    break;
                }
            } else {
                cell.append(c);
            }
            i++;
        }
        return false;
    }

    /** A cell's text: null when blank; {@code ="0123"} and {@code '0123} (numbers kept as text) as 0123. */
    private static Object value(StringBuilder cell, boolean quoted) {
        String s = quoted ? cell.toString() : cell.toString().strip();
        if (s.length() > 3 && s.startsWith("=\"") && s.endsWith("\"")) {
            s = s.substring(2, s.length() - 1);
        } else if (s.length() > 1 && s.charAt(0) == '\'' && s.substring(1).chars().allMatch(ch ->
                Character.isDigit(ch) || ch == 'X' || ch == 'x')) {
            s = s.substring(1);
        }
        return CellValues.isBlank(s) ? null : s;
    }
}
