package org.nineones.model;

/** Text clean-up shared by every reader: ordinary and full-width spaces, no-break spaces, tabs. */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /** Removes leading and trailing whitespace of every kind, including U+3000 and U+00A0. */
    public static String trim(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Removes whitespace of every kind anywhere in the text (for codes and numbers). */
    public static String strip(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u3000' || c == '\u00A0'
                || c == '\uFEFF' || c == '\u200B';
    }

    public static boolean isBlank(String s) {
        return trim(s).isEmpty();
    }
}
