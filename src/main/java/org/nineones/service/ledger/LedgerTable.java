package org.nineones.service.ledger;

import java.util.List;

import org.nineones.excel.CellValues;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.LedgerColumn;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.TextNormaliser;

/** A ledger sheet as read: the table and, column by column, the ledger's column each header names (null where none). */
public record LedgerTable(HeaderTable table, List<LedgerColumn> columns) {

    public int indexOf(LedgerColumn column) {
        return columns.indexOf(column);
    }

    public boolean has(LedgerColumn column) {
        return columns.contains(column);
    }

    public Object cell(SheetRow row, LedgerColumn column) {
        int i = columns.indexOf(column);
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
        int i = columns.indexOf(column);
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
