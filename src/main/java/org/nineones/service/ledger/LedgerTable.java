package org.nineones.service.ledger;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.excel.CellValues;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.LedgerColumn;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.TextNormaliser;

/**
 * A ledger sheet as read: the table and, column by column, the ledger's column each header names (null where none).
 * Columns are looked up by identity through an index made once: a ledger asks for cells row after row.
 */
public final class LedgerTable {

    private final HeaderTable table;
    private final List<LedgerColumn> columns;
    private final Map<LedgerColumn, Integer> index = new IdentityHashMap<>();

    public LedgerTable(HeaderTable table, List<LedgerColumn> columns) {
        this.table = table;
        this.columns = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columns));
        for (int i = columns.size() - 1; i >= 0; i--) {
            if (columns.get(i) != null) {
                index.put(columns.get(i), i);
            }
        }
    }

    public HeaderTable table() {
        return table;
    }

    public List<LedgerColumn> columns() {
        return columns;
    }

    public int indexOf(LedgerColumn column) {
        Integer i = column == null ? null : index.get(column);
        return i == null ? -1 : i;
    }

    public boolean has(LedgerColumn column) {
        return indexOf(column) >= 0;
    }

    public Object cell(SheetRow row, LedgerColumn column) {
        int i = indexOf(column);
        return i < 0 ? null : row.cell(i);
    }

    /** The cell's text, trimmed; empty when blank or when the sheet has no such column. */
    public String text(SheetRow row, LedgerColumn column) {
        return TextNormaliser.trim(CellValues.text(cell(row, column)));
    }

    public boolean blank(SheetRow row, LedgerColumn column) {
        return CellValues.isBlank(cell(row, column));
    }

    /** The header the sheet has for the column, or "" when it has none. */
    public String header(LedgerColumn column) {
        int i = indexOf(column);
        return i < 0 ? "" : table.headers().get(i);
    }

    public RowProblem problem(int row, LedgerColumn column, String message) {
        return new RowProblem(row, header(column), indexOf(column), message);
    }

    public RowProblem problem(SheetRow row, LedgerColumn column, String message) {
        return problem(row.rowNumber(), column, message);
    }

    /** The column of a person problem among the sheet's person columns: the named field's, else the first present. */
    public LedgerColumn personColumn(PersonMatcher.Field field, LedgerColumn id, LedgerColumn number,
                                     LedgerColumn name) {
        LedgerColumn wanted = field == PersonMatcher.Field.ID_NUMBER ? id
                : field == PersonMatcher.Field.EMPLOYEE_NUMBER ? number : name;
        return has(wanted) ? wanted : has(name) ? name : has(id) ? id : number;
    }
}
