package org.nineones.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

import javafx.application.Platform;

import org.slf4j.LoggerFactory;

/**
 * Opens a file or folder with the system's own program (Explorer, the PDF viewer, a file manager). When the system
 * cannot — no desktop integration, no program for that kind of file — {@code cannot} runs on the FX thread, so that
 * the user is told where the file is instead of nothing happening.
 */
@FunctionalInterface
public interface SystemOpener {

    void open(Path target, Runnable cannot);

    /** Through {@link Desktop}: on Windows and on Linux desktops; its work runs off the FX thread. */
    static SystemOpener desktop() {
        return (target, cannot) -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                cannot.run();
                return;
            }
            Thread opener = new Thread(() -> {
                try {
                    Desktop.getDesktop().open(target.toFile());
                } catch (IOException | RuntimeException e) {
                    LoggerFactory.getLogger(SystemOpener.class).info("cannot open {} with the system: {}", target,
                            e.toString());
                    Platform.runLater(cannot);
                }
            }, "open-with-system");
            opener.setDaemon(true);
            opener.start();
        };
    }
}
