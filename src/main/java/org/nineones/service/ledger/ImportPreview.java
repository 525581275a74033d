package org.nineones.service.ledger;

import java.util.List;
import java.util.function.Function;

import org.nineones.excel.HeaderTable;
import org.nineones.excel.content.RowProblem;

/**
 * What an import of any ledger would do: the table read, the row problems (Excel's row numbers), the records to
 * write ({@code items}, each described by one line of {@link #willWrite}) and the rows left alone because they change
 * nothing (already recorded as they are, or not to be recorded yet). The lines are made when first asked for (the
 * preview dialog, {@code --dry-run}), not for every import of 50,000 rows.
 */
public final class ImportPreview<T> implements LedgerPreview {

    private final String ledgerKey;
    private final HeaderTable table;
    private final List<RowProblem> errors;
    private final List<T> items;
    private final Function<T, String> describe;
    private final int unchanged;
    private List<String> willWrite;

    /** A preview whose lines are made, when asked for, by describing each item. */
    public ImportPreview(String ledgerKey, HeaderTable table, List<RowProblem> errors, List<T> items,
                         Function<T, String> describe, int unchanged) {
        this.ledgerKey = ledgerKey;
        this.table = table;
        this.errors = List.copyOf(errors);
        this.items = List.copyOf(items);
        this.describe = describe;
        this.unchanged = unchanged;
    }

    /** A preview with its lines already made. */
    public ImportPreview(String ledgerKey, HeaderTable table, List<RowProblem> errors, List<T> items,
                         List<String> willWrite, int unchanged) {
        this(ledgerKey, table, errors, items, (Function<T, String>) null, unchanged);
        this.willWrite = List.copyOf(willWrite);
    }

    public String ledgerKey() {
        return ledgerKey;
    }

    @Override
    public HeaderTable table() {
        return table;
    }

    @Override
    public List<RowProblem> errors() {
        return errors;
    }

    public List<T> items() {
        return items;
    }

    public int unchanged() {
        return unchanged;
    }

    @Override
    public synchronized List<String> willWrite() {
        if (willWrite == null) {
            willWrite = items.stream().map(describe).toList();
        }
        return willWrite;
    }

    @Override
    public int toWrite() {
        return items.size();
    }
}
