package org.nineones.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Cells merged down over several rows: HR rosters write a department once and merge it over its people. Excel keeps
 * the value only in the top cell; every row of the region is given that value, as the user sees it.
 */
final class MergedCells {

    private MergedCells() {
    }

    /** The rows with each vertically merged region's top value copied into its column in the region's other rows. */
    static List<SheetRow> fillDown(List<SheetRow> rows, List<CellRangeAddress> regions) {
        List<CellRangeAddress> vertical = regions.stream().filter(r -> r.getLastRow() > r.getFirstRow()).toList();
        if (vertical.isEmpty() || rows.isEmpty()) {
            return rows;
        }
        Map<Integer, Integer> indexByRowNumber = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            indexByRowNumber.put(rows.get(i).rowNumber(), i);
        }
        List<SheetRow> filled = new ArrayList<>(rows);
        for (CellRangeAddress region : vertical) {
            Integer top = indexByRowNumber.get(region.getFirstRow() + 1);
            if (top == null) {
                continue;
            }
            int column = region.getFirstColumn();
            Object value = filled.get(top).cell(column);
            if (CellValues.isBlank(value)) {
                continue;
            }
            for (int r = region.getFirstRow() + 1; r <= region.getLastRow(); r++) {
                Integer at = indexByRowNumber.get(r + 1);
                if (at != null && CellValues.isBlank(filled.get(at).cell(column))) {
                    filled.set(at, with(filled.get(at), column, value));
                }
            }
        }
        return filled;
    }

    private static SheetRow with(SheetRow row, int column, Object value) {
        List<Object> cells = new ArrayList<>(row.cells());
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, value);
        return new SheetRow(row.rowNumber(), cells);
    }
}
