package org.nineones.service.ledger;

import java.util.List;

import org.nineones.excel.content.RowProblem;

/** What an import would do: the rows read, those with errors (Excel's row numbers), what would be written. */
public interface LedgerPreview {

    String sheetName();

    /** Excel's number of the header row found. */
    int headerRowNumber();

    /** Data rows read. */
    int rows();

    /** Rows with at least one error. */
    int invalidRows();

    List<RowProblem> errors();

    /** Records the import would write (rows without errors). */
    int toWrite();

    /** One line per record the import would write, for a dry run. */
    List<String> willWrite();

    default boolean hasErrors() {
        return !errors().isEmpty();
    }
}
