package org.nineones.ui.common;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;
import org.nineones.excel.content.RowProblem;

/**
 * What {@link ImportPreviewDialog} shows of any spreadsheet import before it is written: the counts, what stops it,
 * the invalid rows, one line per thing it would write, and whether the user may import.
 */
public interface ImportPreview {

    /** One sentence: the sheet, its header row, the counts. */
    String summary();

    /** What stops the import, or an empty text when nothing does. */
    String problem();

    boolean hasErrors();

    ObservableList<RowProblem> errors();

    /** One line per record or post the import would write. */
    ObservableList<String> lines();

    BooleanProperty skipInvalidProperty();

    BooleanBinding canImportProperty();
}
