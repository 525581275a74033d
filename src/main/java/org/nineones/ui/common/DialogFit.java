package org.nineones.ui.common;

import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Opens every dialog at its preferred size, centred on the window that owns it, and never larger than the screen
 * it is on. JavaFX sizes a dialog's window before it is mapped, and some window managers forget that size (a
 * dialog of 200×200 with every label cut to "…", a message with only its first line): the window is sized again
 * once shown, frame included, and checked until the window manager is done with it.
 * {@link Theme#apply(DialogPane)} installs it on every dialog.
 */
public final class DialogFit {

    private static final String INSTALLED = DialogFit.class.getName();
    /** The window's property holding the moment after showing, while it lasts. */
    private static final String MOMENT = INSTALLED + ".moment";
    /** How long after showing a window the window manager may still change its size. */
    private static final Duration SETTLING = Duration.seconds(1.5);
    /** A window frame is never thicker than this; a larger difference is a size not yet laid out. */
    private static final double MAX_FRAME = 80;
    /** How often a window whose content did not follow its size is nudged. */
    private static final int MAX_NUDGES = 4;

    private DialogFit() {
    }

    /** Sizes and centres the pane's dialog each time it is shown. */
    public static void install(DialogPane pane) {
        if (pane.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        ChangeListener<Window> onWindow = (obs, old, window) -> watch(pane, window);
        ChangeListener<Scene> onScene = (obs, old, scene) -> {
            if (old != null) {
                old.windowProperty().removeListener(onWindow);
            }
            if (scene != null) {
                scene.windowProperty().addListener(onWindow);
                watch(pane, scene.getWindow());
            }
        };
        pane.sceneProperty().addListener(onScene);
        onScene.changed(pane.sceneProperty(), null, pane.getScene());
    }

    private static void watch(DialogPane pane, Window window) {
        if (window == null || window.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> settle(window, frame -> bounds(pane, window, frame)));
        growWithContent(pane, window);
    }

    /**
     * Makes the window taller when what it shows grows after it opened (a message under a field, a list filled), so
     * that nothing is pushed out at the bottom; within the screen, moving the window up when it must. Only growth of
     * the content counts: a window the user (or a screen smaller than the dialog) made smaller stays so.
     */
    private static void growWithContent(DialogPane pane, Window window) {
        boolean[] pending = {false};
        double[] lastWanted = {-1};
        pane.needsLayoutProperty().addListener((obs, was, now) -> {
            if (now || pending[0] || !window.isShowing()) {
                return;
            }
            pending[0] = true;
            Platform.runLater(() -> {
                pending[0] = false;
                if (!window.isShowing() || window.getScene() == null) {
                    return;
                }
                double wanted = Math.ceil(pane.prefHeight(pane.getWidth()));
                double grown = lastWanted[0] < 0 ? 0 : wanted - lastWanted[0];
                lastWanted[0] = wanted;
                // the pane may be laid out taller than the window's content area (a dialog's pane sits in a root
                // of its own): what is missing is measured against the content area
                double lack = Math.min(grown, wanted - window.getScene().getHeight());
                Rectangle2D screen = screenOf(window);
                double height = Math.min(window.getHeight() + lack, screen.getHeight());
                if (lack <= 1 || height <= window.getHeight()) {
                    return;
                }
                window.setHeight(height);
                if (window.getY() + height > screen.getMaxY()) {
                    window.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
                }
            });
        });
    }

    /**
     * The bounds a dialog gets: its pane's preferred size plus the window's frame, within the screen of its owner,
     * centred on the owner.
     */
    static Rectangle2D bounds(DialogPane pane, Window window, Dimension2D frame) {
        pane.applyCss();
        Rectangle2D screen = screenOf(owner(window));
        double width = Math.min(Math.ceil(Math.max(pane.prefWidth(-1), pane.minWidth(-1))) + frame.getWidth(),
                screen.getWidth());
        double height = Math.min(Math.ceil(pane.prefHeight(width - frame.getWidth())) + frame.getHeight(),
                screen.getHeight());
        return centred(owner(window), window, width, height, screen);
    }

    /**
     * Gives a shown window the bounds {@code target} computes (from the window's frame: the size around its
     * content), and gives them again whenever its content changes size in the moment after (the window manager
     * adding its frame, or resetting a size set before the window was mapped), so the last word is ours. After that
     * moment the user's own moving and resizing are left alone.
     */
    public static void settle(Window window, Function<Dimension2D, Rectangle2D> target) {
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        Dimension2D[] frame = {frameOf(window, new Dimension2D(0, 0))};
        int[] nudges = {0};
        boolean[] fitting = {false};
        Runnable fit = () -> {
            if (fitting[0] || !window.isShowing()) {
                return;
            }
            fitting[0] = true;
            try {
                frame[0] = frameOf(window, frame[0]);
                Rectangle2D bounds = target.apply(frame[0]);
                window.setX(bounds.getMinX());
                window.setY(bounds.getMinY());
                boolean resized = window.getWidth() != bounds.getWidth() || window.getHeight() != bounds.getHeight();
                window.setWidth(bounds.getWidth());
                window.setHeight(bounds.getHeight());
                boolean contentLags = Math.abs(scene.getWidth() + frame[0].getWidth() - bounds.getWidth()) > 0.5
                        || Math.abs(scene.getHeight() + frame[0].getHeight() - bounds.getHeight()) > 0.5;
                if (!resized && contentLags && nudges[0]++ < MAX_NUDGES) {
                    // the window manager kept an older size for the content: ask again, by a pixel and back
                    window.setHeight(bounds.getHeight() + 1);
                    Platform.runLater(() -> window.setHeight(bounds.getHeight()));
                }
            } finally {
                fitting[0] = false;
            }
        };
        fit.run();
        ChangeListener<Number> refit = (obs, old, now) -> fit.run();
        scene.widthProperty().addListener(refit);
        scene.heightProperty().addListener(refit);
        PauseTransition moment = new PauseTransition(SETTLING);
        moment.setOnFinished(e -> {
            window.getProperties().remove(MOMENT, moment);
            scene.widthProperty().removeListener(refit);
            scene.heightProperty().removeListener(refit);
            fit.run();
        });
        window.getProperties().put(MOMENT, moment);
        moment.play();
        Platform.runLater(fit);
    }

    /**
     * Ends at once the moment after showing in which the window's size is given again (on the FX thread). For a
     * caller that knows no window manager is at work (a headless test), so it need not wait that moment out.
     */
    public static void settleNow(Window window) {
        if (window.getProperties().get(MOMENT) instanceof PauseTransition moment) {
            moment.stop();
            moment.getOnFinished().handle(null);
        }
    }

    /** The size of the window's frame, when window and content agree on one that is plausible; else {@code known}. */
    private static Dimension2D frameOf(Window window, Dimension2D known) {
        Scene scene = window.getScene();
        double w = window.getWidth() - scene.getWidth();
        double h = window.getHeight() - scene.getHeight();
        if (w >= 0 && w <= MAX_FRAME && h >= 0 && h <= MAX_FRAME && (w > 0 || h > 0)) {
            return new Dimension2D(w, h);
        }
        return known;
    }

    /** Bounds of the given size centred on the owner (on the screen when there is none), inside the screen. */
    public static Rectangle2D centred(Window owner, Window window, double width, double height, Rectangle2D screen) {
        boolean alone = owner == null || owner == window;
        double x = alone ? screen.getMinX() + (screen.getWidth() - width) / 2
                : owner.getX() + (owner.getWidth() - width) / 2;
        double y = alone ? screen.getMinY() + (screen.getHeight() - height) / 2
                : owner.getY() + (owner.getHeight() - height) / 2;
        return new Rectangle2D(clamp(x, screen.getMinX(), screen.getMaxX() - width),
                clamp(y, screen.getMinY(), screen.getMaxY() - height), width, height);
    }

    /** The visual bounds of the screen that shows most of this window (the primary screen when none does). */
    public static Rectangle2D screenOf(Window window) {
        if (window != null && window.getWidth() > 0 && window.getHeight() > 0) {
            var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                    window.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static Window owner(Window window) {
        if (window instanceof javafx.stage.Stage stage && stage.getOwner() != null) {
            return stage.getOwner();
        }
        return window;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
