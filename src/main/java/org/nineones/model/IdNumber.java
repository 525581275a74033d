package org.nineones.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A citizen identity number (GB 11643): 17 digits and a check character. Immutable and always valid;
 * use {@link #check(String)} to learn why a text is not one.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    /** Excel stored the number as a floating-point value and lost its last digits (3.70102E+17). */
    private static final Pattern SCIENTIFIC = Pattern.compile("^[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+$");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Why a text is not an ID number. */
    public enum Problem {
        EMPTY, SCIENTIFIC_NOTATION, WRONG_LENGTH, BAD_CHARACTER, BAD_BIRTH_DATE, BAD_CHECK_DIGIT
    }

    /** The result of checking a text: either an ID number or the problem with it. */
    public record Check(IdNumber idNumber, Problem problem) {
        public boolean valid() {
            return idNumber != null;
        }
    }

    /** Normalises (trims ordinary and full-width spaces, upper-cases x) and checks a text. */
    public static Check check(String raw) {
        return check(raw, LocalDate.now());
    }

    static Check check(String raw, LocalDate today) {
        String text = normalise(raw);
        if (text.isEmpty()) {
            return new Check(null, Problem.EMPTY);
        }
        if (SCIENTIFIC.matcher(text).matches()) {
            return new Check(null, Problem.SCIENTIFIC_NOTATION);
        }
        if (text.length() != 18) {
            return new Check(null, Problem.WRONG_LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return new Check(null, Problem.BAD_CHARACTER);
            }
        }
        char last = text.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return new Check(null, Problem.BAD_CHARACTER);
        }
        LocalDate birth = birthDateOf(text);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return new Check(null, Problem.BAD_BIRTH_DATE);
        }
        if (checkCharFor(text) != last) {
            return new Check(null, Problem.BAD_CHECK_DIGIT);
        }
        return new Check(new IdNumber(text), null);
    }

    /** Parses a text that must be valid. */
    public static IdNumber of(String raw) {
        Check check = check(raw);
        if (!check.valid()) {
            throw new IllegalArgumentException("not a valid ID number (" + check.problem() + "): " + raw);
        }
        return check.idNumber();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        return TextNormaliser.strip(raw).toUpperCase(Locale.ROOT);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDate birthDateOf(String text) {
        try {
            return LocalDate.of(Integer.parseInt(text.substring(6, 10)),
                    Integer.parseInt(text.substring(10, 12)), Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A valid number that is no one's, to stand in for a masked one where a valid and unique number is required (the
     * records of a package loaded for recomputing): the region kept, born in 1900 ({@code n / 1000} days after
     * 1 January), {@code n % 1000} as the sequence, its check character computed. Never to be shown as anyone's.
     */
    public static IdNumber standIn(String region, long n) {
        String six = region != null && region.length() >= 6 && region.substring(0, 6).chars().allMatch(c -> c >= '0'
                && c <= '9') ? region.substring(0, 6) : "000000";
        String body = six + EARLIEST_BIRTH.plusDays(n / 1000).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", n % 1000);
        return new IdNumber(body + checkCharFor(body));
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The 17th digit is odd for men, even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** {@code 370102********1234}: region kept, birth date hidden, last four kept. */
    public String masked() {
        return mask(value);
    }

    /** Masks any 15- or 18-character identity text the same way; shorter texts are fully starred. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (text.length() < 10) {
            return "*".repeat(text.length());
        }
        return text.substring(0, 6) + "*".repeat(text.length() - 10) + text.substring(text.length() - 4);
    }

    public String lastDigits(int n) {
        return value.substring(value.length() - n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** The masked form: an ID number never reaches a log or a label unmasked by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
