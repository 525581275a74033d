package org.nineones.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a person would see wrong on a screen: a label, button or check box whose text is cut short ("…"), and a
 * control that lies outside the window or outside the part of its container that is drawn, where no scroll bar
 * reaches it. Cells of tables and lists are not checked (their columns are the user's to widen), nor tab headers
 * (the tab list reaches them); what lies in a scroll pane's or a list's viewport is checked for cut text only
 * (scrolling reaches it, but no scrolling shows a text cut short).
 */
public final class LayoutCheck {

    private static final double TOLERANCE = 1;

    private LayoutCheck() {
    }

    /** Every problem in the scene, each naming the node and what is wrong. */
    public static List<String> problems(Scene scene) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            // a scene is laid out on the FX thread only: the app may be laying it out there at the same moment
            try {
                return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> problems(scene)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> problems = new ArrayList<>();
        walk(scene.getRoot(), scene, false, problems);
        return problems;
    }

    /** {@code scrolled}: the node lies in a scroll pane's viewport, where scrolling reaches it but text is still cut. */
    private static void walk(Node node, Scene scene, boolean scrolled, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0 || node instanceof IndexedCell<?>
                || node.getStyleClass().contains("tab-header-area")) {
            return;
        }
        if (node instanceof Labeled labeled) {
            String shown = shownText(labeled);
            String text = expected(labeled);
            if (shown != null && !text.isEmpty() && !shown.equals(text)) {
                problems.add("cut short: " + describe(node) + " shows \"" + shown + "\" of \"" + text + "\"");
            }
        }
        if (node instanceof Control && !scrolled && !inColumnHeaders(node)) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() > 0 && b.getHeight() > 0) {
                if (b.getMinX() < -TOLERANCE || b.getMinY() < -TOLERANCE || b.getMaxX() > scene.getWidth() + TOLERANCE
                        || b.getMaxY() > scene.getHeight() + TOLERANCE) {
                    problems.add("outside the window (" + (int) scene.getWidth() + "×" + (int) scene.getHeight()
                            + "): " + describe(node) + " at " + rect(b));
                } else {
                    String clippedBy = clippedBy(node, b);
                    if (clippedBy != null) {
                        problems.add("hidden by its container " + clippedBy + ": " + describe(node) + " at " + rect(b));
                    }
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, scrolled || scrolls(node), problems);
            }
        }
    }

    /** Column headers scroll sideways with their table: one past the table's edge is reached by scrolling. */
    private static boolean inColumnHeaders(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("column-header-background")) {
                return true;
            }
        }
        return false;
    }

    /** A container whose content scrolling reaches: what it holds is not checked against the window. */
    private static boolean scrolls(Node node) {
        return node instanceof ScrollPane || node.getStyleClass().contains("virtual-flow")
                || node.getStyleClass().contains("text-area");
    }

    /** The nearest ancestor whose clip leaves part of the node undrawn, or null. */
    private static String clippedBy(Node node, Bounds b) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null) {
                Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
                if (b.getMinX() < clip.getMinX() - TOLERANCE || b.getMinY() < clip.getMinY() - TOLERANCE
                        || b.getMaxX() > clip.getMaxX() + TOLERANCE || b.getMaxY() > clip.getMaxY() + TOLERANCE) {
                    return describe(p) + " " + rect(clip);
                }
            }
        }
        return null;
    }

    /** The text the skin draws (a Text child of the labeled, cut and with "…" when it does not fit). */
    static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static String expected(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        if (labeled.isMnemonicParsing()) {
            text = text.replaceFirst("_(?=.)", "");
        }
        return text;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        String id = node.getId() != null ? "#" + node.getId() : "";
        Node parent = node.getParent();
        while (id.isEmpty() && parent != null) {
            if (parent.getId() != null) {
                id = "in #" + parent.getId();
            }
            parent = parent.getParent();
        }
        return node.getClass().getSimpleName() + id + text;
    }

    private static String rect(Bounds b) {
        return String.format("(%.0f,%.0f %.0f×%.0f)", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
