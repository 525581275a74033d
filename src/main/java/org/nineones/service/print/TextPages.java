package org.nineones.service.print;

import java.util.ArrayList;
import java.util.List;

import org.nineones.report.TextFitter;

/**
 * Lays paragraphs out over as many fixed-size text boxes (cards, poster pages) as they need, so that nothing is ever
 * cut off: a paragraph moves whole to the next box when it fits there, a heading never ends a box, and only a
 * paragraph longer than a whole box is broken, continuing at the top of the next. Each box's text is JasperReports
 * "styled" markup, one line per paragraph; items carry their numbers ("3. …") and wrap to the left edge.
 */
final class TextPages {

    /**
     * One paragraph, measured and printed as it is ({@code text} includes an item's number, e.g. {@code "3. "}); a
     * heading is kept with the paragraph after it; {@code style} is the attributes of a styled-text {@code <style>}
     * around it, or null.
     */
    record Para(String text, boolean heading, String style) {

        /** A fixed heading (a label from the bundles, inside GB 2312): bold. */
        static Para heading(String text) {
            return new Para(clean(text), true, "isBold=\"true\"");
        }

        /**
         * A heading made of the user's text: coloured, in the regular face, since the bundled bold face only holds
         * GB 2312 (decision 0002).
         */
        static Para userHeading(String text, String colour) {
            return new Para(clean(text), true, "forecolor=\"" + colour + "\"");
        }

        static Para item(int number, String text) {
            return new Para(number + ". " + clean(text), false, null);
        }

        static Para plain(String text) {
            return new Para(clean(text), false, null);
        }

        static Para blank() {
            return new Para("", false, null);
        }

        boolean isBlank() {
            return text.isEmpty();
        }

        String markup() {
            String body = escape(text);
            return style == null ? body : "<style " + style + ">" + body + "</style>";
        }

        Para withText(String newText) {
            return new Para(newText, heading, style);
        }
    }

    private final TextFitter fitter;
    private final String continued;

    /** {@code continued} is appended to a heading repeated at the top of a box its section runs on to (（续）). */
    TextPages(TextFitter fitter, String continued) {
        this.fitter = fitter;
        this.continued = continued;
    }

    /** Lines in one box. */
    int capacity() {
        return fitter.maxLines();
    }

    /**
     * The markup of each box, in order; at least one box. A section that runs on to the next box has its heading
     * repeated there, marked （续）.
     */
    List<String> split(List<Para> paras) {
        List<String> boxes = new ArrayList<>();
        StringBuilder box = new StringBuilder();
        int used = 0;
        int capacity = fitter.maxLines();
        Para section = null;
        for (int i = 0; i < paras.size(); i++) {
            Para para = paras.get(i);
            if (para.isBlank()) {
                if (used > 0 && used < capacity) {
                    append(box, "");
                    used++;
                }
                continue;
            }
            if (para.heading()) {
                section = para;
            }
            // a heading needs room for itself and the first line after it
            int extra = para.heading() && i + 1 < paras.size() ? 1 : 0;
            while (true) {
                int needed = fitter.lines(para.text());
                if (used + needed + extra <= capacity) {
                    append(box, para.markup());
                    used += needed;
                    break;
                }
                if (used > 0 && (needed + extra <= capacity || used == capacity || para.heading())) {
                    boxes.add(box.toString());
                    box.setLength(0);
                    used = para.heading() ? 0 : repeatHeading(box, section);
                    continue;
                }
                int fits = Math.max(1, fitter.fittingLength(para.text(), capacity - used));
                append(box, para.withText(para.text().substring(0, fits).stripTrailing()).markup());
                boxes.add(box.toString());
                box.setLength(0);
                used = 0;
                String rest = para.text().substring(fits).strip();
                if (rest.isEmpty()) {
                    break;
                }
                if (!para.heading()) {
                    used = repeatHeading(box, section);
                }
                para = para.withText(rest);
                extra = 0;
            }
        }
        if (box.length() > 0 || boxes.isEmpty()) {
            boxes.add(box.toString());
        }
        boxes.replaceAll(TextPages::stripTrailingBlankLines);
        return boxes;
    }

    /** Puts the running section's heading, marked continued, at the top of an empty box; returns the lines used. */
    private int repeatHeading(StringBuilder box, Para section) {
        if (section == null) {
            return 0;
        }
        Para repeated = section.withText(section.text() + continued);
        int lines = fitter.lines(repeated.text());
        if (2 * lines > fitter.maxLines()) {
            return 0;
        }
        append(box, repeated.markup());
        return lines;
    }

    private static void append(StringBuilder box, String line) {
        if (box.length() > 0) {
            box.append('\n');
        }
        box.append(line);
    }

    private static String stripTrailingBlankLines(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }

    /** One line of text: line breaks and runs of white space become one space. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", " ").strip();
    }

    /** Escapes what JasperReports' styled-text parser would read as markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
