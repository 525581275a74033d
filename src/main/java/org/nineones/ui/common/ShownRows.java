package org.nineones.ui.common;

import java.util.List;

import javafx.collections.ObservableList;

/**
 * Replaces the rows a table shows without making the table build its visible cells again.
 *
 * <p>{@code setAll} on a table's items is reported as a replacement, and a table's skin answers a replacement (or a
 * removal of every row) by rebuilding all its cells: each visible cell is emptied and filled again, which changes
 * its pseudo-classes and makes JavaFX compute the styles of every row and cell anew — ~20 ms of CSS a keystroke
 * for a search over 10,000 people, the bulk of its cost (decision 0010). Reported instead as a removal and an
 * addition, neither of them removing every row the table knows, the cells stay where they are and only show other
 * items. A search over a list sorted once keeps the rows' order, so the common start stays and only the rest
 * changes.
 */
public final class ShownRows {

    private ShownRows() {
    }

    /** Makes {@code shown} equal to {@code next}, element by element (compared by identity). */
    public static <T> void replace(ObservableList<T> shown, List<T> next) {
        int old = shown.size();
        int size = next.size();
        if (old == 0 || size == 0) {
            shown.setAll(next);
            return;
        }
        int same = 0;
        int max = Math.min(old, size);
        while (same < max && shown.get(same) == next.get(same)) {
            same++;
        }
        if (same == old && same == size) {
            return;
        }
        if (same > 0) {
            if (same < old) {
                shown.remove(same, old);
            }
            if (same < size) {
                shown.addAll(next.subList(same, size));
            }
            return;
        }
        // Nothing in common at the start: keep the first row while the others go, add the new rows after it, then
        // let the first row go. No single change removes every row (unless there was only one).
        if (old > 1) {
            shown.remove(1, old);
        }
        shown.addAll(next);
        shown.remove(0);
    }
}
