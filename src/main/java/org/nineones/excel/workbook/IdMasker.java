package org.nineones.excel.workbook;

import java.util.Locale;

import org.nineones.model.IdNumber;

/**
 * Masks every valid 18-character ID number found anywhere inside a free text. Special operation certificates are
 * often numbered with the holder's ID number (sometimes with a letter in front), so a certificate column would
 * otherwise print it in full.
 */
public final class IdMasker {

    private static final int LENGTH = 18;

    private IdMasker() {
    }

    public static String mask(String text) {
        if (text == null || text.length() < LENGTH) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i + LENGTH <= text.length()) {
            if (looksLikeId(text, i) && IdNumber.check(text.substring(i, i + LENGTH)).valid()) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(IdNumber.mask(text.substring(i, i + LENGTH).toUpperCase(Locale.ROOT)));
                i += LENGTH;
                copied = i;
            } else {
                i++;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean looksLikeId(String text, int start) {
        for (int k = start; k < start + LENGTH - 1; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        char last = text.charAt(start + LENGTH - 1);
        return (last >= '0' && last <= '9') || last == 'X' || last == 'x';
    }
}
