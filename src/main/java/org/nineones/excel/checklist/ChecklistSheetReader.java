package org.nineones.excel.checklist;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.nineones.excel.CellValues;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.HeaderText;
import org.nineones.excel.SheetData;
import org.nineones.excel.SheetRow;
import org.nineones.excel.SpreadsheetContent;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.TableReader;

/**
 * Reads a checklist sheet through the import pipeline: {@link TableReader} finds the sheet and header row by the
 * {@link ChecklistColumn}s; the rows above the header are read again as the header block, label in the first
 * non-blank cell and value in the next.
 */
public final class ChecklistSheetReader {

    /** A checklist has a few dozen lines; more rows means it is not one. */
    public static final int MAX_DATA_ROWS = 2_000;

    private final SpreadsheetReader reader;

    public ChecklistSheetReader(SpreadsheetReader reader) {
        this.reader = reader;
    }

    public ChecklistSheet read(Path file, BooleanSupplier cancelled) throws SpreadsheetException {
        HeaderTable table = new TableReader(reader, MAX_DATA_ROWS)
                .read(file, null, Arrays.asList(ChecklistColumn.values()), cancelled);
        Map<String, ChecklistSheet.BlockEntry> block = new LinkedHashMap<>();
        if (table.firstHeaderRowNumber() > 1) {
            SpreadsheetContent content = reader.read(file, (name, hidden) -> name.equals(table.sheetName()),
                    TableReader.HEADER_SEARCH_ROWS, cancelled);
            for (SheetData sheet : content.sheets()) {
                for (SheetRow row : sheet.rows()) {
                    if (row.rowNumber() < table.firstHeaderRowNumber()) {
                        blockEntry(row, block);
                    }
                }
            }
        }
        return new ChecklistSheet(table, block);
    }

    private static void blockEntry(SheetRow row, Map<String, ChecklistSheet.BlockEntry> block) {
        List<Object> cells = row.cells();
        for (int c = 0; c < cells.size(); c++) {
            if (!CellValues.isBlank(cells.get(c))) {
                String label = HeaderText.normalise(cells.get(c));
                block.putIfAbsent(label, new ChecklistSheet.BlockEntry(CellValues.text(cells.get(c)),
                        row.cell(c + 1), row.rowNumber()));
                return;
            }
        }
    }
}
