package org.nineones.ui;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Fonts;
import org.nineones.ui.common.Theme;
import org.nineones.ui.main.MainView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: loads the bundled fonts, builds the {@link AppContext} and shows the main window.
 * With {@code -Dnineones.startupProbe=true} it prints {@code startup-ms=N} once the window is shown and exits
 * (the benchmark's launch-to-window measurement).
 */
public final class NineonesApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(NineonesApp.class);

    private MainView main;
    private Stage stage;
    private AppContext context;

    public static void launchGui(String[] args) {
        Application.launch(NineonesApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        long t0 = System.nanoTime();
        CompletableFuture<Long> fonts = CompletableFuture.supplyAsync(Fonts::load);
        AppContext context = AppContext.create(() -> stage);
        long contextMs = (System.nanoTime() - t0) / 1_000_000;
        main = new MainView(context);
        // where it was last time if that fits a screen now, else as large as the design wants but never larger than
        // the screen, frame included: a 1366×768 or 1024×600 laptop shows it whole, status bar and all
        Scene scene = new Scene(main.root());
        Theme.apply(scene);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        long fontMs = fonts.join();
        LOG.info("start: JVM to start() {} ms, services {} ms, main view {} ms (fonts {} ms, loaded alongside)",
                ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - t0) / 1_000_000, contextMs,
                (System.nanoTime() - t0) / 1_000_000, fontMs);
        stage.setScene(scene);
        context.windowMemory().place(stage);
        stage.setMinWidth(Math.min(800, screen.getWidth()));
        stage.setMinHeight(Math.min(540, screen.getHeight()));
        stage.titleProperty().bind(main.viewModel().titleProperty());
        long showStart = System.nanoTime();
        stage.setOnCloseRequest(e -> {
            if (main.hasUnsavedChanges()) {
                e.consume();
                main.whenChangesSettled(stage::close);
            }
        });
        stage.setOnShown(e -> shown(fontMs, (System.nanoTime() - showStart) / 1_000_000));
        stage.show();
        this.stage = stage;
        this.context = context;
        List<String> args = getParameters().getRaw();
        main.start(args);
    }

    private void shown(long fontMs, long showMs) {
        long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        LOG.info("main window shown {} ms after launch (showing it took {} ms; fonts {} ms; process CPU time so far {} ms)",
                sinceLaunch, showMs, fontMs, cpuMs);
        if (Boolean.getBoolean("nineones.startupProbe")) {
            System.out.println("startup-ms=" + sinceLaunch + " cpu-ms=" + cpuMs);
            Platform.runLater(Platform::exit);
        }
    }

    @Override
    public void stop() {
        if (main != null) {
            context.windowMemory().remember(stage);
            main.rememberLayout();
            context.windowMemory().save();
            main.shutdown();
        }
    }
}
