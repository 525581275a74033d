package org.nineones.ui.content;

import java.util.Collections;

import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.PostContent;

/**
 * The duty list: rows in order. A row whose duty text is empty is left out of the body (a half-typed new row
 * is not a duty yet).
 */
public final class DutyListForm implements ContentForm {

    private final ObservableList<DutyRow> rows = FXCollections.observableArrayList(DutyRow::observables);

    @Override
    public void show(PostContent body) {
        DutyList list = body instanceof DutyList dl ? dl : new DutyList(null);
        rows.setAll(list.items().stream().map(DutyRow::new).toList());
    }

    @Override
    public DutyList body() {
        return new DutyList(rows.stream().map(DutyRow::toItem).filter(i -> !i.duty().isEmpty()).toList());
    }

    @Override
    public Observable[] changes() {
        return new Observable[] {rows};
    }

    public ObservableList<DutyRow> rows() {
        return rows;
    }

    /** Adds an empty row after {@code index} (at the end when -1); its index. */
    public int add(int index) {
        int at = index < 0 || index >= rows.size() ? rows.size() : index + 1;
        rows.add(at, new DutyRow(DutyItem.of("")));
        return at;
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Moves a row up (-1) or down (+1); its new index, or the old one at either end. */
    public int move(int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= rows.size() || target < 0 || target >= rows.size()) {
            return index;
        }
        Collections.swap(rows, index, target);
        return target;
    }
}
