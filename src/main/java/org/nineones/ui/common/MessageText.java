package org.nineones.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The one way a message is shown in a dialog: whole, wrapped, scrolling when it is long, and selectable so it can
 * be copied (a read-only text area that looks like plain text). Its size is measured from the text, so a one-line
 * message makes a small dialog and an import's twenty lines a tall one, up to {@link #MAX_HEIGHT}.
 */
public final class MessageText {

    static final double MIN_WIDTH = 360;
    static final double MAX_WIDTH = 640;
    static final double MAX_HEIGHT = 360;
    /** The text area's own padding and a vertical scroll bar's width, around the text. */
    private static final double INSETS = 34;

    private MessageText() {
    }

    public static TextArea of(String message) {
        String text = message == null ? "" : message;
        TextArea area = new TextArea(text);
        area.setId("dialogMessage");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("dialog-message");
        Text probe = new Text(text);
        probe.setFont(Font.font(Fonts.FAMILY, 13));
        double natural = probe.getLayoutBounds().getWidth() + INSETS;
        double width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.ceil(natural)));
        probe.setWrappingWidth(width - INSETS);
        double lineHeight = Math.ceil(probe.getFont().getSize() * 1.5);
        double height = Math.ceil(probe.getLayoutBounds().getHeight()) + lineHeight + INSETS / 2;
        area.setPrefWidth(width);
        area.setPrefHeight(Math.min(MAX_HEIGHT, height));
        area.setMinHeight(Math.min(MAX_HEIGHT, height));
        return area;
    }
}
