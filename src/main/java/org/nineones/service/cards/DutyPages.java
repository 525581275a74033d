package org.nineones.service.cards;

import java.util.ArrayList;
import java.util.List;

import org.nineones.report.TextFitter;

/**
 * Splits a post's numbered duty list over as many cards as it needs, so that nothing is ever cut off: a duty moves
 * whole to the next card when it fits there, and only a duty longer than a whole card is broken, continuing
 * unnumbered at the top of the next card. Each card's text is one paragraph per duty, {@code "N.\ttext"}; the
 * template's tab stop gives the hanging indent.
 */
final class DutyPages {

    /** Three-digit numbers are wider than the template's number column: measure such items as if indented more. */
    private static final String WIDE_NUMBER_PAD = "\u3000\u3000\u3000";

    private final TextFitter fitter;

    DutyPages(TextFitter fitter) {
        this.fitter = fitter;
    }

    /** The text of each card, in order; an empty duty list gives one card with {@code emptyText}. */
    List<String> split(List<String> duties, String emptyText) {
        List<String> cards = new ArrayList<>();
        StringBuilder card = new StringBuilder();
        int used = 0;
        int capacity = fitter.maxLines();
        for (int i = 0; i < duties.size(); i++) {
            String pad = i + 1 >= 100 ? WIDE_NUMBER_PAD : "";
            String prefix = (i + 1) + ".\t";
            String rest = clean(duties.get(i));
            while (true) {
                int needed = fitter.lines(pad + rest);
                if (used + needed <= capacity) {
                    paragraph(card, prefix + rest);
                    used += needed;
                    break;
                }
                if (used > 0 && (needed <= capacity || used == capacity)) {
                    cards.add(card.toString());
                    card.setLength(0);
                    used = 0;
                    continue;
                }
                int fits = Math.max(1, fitter.fittingLength(pad + rest, capacity - used) - pad.length());
                paragraph(card, prefix + rest.substring(0, fits).stripTrailing());
                cards.add(card.toString());
                card.setLength(0);
                used = 0;
                rest = rest.substring(fits).strip();
                prefix = "\t";
                pad = "";
                if (rest.isEmpty()) {
                    break;
                }
            }
        }
        if (card.length() > 0) {
            cards.add(card.toString());
        }
        if (cards.isEmpty()) {
            cards.add(emptyText);
        }
        return cards;
    }

    private static void paragraph(StringBuilder card, String text) {
        if (card.length() > 0) {
            card.append('\n');
        }
        card.append(text);
    }

    /** One line of text: line breaks and runs of spaces become one space. */
    static String clean(String duty) {
        return duty == null ? "" : duty.replaceAll("[\\s\\u3000]+", " ").strip();
    }
}
