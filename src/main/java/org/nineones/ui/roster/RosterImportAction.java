package org.nineones.ui.roster;

import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;

/** The roster import entry points (menu, drag and drop, blank template). */
public final class RosterImportAction {

    private final AppContext context;
    private final Messages messages;

    public RosterImportAction(AppContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    /** Starts an import into {@code workspace}; {@code file} is null when the user should choose one. */
    public void start(Workspace workspace, Path file, Runnable onImported) {
        context.dialogs().showInfo(messages.get("ui.roster.title"), messages.get("ui.roster.unavailable"));
    }

    public void saveTemplate() {
        context.dialogs().showInfo(messages.get("ui.roster.templateTitle"), messages.get("ui.roster.unavailable"));
    }
}
