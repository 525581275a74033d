package org.nineones.service.training;

import java.util.List;
import java.util.function.Function;

import org.nineones.excel.HeaderTable;
import org.nineones.excel.content.RowProblem;
import org.nineones.service.ledger.LedgerPreview;

/**
 * What a training or sign-in sheet import would do: the table read, the row problems (Excel's row numbers), the
 * records to write, and the rows left alone because the record is already there unchanged.
 */
public final class SheetPreview<T> implements LedgerPreview {

    private final String ledgerKey;
    private final HeaderTable table;
    private final List<RowProblem> errors;
    private final int invalidRows;
    private final List<T> items;
    private final int unchanged;
    private final Function<T, String> describe;

    SheetPreview(String ledgerKey, HeaderTable table, List<RowProblem> errors, int invalidRows, List<T> items,
                 int unchanged, Function<T, String> describe) {
        this.ledgerKey = ledgerKey;
        this.table = table;
        this.errors = List.copyOf(errors);
        this.invalidRows = invalidRows;
        this.items = List.copyOf(items);
        this.unchanged = unchanged;
        this.describe = describe;
    }

    /** The key of the ledger that made it. */
    public String ledgerKey() {
        return ledgerKey;
    }

    @Override
    public HeaderTable table() {
        return table;
    }

    public List<T> items() {
        return items;
    }

    /** Rows whose record is already there as it is: neither written nor in error. */
    public int unchanged() {
        return unchanged;
    }

    @Override
    public int invalidRows() {
        return invalidRows;
    }

    @Override
    public List<RowProblem> errors() {
        return errors;
    }

    @Override
    public int toWrite() {
        return items.size();
    }

    @Override
    public List<String> willWrite() {
        return items.stream().map(describe).toList();
    }
}
