package org.nineones.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/** The one palette and the one stylesheet, applied to every scene and dialog. */
public final class Theme {

    private static final String PALETTE = "/org/nineones/ui/theme/palette.css";
    private static final String STYLE = "/org/nineones/ui/theme/nineones.css";

    private Theme() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().setAll(url(PALETTE), url(STYLE));
    }

    /** Styles a dialog and makes it open at its preferred size, centred on its owner ({@link DialogFit}). */
    public static void apply(DialogPane pane) {
        pane.getStylesheets().setAll(url(PALETTE), url(STYLE));
        DialogFit.install(pane);
    }

    private static String url(String resource) {
        var url = Theme.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + resource);
        }
        return url.toExternalForm();
    }
}
