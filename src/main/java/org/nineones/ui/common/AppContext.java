package org.nineones.ui.common;

import java.util.Locale;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;

/**
 * The one place the GUI's objects are built: services, dialogs, the task runner, the view loader and the
 * session. Views receive it by constructor and take what they need.
 */
public final class AppContext {

    private final Services services;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final ViewLoader views;
    private final ErrorMessages errors;
    private final Session session = new Session();
    private final Supplier<Window> owner;
    private WindowMemory windowMemory;

    public AppContext(Services services, DialogService dialogs, TaskRunner tasks, Supplier<Window> owner) {
        this.services = services;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.owner = owner;
        this.views = new ViewLoader(services.messages());
        this.errors = errorMessages(services.messages(), services.settings());
    }

    /** The running application's context: real dialogs, background tasks, the user's settings folder. */
    public static AppContext create(Supplier<Window> owner) {
        Settings settings = Settings.fromSystem();
        Messages messages = Messages.defaults();
        // JavaFX's own texts (a date picker's calendar, built-in buttons) follow the app's language, not the system's
        Locale.setDefault(messages.locale());
        Services services = new Services(settings, messages);
        DialogService dialogs = new FxDialogService(messages, owner, SystemOpener.desktop());
        TaskRunner tasks = new FxTaskRunner(dialogs, errorMessages(messages, settings), messages);
        return new AppContext(services, dialogs, tasks, owner);
    }

    public static ErrorMessages errorMessages(Messages messages, Settings settings) {
        return new ErrorMessages(messages, settings.home().resolve("logs"));
    }

    public Services services() {
        return services;
    }

    public Messages messages() {
        return services.messages();
    }

    public Settings settings() {
        return services.settings();
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public ViewLoader views() {
        return views;
    }

    public ErrorMessages errors() {
        return errors;
    }

    public Session session() {
        return session;
    }

    /** The main window's remembered size, place and split positions (read on first use). */
    public WindowMemory windowMemory() {
        if (windowMemory == null) {
            windowMemory = new WindowMemory(settings().windowFile());
        }
        return windowMemory;
    }

    /** The main window, owner of every dialog. */
    public Window owner() {
        return owner.get();
    }
}
