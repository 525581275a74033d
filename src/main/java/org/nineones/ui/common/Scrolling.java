package org.nineones.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scroll bars for a form or screen that may need more room than a small window (1024×600) gives it. */
public final class Scrolling {

    private Scrolling() {
    }

    /**
     * The node in a borderless scroll pane that gives it all the room there is, and scroll bars only when that is
     * less than the node's minimum size.
     */
    public static ScrollPane fit(Node node) {
        ScrollPane scroll = new ScrollPane(node);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}
