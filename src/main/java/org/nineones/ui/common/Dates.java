package org.nineones.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Days as the whole application shows them, whatever the system's locale: 2026-12-06 (the form of the printouts,
 * the spreadsheets and the tables), and read as people type them: 2026-12-06, 2026/12/6, 2026.12.6, 2026年12月6日,
 * 20261206. Every date picker is made or set up here, so they all read and show days the same way; the calendar
 * they open follows the app's language ({@link AppContext#create} makes it the default locale).
 */
public final class Dates {

    /** How a day is shown, also the prompt of an empty date field. */
    public static final String PATTERN = "yyyy-MM-dd";

    private static final Pattern DAY = Pattern.compile(
            "^(\\d{4})\\s*[./\\-年]\\s*(\\d{1,2})\\s*[./\\-月]\\s*(\\d{1,2})\\s*日?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

    private static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            return parse(text);
        }
    };

    private Dates() {
    }

    /** A date picker with the app's converter and the given id. */
    public static DatePicker picker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        return setUp(picker);
    }

    /** Gives a picker made elsewhere (e.g. in FXML) the app's converter and prompt. */
    public static DatePicker setUp(DatePicker picker) {
        picker.setConverter(CONVERTER);
        picker.setPromptText(PATTERN);
        return picker;
    }

    public static StringConverter<LocalDate> converter() {
        return CONVERTER;
    }

    /** 2026-12-06; empty for no day. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The day typed, or null when the text is blank or not (yet) a day. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        Matcher m = DAY.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
