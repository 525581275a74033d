package org.nineones.service.cards;

import java.util.ArrayList;
import java.util.List;

import org.nineones.report.TextFitter;

/**
 * Lays a post's card text — its duties, then the key points of its operating procedure — over as many cards as it
 * needs, so that nothing is ever cut off: an item moves whole to the next card when it fits there, a heading never
 * stays alone at the foot of a card, and only an item longer than a whole card is broken, continuing unnumbered at
 * the top of the next card.
 *
 * <p>Each card's text is one line per paragraph, broken here with the template's own font: a numbered item's first
 * line starts with its number as a circled digit (①…㊿, one em wide in the CJK font) and an en space; its further
 * lines start with an ideographic space and an en space, exactly as wide, so the text hangs under the first line's
 * text. The template has no paragraph indent or tab stop: those send JasperReports' PDF exporter down its slow
 * path. Past 50 the number is written {@code "51."}.
 */
final class CardPages {

    /** After the number: an en space, half an em. */
    static final String NUMBER_GAP = "\u2002";
    /** In front of every further line of a numbered item: as wide as a circled number and its gap. */
    static final String HANGING_INDENT = "\u3000" + NUMBER_GAP;

    /**
     * A run of items under a heading printed as its own line (none for the duties, whose heading is the template's);
     * numbered items count from 1 in each section.
     */
    record Section(String heading, List<String> items, boolean numbered) {
        Section {
            items = List.copyOf(items);
        }
    }

    private final TextFitter fitter;
    private final float indentWidth;

    CardPages(TextFitter fitter) {
        this.fitter = fitter;
        this.indentWidth = fitter.width(HANGING_INDENT);
    }

    /** The text of each card for a plain numbered duty list; an empty list gives one card with {@code emptyText}. */
    List<String> splitDuties(List<String> duties, String emptyText) {
        return split(List.of(new Section(null, duties, true)), emptyText);
    }

    /** The text of each card, in order; when every section is empty, one card with {@code emptyText}. */
    List<String> split(List<Section> sections, String emptyText) {
        Cards cards = new Cards(fitter.maxLines());
        for (Section section : sections) {
            List<List<String>> items = new ArrayList<>();
            for (int i = 0; i < section.items().size(); i++) {
                items.add(lines(section, i));
            }
            if (items.isEmpty()) {
                continue;
            }
            List<String> heading = section.heading() == null ? List.of() : fitter.wrap(clean(section.heading()), 0, 0);
            for (int i = 0; i < items.size(); i++) {
                List<String> item = items.get(i);
                if (i == 0) {
                    // the heading goes with its first item: whole when the two fit a card, else its first line
                    int first = heading.size() + item.size() <= cards.capacity ? item.size() : 1;
                    cards.startFreshIfShort(heading.size() + first);
                    heading.forEach(cards::add);
                } else {
                    cards.keepTogether(item.size());
                }
                item.forEach(cards::add);
            }
        }
        return cards.done(emptyText);
    }

    private List<String> lines(Section section, int index) {
        String text = clean(section.items().get(index));
        if (!section.numbered()) {
            return fitter.wrap(text, 0, 0);
        }
        String number = number(index + 1);
        List<String> wrapped = fitter.wrap(text, fitter.width(number), indentWidth);
        List<String> lines = new ArrayList<>(wrapped.size());
        for (int line = 0; line < wrapped.size(); line++) {
            lines.add((line == 0 ? number : HANGING_INDENT) + wrapped.get(line));
        }
        return lines;
    }

    /** The number of the {@code n}-th item with its gap: ①…⑳, ㉑…㉟, ㊱…㊿, then "51." and so on. */
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
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", " ").strip();
    }

    /** The cards being filled, line by line. */
    private static final class Cards {
        private final int capacity;
        private final List<String> done = new ArrayList<>();
        private final List<String> card = new ArrayList<>();

        Cards(int capacity) {
            this.capacity = capacity;
        }

        /** Starts the next card when the current one has lines but not {@code lines} more. */
        void startFreshIfShort(int lines) {
            if (!card.isEmpty() && card.size() + lines > capacity) {
                next();
            }
        }

        /** Moves an item of {@code lines} lines whole to the next card when it fits there but not here. */
        void keepTogether(int lines) {
            if (lines <= capacity) {
                startFreshIfShort(lines);
            }
        }

        void add(String line) {
            if (card.size() == capacity) {
                next();
            }
            card.add(line);
        }

        private void next() {
            done.add(String.join("\n", card));
            card.clear();
        }

        List<String> done(String emptyText) {
            if (!card.isEmpty()) {
                next();
            }
            if (done.isEmpty()) {
                done.add(emptyText);
            }
            return done;
        }
    }
}
