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
        List<SheetRow> rows = best.rows();
        int first = bestRow;
        int last = bestRow;
        List<String> headers = headerTexts(rows.get(bestRow));
        if (bestRow + 1 < rows.size() && combines(rows.get(bestRow), rows.get(bestRow + 1), fields)) {
            last = bestRow + 1;
        } else if (bestRow > 0 && combines(rows.get(bestRow - 1), rows.get(bestRow), fields)) {
            first = bestRow - 1;
        }
        if (first != last) {
            headers = combined(rows.get(first), rows.get(last), fields);
        }
        List<SheetRow> data = rows.subList(last + 1, rows.size());
        if (data.size() > maxDataRows) {
            throw new SpreadsheetException(SpreadsheetException.Reason.TOO_MANY_ROWS, data.size() + " rows");
        }
        return new HeaderTable(file, content.sheetNames(), best.name(), rows.get(first).rowNumber(),
                rows.get(last).rowNumber(), headers, data);
    }

    /**
     * True when {@code upper} and {@code lower} are one header written over two rows: read together (see
     * {@link #combined}) they name more fields than either alone. A data row below a header never does, since its
     * values name no field.
     */
    static boolean combines(SheetRow upper, SheetRow lower, List<? extends HeaderField> fields) {
        List<String> both = combined(upper, lower, fields);
        Set<HeaderField> found = new HashSet<>();
        for (String header : both) {
            HeaderField.byHeader(fields, header).ifPresent(found::add);
        }
        return found.size() > Math.max(score(upper, fields), score(lower, fields));
    }

    /**
     * A two-row header read as one: below a blank or merged upper cell, or where the lower cell names a field, the
     * lower cell; where the lower cell is blank, the upper one; otherwise both texts joined (联系方式 over 座机).
     */
    static List<String> combined(SheetRow upper, SheetRow lower, List<? extends HeaderField> fields) {
        List<String> top = headerTexts(upper);
        List<String> bottom = headerTexts(lower);
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < Math.max(top.size(), bottom.size()); c++) {
            String u = c < top.size() ? top.get(c) : "";
            String l = c < bottom.size() ? bottom.get(c) : "";
            if (l.isEmpty()) {
                headers.add(u);
            } else if (u.isEmpty() || u.equals(l) || HeaderField.byHeader(fields, l).isPresent()) {
                headers.add(l);
            } else {
                headers.add(u + l);
            }
        }
        return headers;
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
