package org.nineones.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.slf4j.LoggerFactory;

/**
 * The main window's size, position and split positions, kept in a small file of the settings folder
 * ({@code window.properties}) and given back at the next start, but only where they still fit a screen that is
 * there now (a laptop taken away from its second monitor opens on its own screen, at a size that fits it). The
 * first start, or one whose remembered place no longer fits, opens at the design's size or the screen's, whichever
 * is smaller, centred.
 */
public final class WindowMemory {

    /** The size the screens are designed for; smaller screens get the window at their own size. */
    public static final double DESIGN_WIDTH = 1200;
    public static final double DESIGN_HEIGHT = 780;
    /** How far a remembered window may reach past a screen's edge (window frames, rounding) and still count as fitting. */
    private static final double SLACK = 16;
    private static final String SPLIT = "split.";

    private final Path file;
    private final Properties values = new Properties();

    public WindowMemory(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LoggerFactory.getLogger(WindowMemory.class).warn("cannot read {}; the window opens at its default size",
                        file, e);
                values.clear();
            }
        }
    }

    /**
     * Places and sizes the stage: where it was, if that fits a screen now; else fitted to the screen and centred.
     * Call before it is shown; the place is given again once it is shown, since some window managers forget a size
     * set before (and open a 200×200 window).
     */
    public void place(Stage stage) {
        Rectangle2D remembered = remembered();
        boolean fits = remembered != null && fitsAScreen(remembered);
        Rectangle2D target = fits ? remembered : defaultBounds(Screen.getPrimary().getVisualBounds());
        boolean maximized = fits && Boolean.parseBoolean(values.getProperty("window.maximized"));
        stage.setX(target.getMinX());
        stage.setY(target.getMinY());
        stage.setWidth(target.getWidth());
        stage.setHeight(target.getHeight());
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (maximized) {
                stage.setMaximized(true);
            } else {
                DialogFit.settle(stage, frame -> target);
            }
        });
    }

    /** The design's size or the screen's, whichever is smaller, centred on the screen; frame included. */
    static Rectangle2D defaultBounds(Rectangle2D screen) {
        double width = Math.min(DESIGN_WIDTH, screen.getWidth());
        double height = Math.min(DESIGN_HEIGHT, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    /** The remembered bounds of the window (not maximised), or null. */
    Rectangle2D remembered() {
        try {
            double x = Double.parseDouble(values.getProperty("window.x", ""));
            double y = Double.parseDouble(values.getProperty("window.y", ""));
            double w = Double.parseDouble(values.getProperty("window.width", ""));
            double h = Double.parseDouble(values.getProperty("window.height", ""));
            return w > 0 && h > 0 ? new Rectangle2D(x, y, w, h) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when the bounds lie inside one of the screens there are now. */
    static boolean fitsAScreen(Rectangle2D bounds) {
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D v = screen.getVisualBounds();
            if (bounds.getMinX() >= v.getMinX() - SLACK && bounds.getMinY() >= v.getMinY() - SLACK
                    && bounds.getMaxX() <= v.getMaxX() + SLACK && bounds.getMaxY() <= v.getMaxY() + SLACK) {
                return true;
            }
        }
        return false;
    }

    /** Notes where the stage is now (a maximised window keeps the bounds it had before). */
    public void remember(Stage stage) {
        values.setProperty("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            values.setProperty("window.x", Double.toString(stage.getX()));
            values.setProperty("window.y", Double.toString(stage.getY()));
            values.setProperty("window.width", Double.toString(stage.getWidth()));
            values.setProperty("window.height", Double.toString(stage.getHeight()));
        }
    }

    /** Notes the divider positions of every split pane under {@code root}, by the tab and place they are in. */
    public void rememberSplits(Parent root) {
        walk(root, "", (key, split) -> {
            List<String> positions = new ArrayList<>();
            for (double p : split.getDividerPositions()) {
                positions.add(Double.toString(p));
            }
            values.setProperty(SPLIT + key, String.join(",", positions));
        });
    }

    /** Gives the split panes under {@code root} the divider positions they had. */
    public void restoreSplits(Parent root) {
        walk(root, "", (key, split) -> {
            String stored = values.getProperty(SPLIT + key);
            if (stored == null) {
                return;
            }
            String[] parts = stored.split(",");
            if (parts.length != split.getDividers().size()) {
                return;
            }
            double[] positions = new double[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    positions[i] = Math.max(0, Math.min(1, Double.parseDouble(parts[i])));
                }
            } catch (NumberFormatException e) {
                return;
            }
            split.setDividerPositions(positions);
        });
    }

    /** Writes what was noted; a failure is logged, never shown: the window just opens at its default next time. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(w, "the main window as last left; deleted or wrong, it is ignored");
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(WindowMemory.class).warn("cannot write {}", file, e);
        }
    }

    private interface SplitVisitor {
        void visit(String key, SplitPane split);
    }

    /**
     * Visits the split panes by what holds them, not by the skins' nodes (which may not exist yet): a key is the
     * path of tab ids and child indexes from the root, stable from one start to the next.
     */
    private static void walk(Node node, String path, SplitVisitor visitor) {
        if (node instanceof SplitPane split) {
            visitor.visit(path.isEmpty() ? "root" : path, split);
            List<Node> items = split.getItems();
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), path + "/" + i, visitor);
            }
        } else if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    walk(tab.getContent(), path + "/" + (tab.getId() != null ? tab.getId() : tab.getText()), visitor);
                }
            }
        } else if (node instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                walk(scroll.getContent(), path + "/s", visitor);
            }
        } else if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = 0; i < children.size(); i++) {
                walk(children.get(i), path + "/" + i, visitor);
            }
        }
    }
}
