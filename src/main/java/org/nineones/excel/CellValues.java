package org.nineones.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.nineones.model.TextNormaliser;

/** Turns typed cell values into the text a person would read in the cell. */
public final class CellValues {

    private CellValues() {
    }

    public static boolean isBlank(Object value) {
        return value == null || value instanceof String s && TextNormaliser.isBlank(s);
    }

    /**
     * The cell as trimmed text: whole numbers without ".0" (phone numbers, employee numbers), dates as
     * yyyy-MM-dd, booleans as TRUE/FALSE. Numbers of 15 digits or more keep Excel's scientific form, since
     * their last digits are already lost.
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return TextNormaliser.trim(s);
        }
        if (value instanceof Double d) {
            return numberText(d);
        }
        if (value instanceof LocalDateTime t) {
            LocalDate date = t.toLocalDate();
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? date.toString() : t.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return TextNormaliser.trim(value.toString());
    }

    /** A full-width letter, digit or sign (Ａ, ３, －) as its half-width twin; any other character as it is. */
    public static char halfWidth(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    /**
     * The cell as trimmed text, as {@link #text}, with zero-width characters (U+200B–U+200D, U+2060, U+FEFF) removed
     * anywhere and full-width digits and Latin letters (３７０１, Ｘ) made half-width; other full-width signs (（）／)
     * stay, since they belong to names.
     */
    public static String cleanText(Object value) {
        String s = text(value);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
                continue;
            }
            boolean digitOrLetter = c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A'
                    || c >= '\uFF41' && c <= '\uFF5A';
            b.append(digitOrLetter ? halfWidth(c) : c);
        }
        return TextNormaliser.trim(b.toString());
    }

    static String numberText(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (Math.abs(d) >= 1e15) {
            return scientific(d);
        }
        BigDecimal exact = BigDecimal.valueOf(d).stripTrailingZeros();
        return exact.scale() <= 0 ? exact.toBigInteger().toString() : exact.toPlainString();
    }

    /** Excel's General format for a big number: six significant digits, e.g. 3.70102E+17. */
    static String scientific(double d) {
        String s = String.format(java.util.Locale.ROOT, "%.5E", d);
        int e = s.indexOf('E');
        String mantissa = s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        int exponent = Integer.parseInt(s.substring(e + 1));
        return mantissa + "E+" + exponent;
    }
}
