package org.nineones.excel;

import java.util.List;
import java.util.Locale;

import org.nineones.model.TextNormaliser;

/**
 * Header cells compared loosely. {@link #normalise}: no spaces of any kind, line breaks or zero-width characters,
 * full-width letters and digits made half-width, brackets made round, no required marks ({@code *}, {@code ※},
 * {@code （必填）}) or trailing colons. {@link #loose}, for the kinds that ask for it, goes further: no bracketed
 * notes ({@code 身份证号（18位）}), no leading 员工/职工/人员 and no trailing 名称/号码/号.
 */
public final class HeaderText {

    private static final String[] REQUIRED_MARKS = {"(必填)", "(必填项)", "(必须填写)", "(选填)", "(可选)", "(非必填)"};
    private static final String[] LOOSE_PREFIXES = {"员工", "职工", "人员"};
    private static final String[] LOOSE_SUFFIXES = {"名称", "号码", "号"};

    private HeaderText() {
    }

    public static String normalise(Object cell) {
        String s = TextNormaliser.strip(CellValues.text(cell));
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = CellValues.halfWidth(s.charAt(i));
            switch (c) {
                case '【', '[', '〔', '{' -> b.append('(');
                case '】', ']', '〕', '}' -> b.append(')');
                case '*', ':', '※', '\u200C', '\u200D', '\u2060' -> {
                    // required marks, trailing colons and zero-width characters are decoration
                }
                default -> b.append(c);
            }
        }
        String text = b.toString().toLowerCase(Locale.ROOT);
        for (String mark : REQUIRED_MARKS) {
            text = text.replace(mark, "");
        }
        if (text.length() > 2 && text.endsWith("必填")) {
            text = text.substring(0, text.length() - 2);
        }
        return text;
    }

    /** The normalised header without bracketed notes, a leading 员工/职工/人员 and a trailing 名称/号码/号. */
    public static String loose(Object cell) {
        String text = normalise(cell).replaceAll("\\([^()]*\\)", "");
        for (String prefix : LOOSE_PREFIXES) {
            if (text.startsWith(prefix) && text.length() - prefix.length() >= 2) {
                text = text.substring(prefix.length());
                break;
            }
        }
        for (String suffix : LOOSE_SUFFIXES) {
            if (text.endsWith(suffix) && text.length() - suffix.length() >= 2) {
                text = text.substring(0, text.length() - suffix.length());
                break;
            }
        }
        // 员工号 is an employee number, but a column headed 员工 holds names
        return List.of("员工", "职工", "人员").contains(text) ? normalise(cell) : text;
    }
}
