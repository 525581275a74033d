package org.nineones.service.assessments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The most points an assessment item is worth, read from its assessment standard.
 *
 * <p>The rule: when the standard states points (a number followed by 分: "每次扣5分", "本项10分", "扣1-3分"), the item
 * is worth the <em>largest</em> number stated ("每项扣2分；超过一年未评审修订的扣5分" → 5), so the heaviest deduction
 * the standard foresees can be taken in full. A standard that states none ("未及时报告的本项不得分", or empty) gets
 * an even share of 100 points: 100 ÷ the number of items in the list, to two decimals. Full-width digits are read.
 */
public final class MaxPoints {

    private static final Pattern POINTS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*分");

    private MaxPoints() {
    }

    /** The number the standard states, if any: the largest "N分". */
    public static Double stated(String standard) {
        if (standard == null) {
            return null;
        }
        Matcher m = POINTS.matcher(ascii(standard));
        Double max = null;
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            if (value > 0 && value <= 1000 && (max == null || value > max)) {
                max = value;
            }
        }
        return max;
    }

    /** The item's maximum: the stated number, else 100 shared evenly among {@code itemCount} items. */
    public static double of(String standard, int itemCount) {
        Double stated = stated(standard);
        if (stated != null) {
            return stated;
        }
        return Math.round(10000.0 / Math.max(1, itemCount)) / 100.0;
    }

    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\uFF10' && c <= '\uFF19' || c == '\uFF0E' ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }
}
