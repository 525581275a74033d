package org.nineones.store;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days the workspace stores as text ({@code 2026-03-01}), read back. The usual form is read digit by digit,
 * which a bulk read of ten thousand people does many times faster than {@code LocalDate.parse}'s formatter; anything
 * else goes through {@link LocalDate#parse}, so a value that is no day fails as it always did. (Times of recording:
 * {@link org.nineones.model.RecordTime}.)
 */
public final class IsoDates {

    private IsoDates() {
    }

    /** A day written {@code yyyy-MM-dd}; null or blank gives null. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            boolean valid = year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && (day <= 28 || day <= YearMonth.of(year, month).lengthOfMonth());
            if (valid) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number written in {@code text[from, to)}, or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
