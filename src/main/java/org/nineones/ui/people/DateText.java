package org.nineones.ui.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nineones.model.TextNormaliser;

/** Reads the date spellings people type: 2021-03-05, 2021/3/5, 2021.3.5, 2021年3月5日, 20210305. */
final class DateText {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private DateText() {
    }

    /** The date, or null for a blank text; throws {@link DateTimeException} when it is not a date. */
    static LocalDate parse(String text) {
        String clean = TextNormaliser.strip(text);
        if (clean.isEmpty()) {
            return null;
        }
        Matcher m = SEPARATED.matcher(clean);
        if (!m.matches()) {
            m = COMPACT.matcher(clean);
            if (!m.matches()) {
                throw new DateTimeException("not a date: " + text);
            }
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
