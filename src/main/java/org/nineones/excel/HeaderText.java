package org.nineones.excel;

import java.util.Locale;

import org.nineones.model.TextNormaliser;

/** Header cells compared loosely: no spaces of any kind or line breaks, half-width brackets, no required-mark star. */
public final class HeaderText {

    private HeaderText() {
    }

    public static String normalise(Object cell) {
        String s = TextNormaliser.strip(CellValues.text(cell));
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '（' -> b.append('(');
                case '）' -> b.append(')');
                case '【', '[' -> b.append('(');
                case '】', ']' -> b.append(')');
                case '*', '＊', ':', '：' -> {
                    // required marks and trailing colons are decoration
                }
                default -> b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
