package org.nineones.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The first steps of every import: reads a spreadsheet and finds its table by itself. Among the visible sheets (or
 * the one named), the row within the first {@value #HEADER_SEARCH_ROWS} non-blank rows whose cells name the most
 * known fields is the header; titles and notes above it are left out.
 */
public final class TableReader {

    /** How many non-blank rows from the top may hold titles and notes above the header. */
    public static final int HEADER_SEARCH_ROWS = 30;
    /** At least this many known headers make a header row. */
    static final int MIN_HEADER_SCORE = 2;

    private final SpreadsheetReader reader;
    private final int maxDataRows;

    public TableReader(SpreadsheetReader reader, int maxDataRows) {
        this.reader = reader;
        this.maxDataRows = maxDataRows;
    }

    /**
     * Reads the table whose header names the most of {@code fields}: from the named sheet (any sheet, hidden too)
     * or, when {@code sheetName} is null, from the visible sheet with the best header.
     *
     * @throws SpreadsheetException when the file cannot be read or has no such header
     */
    public HeaderTable read(Path file, String sheetName, List<? extends HeaderField> fields, BooleanSupplier cancelled)
            throws SpreadsheetException {
        SpreadsheetReader.SheetFilter filter = sheetName == null ? (name, hidden) -> !hidden
                : (name, hidden) -> name.equals(sheetName) || name.strip().equals(sheetName.strip());
        SpreadsheetContent content = reader.read(file, filter, maxDataRows + HEADER_SEARCH_ROWS, cancelled);
        if (sheetName != null && content.sheets().isEmpty()) {
            throw new SpreadsheetException(SpreadsheetException.Reason.SHEET_NOT_FOUND, sheetName);
        }
        SheetData best = null;
        int bestRow = -1;
        int bestScore = 0;
        for (SheetData sheet : content.sheets()) {
            List<SheetRow> rows = sheet.rows();
            for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
                int score = score(rows.get(i), fields);
                if (score > bestScore) {
                    best = sheet;
                    bestRow = i;
                    bestScore = score;
                }
            }
        }
        if (best == null || bestScore < MIN_HEADER_SCORE) {
            boolean anyRows = content.sheets().stream().anyMatch(s -> !s.rows().isEmpty());
            throw new SpreadsheetException(anyRows ? SpreadsheetException.Reason.NO_HEADER
                    : SpreadsheetException.Reason.EMPTY, file.toString());
        }
        if (best.truncated()) {
            throw new SpreadsheetException(SpreadsheetException.Reason.TOO_MANY_ROWS, "more than " + maxDataRows);
        }
        SheetRow header = best.rows().get(bestRow);
        List<SheetRow> data = best.rows().subList(bestRow + 1, best.rows().size());
        if (data.size() > maxDataRows) {
            throw new SpreadsheetException(SpreadsheetException.Reason.TOO_MANY_ROWS, data.size() + " rows");
        }
        return new HeaderTable(file, content.sheetNames(), best.name(), header.rowNumber(), headerTexts(header), data);
    }

    /** How many distinct fields the row's cells name. */
    static int score(SheetRow row, List<? extends HeaderField> fields) {
        Set<HeaderField> found = new HashSet<>();
        for (Object cell : row.cells()) {
            HeaderField.byHeader(fields, cell).ifPresent(found::add);
        }
        return found.size();
    }

    private static List<String> headerTexts(SheetRow header) {
        List<String> headers = new ArrayList<>();
        for (Object cell : header.cells()) {
            headers.add(CellValues.text(cell).replaceAll("\\s*[\\r\\n]+\\s*", ""));
        }
        while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
            headers.remove(headers.size() - 1);
        }
        return headers;
    }
}
