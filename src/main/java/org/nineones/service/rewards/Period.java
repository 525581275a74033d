package org.nineones.service.rewards;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of days a publicity sheet or totals speak for, written {@code 2026-11} (a month), {@code 2026-Q3} (a
 * quarter) or {@code 2026} (a year).
 */
public record Period(String text, LocalDate from, LocalDate to) {

    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{1,2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-[Qq]([1-4])$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

    /** The period written as {@code text}; empty when it is none of the three forms. */
    public static Optional<Period> parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), month)));
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(year, (q - 1) * 3 + 1, 1);
            return Optional.of(new Period(year + "-Q" + q, from, from.plusMonths(3).minusDays(1)));
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(new Period(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        return Optional.empty();
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }
}
