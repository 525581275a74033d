package org.nineones.service.assessments;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment period as people write it: {@code 2026-11} (a month), {@code 2026-Q3} (a quarter), {@code 2026} (a
 * year). Also read: {@code 2026/11}, {@code 2026.11}, {@code 2026年11月}, {@code 2026Q3}, {@code 2026年第3季度},
 * {@code 2026年}. Starts on the first day and ends on the last day of the period.
 */
public record Period(PeriodKind kind, LocalDate startsOn, LocalDate endsOn) {

    private static final Pattern MONTH = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})\\s*(?:-|年)?\\s*(?:Q|第)\\s*([1-4])\\s*(?:季度?)?$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\s*年?(?:度)?$");

    /** The period of a kind that contains {@code day}. */
    public static Period containing(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(day.getYear());
        };
    }

    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(PeriodKind.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The period a text names, or empty when it names none (years 2000–2100). */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = normalise(text).strip().toUpperCase(Locale.ROOT);
        try {
            Matcher m = MONTH.matcher(s);
            if (m.matches() && year(m.group(1))) {
                int month = Integer.parseInt(m.group(2));
                return month >= 1 && month <= 12 ? Optional.of(month(Integer.parseInt(m.group(1)), month))
                        : Optional.empty();
            }
            m = QUARTER.matcher(s);
            if (m.matches() && year(m.group(1))) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = YEAR.matcher(s);
            if (m.matches() && year(m.group(1))) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The period as stored in the schema: kind and first day. */
    public static Period of(String kind, String startsOn) {
        return containing(PeriodKind.valueOf(kind), LocalDate.parse(startsOn));
    }

    /** Its canonical text: {@code 2026-11}, {@code 2026-Q3}, {@code 2026}. */
    public String code() {
        return switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", startsOn.getYear(), startsOn.getMonthValue());
            case QUARTER -> startsOn.getYear() + "-Q" + ((startsOn.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(startsOn.getYear());
        };
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return containing(kind, startsOn.minusDays(1));
    }

    /** The period of the same kind just after this one. */
    public Period next() {
        return containing(kind, endsOn.plusDays(1));
    }

    @Override
    public String toString() {
        return code();
    }

    private static boolean year(String digits) {
        int y = Integer.parseInt(digits);
        return y >= 2000 && y <= 2100;
    }

    /** Full-width digits and letters (２０２６－Ｑ３) become ASCII. */
    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }
}
