package org.nineones.ui.rewards;

import java.time.LocalDate;

import javafx.scene.control.DatePicker;

import org.nineones.ui.common.Dates;

/** Date pickers that show 2026-11-05 and read what people type (2026-11-05, 2026/11/5, 2026年11月5日, 20261105). */
final class IsoDates {

    private IsoDates() {
    }

    static DatePicker picker(String id) {
        DatePicker picker = Dates.picker(id);
        picker.setPrefWidth(130);
        return picker;
    }

    /** The day typed, or null when the text is blank or not (yet) a day. */
    static LocalDate parse(String text) {
        return Dates.parse(text);
    }
}
