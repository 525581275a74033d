package org.nineones.excel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.nineones.model.TextNormaliser;

/**
 * Dates as HR rosters write them: real Excel dates, {@code 2021.03.05}, {@code 2021/3/5}, {@code 2021-3-5},
 * {@code 2021年3月5日}, {@code 20210305} (as text or as a number), optionally followed by a time.
 */
public final class ExcelDates {

    private static final Pattern SEPARATED = Pattern.compile(
            "^(\\d{4})\\s*[./\\-年]\\s*(\\d{1,2})\\s*[./\\-月]\\s*(\\d{1,2})\\s*日?(?:[\\sT]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$");
    /** 1950-01-01 and 2099-12-31 as Excel serial numbers. */
    private static final double FIRST_SERIAL = 18_264;
    private static final double LAST_SERIAL = 73_050;
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    /** A year and month only ({@code 2010.07}, {@code 2010年7月}), common for 参加工作时间: read as the 1st. */
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})\\s*[./\\-年]\\s*(\\d{1,2})\\s*月?$");

    private ExcelDates() {
    }

    /** The date in a cell, or empty when it is not a date we can read (blank cells too: check blank first). */
    public static Optional<LocalDate> parse(Object value) {
        if (value instanceof LocalDateTime t) {
            return Optional.of(t.toLocalDate());
        }
        if (value instanceof Double d) {
            return fromNumber(d);
        }
        if (value instanceof String s) {
            return fromText(normaliseDigits(TextNormaliser.trim(s)));
        }
        return Optional.empty();
    }

    /** True when the cell is text giving a year and month only ({@code 2019-3}, {@code 2010年7月}), read as the 1st. */
    public static boolean isYearMonthOnly(Object value) {
        return value instanceof String s && YEAR_MONTH.matcher(normaliseDigits(TextNormaliser.trim(s))).matches();
    }

    private static Optional<LocalDate> fromNumber(double d) {
        if (d == Math.rint(d) && d >= 19000101 && d <= 21001231) {
            return fromText(Long.toString((long) d));
        }
        // a date cell whose format was lost: an Excel serial number from 1950 to 2099 (a bare year like 2021 is no date)
        if (d >= FIRST_SERIAL && d <= LAST_SERIAL && DateUtil.isValidExcelDate(d)) {
            return Optional.of(DateUtil.getLocalDateTime(d, false).toLocalDate());
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> fromText(String s) {
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) {
                return yearMonth(s);
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> yearMonth(String s) {
        Matcher m = YEAR_MONTH.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Full-width digits and punctuation (２０２１．３．５) become ASCII. */
    private static String normaliseDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            b.append(c);
        }
        return b.toString();
    }
}
