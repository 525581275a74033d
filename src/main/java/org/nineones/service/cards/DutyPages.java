package org.nineones.service.cards;

import java.util.ArrayList;
import java.util.List;

import org.nineones.report.TextFitter;

/**
 * Splits a post's numbered duty list over as many cards as it needs, so that nothing is ever cut off: a duty moves
 * whole to the next card when it fits there, and only a duty longer than a whole card is broken, continuing
 * unnumbered at the top of the next card.
 *
 * <p>Each card's text is one line per paragraph, broken here with the template's own font: a duty's first line
 * starts with its number as a circled digit (①…㊿, one em wide in the CJK font) and an en space; its further lines
 * start with an ideographic space and an en space, exactly as wide, so the text hangs under the first line's text.
 * The template has no paragraph indent or tab stop: those send JasperReports' PDF exporter down its slow path.
 * Past 50 the number is written {@code "51."}.
 */
final class DutyPages {

    /** After the number: an en space, half an em. */
    static final String NUMBER_GAP = "\u2002";
    /** In front of every further line of a duty: as wide as a circled number and its gap. */
    static final String HANGING_INDENT = "\u3000" + NUMBER_GAP;

    private final TextFitter fitter;
    private final float indentWidth;

    DutyPages(TextFitter fitter) {
        this.fitter = fitter;
        this.indentWidth = fitter.width(HANGING_INDENT);
    }

    /** The text of each card, in order; an empty duty list gives one card with {@code emptyText}. */
    List<String> split(List<String> duties, String emptyText) {
        List<String> cards = new ArrayList<>();
        List<String> card = new ArrayList<>();
        int capacity = fitter.maxLines();
        for (int i = 0; i < duties.size(); i++) {
            String number = number(i + 1);
            List<String> lines = fitter.wrap(clean(duties.get(i)), fitter.width(number), indentWidth);
            if (card.size() + lines.size() > capacity && !card.isEmpty() && lines.size() <= capacity) {
                cards.add(String.join("\n", card));
                card.clear();
            }
            for (int line = 0; line < lines.size(); line++) {
                if (card.size() == capacity) {
                    cards.add(String.join("\n", card));
                    card.clear();
                }
                card.add((line == 0 ? number : HANGING_INDENT) + lines.get(line));
            }
        }
        if (!card.isEmpty()) {
            cards.add(String.join("\n", card));
        }
        if (cards.isEmpty()) {
            cards.add(emptyText);
        }
        return cards;
    }

    /** The number of the {@code n}-th duty with its gap: ①…⑳, ㉑…㉟, ㊱…㊿, then "51." and so on. */
    static String number(int n) {
        if (n >= 1 && n <= 20) {
            return (char) (0x2460 + n - 1) + NUMBER_GAP;
        }
        if (n >= 21 && n <= 35) {
            return (char) (0x3251 + n - 21) + NUMBER_GAP;
        }
        if (n >= 36 && n <= 50) {
            return (char) (0x32B1 + n - 36) + NUMBER_GAP;
        }
        return n + "." + NUMBER_GAP;
    }

    /** One line of text: line breaks and runs of spaces become one space. */
    static String clean(String duty) {
        return duty == null ? "" : duty.replaceAll("[\\s\\u3000]+", " ").strip();
    }
}
