package org.nineones.model;

import java.util.Locale;
import java.util.Objects;

/** A unified social credit code (GB 32100): 18 characters, the last a check character. */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    public enum Problem { EMPTY, WRONG_LENGTH, BAD_CHARACTER, BAD_CHECK_CHARACTER }

    public record Check(CreditCode creditCode, Problem problem) {
        public boolean valid() {
            return creditCode != null;
        }
    }

    public static Check check(String raw) {
        String text = raw == null ? "" : TextNormaliser.strip(raw).toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            return new Check(null, Problem.EMPTY);
        }
        if (text.length() != 18) {
            return new Check(null, Problem.WRONG_LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return new Check(null, Problem.BAD_CHARACTER);
            }
        }
        if (checkCharFor(text) != text.charAt(17)) {
            return new Check(null, Problem.BAD_CHECK_CHARACTER);
        }
        return new Check(new CreditCode(text), null);
    }

    public static CreditCode of(String raw) {
        Check check = check(raw);
        if (!check.valid()) {
            throw new IllegalArgumentException("not a valid unified social credit code (" + check.problem() + "): " + raw);
        }
        return check.creditCode();
    }

    /** The check character for the first 17 characters. */
    public static char checkCharFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
