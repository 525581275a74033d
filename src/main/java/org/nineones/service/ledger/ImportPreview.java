package org.nineones.service.ledger;

import java.util.List;

import org.nineones.excel.HeaderTable;
import org.nineones.excel.content.RowProblem;

/**
 * What an import of any ledger would do: the table read, the row problems (Excel's row numbers), the records to
 * write ({@code items}, each described by one line of {@code willWrite}) and the rows left alone because they change
 * nothing (already recorded as they are, or not to be recorded yet).
 */
public record ImportPreview<T>(String ledgerKey, HeaderTable table, List<RowProblem> errors, List<T> items,
                               List<String> willWrite, int unchanged) implements LedgerPreview {

    public ImportPreview {
        errors = List.copyOf(errors);
        items = List.copyOf(items);
        willWrite = List.copyOf(willWrite);
    }

    @Override
    public int toWrite() {
        return items.size();
    }
}
