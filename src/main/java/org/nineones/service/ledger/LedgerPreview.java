package org.nineones.service.ledger;

import java.util.List;

import org.nineones.excel.HeaderTable;
import org.nineones.excel.content.RowProblem;

/**
 * What an import would do: the rows read, those with errors (Excel's row numbers), what would be written. The sheet's
 * name, its header row and the count of rows come from the table read; rows in error from the errors.
 */
public interface LedgerPreview {

    /** The table the import read (sheet, header row, data rows). */
    HeaderTable table();

    default String sheetName() {
        return table().sheetName();
    }

    /** Excel's number of the header row found. */
    default int headerRowNumber() {
        return table().headerRowNumber();
    }

    /** Data rows read. */
    default int rows() {
        return table().rows().size();
    }

    /** Rows with at least one error. */
    default int invalidRows() {
        return (int) errors().stream().mapToInt(RowProblem::row).distinct().count();
    }

    List<RowProblem> errors();

    /** Records the import would write (rows without errors). */
    int toWrite();

    /** One line per record the import would write, for a dry run. */
    List<String> willWrite();

    default boolean hasErrors() {
        return !errors().isEmpty();
    }
}
