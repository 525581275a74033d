package org.nineones.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Reads .xlsx (streaming, SAX) and .xls (HSSF) into rows of typed cell values, and comma- or tab-separated text
 * (.csv, .tsv, .txt; {@link TextTableReader}) into one sheet of text cells. A workbook is told by the file's content,
 * never by its name; a file that is no workbook is read as text only when its name says it is text. Blank rows are
 * dropped; each sheet holds at most {@code maxRows} rows.
 */
public final class SpreadsheetReader {

    /** Chooses which sheets are read, by name and visibility. */
    @FunctionalInterface
    public interface SheetFilter {
        boolean wants(String name, boolean hidden);
    }

    /**
     * Reads the sheets the filter wants.
     *
     * @throws SpreadsheetException when the file is missing, empty, not a spreadsheet, encrypted or corrupt
     */
    public SpreadsheetContent read(Path file, SheetFilter filter, int maxRows) throws SpreadsheetException {
        return read(file, filter, maxRows, () -> false);
    }

    /** Reads the sheets the filter wants, stopping with {@code CANCELLED} when {@code cancelled} says so. */
    public SpreadsheetContent read(Path file, SheetFilter filter, int maxRows, BooleanSupplier cancelled)
            throws SpreadsheetException {
        FileMagic magic = magicOf(file);
        return switch (magic) {
            case OOXML -> new XlsxStreamReader(file, filter, maxRows, cancelled).read();
            case OLE2 -> new XlsReader(file, filter, maxRows, cancelled).read();
            default -> {
                if (TextTableReader.isTextName(file)) {
                    yield textSheet(file, filter, maxRows, cancelled);
                }
                throw new SpreadsheetException(SpreadsheetException.Reason.NOT_A_SPREADSHEET,
                    "file content is " + magic + ": " + file);
            }
        };
    }

    /** True for the names of files this reader takes: .xlsx, .xlsm, .xls, .csv, .tsv, .txt. */
    public static boolean isReadableName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")
                || TextTableReader.isTextName(file);
    }

    private static SpreadsheetContent textSheet(Path file, SheetFilter filter, int maxRows, BooleanSupplier cancelled)
            throws SpreadsheetException {
        SpreadsheetContent content = new TextTableReader(file, maxRows, cancelled).read();
        return new SpreadsheetContent(content.sheetNames(), content.sheets().stream()
                .filter(s -> filter.wants(s.name(), false)).toList());
    }

    private static FileMagic magicOf(Path file) throws SpreadsheetException {
        if (!Files.isRegularFile(file)) {
            throw new SpreadsheetException(SpreadsheetException.Reason.NOT_FOUND, "no such file: " + file);
        }
        try {
            if (Files.size(file) == 0) {
                throw new SpreadsheetException(SpreadsheetException.Reason.EMPTY, "empty file: " + file);
            }
            try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
                return FileMagic.valueOf(in);
            }
        } catch (IOException e) {
            throw new SpreadsheetException(SpreadsheetException.Reason.CORRUPT, "cannot read " + file, e);
        }
    }
}
