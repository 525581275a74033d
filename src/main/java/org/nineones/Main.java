package org.nineones;

import org.nineones.cli.NineonesCli;
import org.nineones.model.Messages;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.ui.NineonesApp;

/**
 * The one entry point: no arguments (or a workspace file) opens the GUI, anything else runs the command line.
 * Deliberately not a JavaFX Application, so the plain class path works.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromSystem();
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("nineones.log.dir", settings.home().resolve("logs").toString());
        if (opensGui(args)) {
            NineonesApp.launchGui(args);
            return;
        }
        Services services = new Services(settings, Messages.defaults());
        System.exit(NineonesCli.run(services, args));
    }

    /** No arguments, or one file to open: a workspace (*.nineones) or an inspection file (*.nineinspect). */
    static boolean opensGui(String[] args) {
        return args.length == 0 || args.length == 1 && (args[0].endsWith(".nineones")
                || args[0].endsWith(".nineinspect"));
    }
}
