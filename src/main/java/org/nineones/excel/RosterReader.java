package org.nineones.excel;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Finds the roster in a spreadsheet by itself, through the {@link TableReader} every import uses: the header row
 * is the one whose cells name the most roster fields.
 */
public final class RosterReader {

    /** How many non-blank rows from the top may hold titles and notes above the header. */
    public static final int HEADER_SEARCH_ROWS = TableReader.HEADER_SEARCH_ROWS;
    private static final List<RosterField> FIELDS = Arrays.stream(RosterField.values())
            .filter(f -> f != RosterField.IGNORE).toList();

    private final TableReader tables;

    public RosterReader(SpreadsheetReader reader, int maxDataRows) {
        this.tables = new TableReader(reader, maxDataRows);
    }

    /**
     * Reads the roster from the named sheet (any sheet, hidden too) or, when {@code sheetName} is null, from the
     * visible sheet with the best header.
     */
    public RosterSheet read(Path file, String sheetName) throws SpreadsheetException {
        return read(file, sheetName, () -> false);
    }

    /** As {@link #read(Path, String)}, stopping with {@code CANCELLED} when {@code cancelled} says so. */
    public RosterSheet read(Path file, String sheetName, BooleanSupplier cancelled) throws SpreadsheetException {
        HeaderTable table = tables.read(file, sheetName, FIELDS, cancelled);
        return new RosterSheet(file, table.sheetNames(), table.sheetName(), table.headerRowNumber(), table.headers(),
                table.rows(), ColumnMapping.automatic(table.headers(), table.rows()), table.firstHeaderRowNumber());
    }
}
