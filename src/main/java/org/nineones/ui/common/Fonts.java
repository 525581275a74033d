package org.nineones.ui.common;

import java.io.IOException;
import java.io.InputStream;

import javafx.scene.text.Font;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled Noto Sans CJK SC faces so Chinese renders on machines without a CJK font. The stylesheet
 * names the family; this only has to run before the first scene is shown.
 */
public final class Fonts {

    public static final String FAMILY = "Noto Sans CJK SC";
    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    private static final String[] FILES = {"/fonts/NotoSansCJKsc-Regular.otf", "/fonts/NotoSansCJKsc-Bold-subset.otf"};

    private Fonts() {
    }

    /** Loads both faces; returns the milliseconds it took. A missing face is logged, the UI falls back. */
    public static long load() {
        long start = System.nanoTime();
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                Font font = in == null ? null : Font.loadFont(in, 13);
                if (font == null) {
                    LOG.warn("could not load the bundled font {}; Chinese may not render", file);
                }
            } catch (IOException e) {
                LOG.warn("could not read the bundled font {}", file, e);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info("loaded bundled fonts in {} ms", ms);
        return ms;
    }
}
