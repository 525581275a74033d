package org.nineones.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.ErrorMessages;
import org.nineones.ui.common.Session;
import org.nineones.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which workspace is open, the window title and the recent files; opening and closing run as tasks. */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    /** A workspace just opened, with its enterprise's name read in the same task. */
    private record Opened(Workspace workspace, String name) {
    }

    /** What reopening the last workspace at start gave: the workspace, or why the welcome page shows instead. */
    private record Reopened(Opened opened, String note) {
    }

    private final Services services;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final Session session;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringBinding title;
    private final BooleanBinding workspaceOpen;
    private final ReadOnlyStringWrapper welcomeNote = new ReadOnlyStringWrapper(this, "welcomeNote", "");

    public MainViewModel(AppContext context) {
        this.services = context.services();
        this.messages = context.messages();
        this.tasks = context.tasks();
        this.errors = context.errors();
        this.session = context.session();
        String appName = messages.get("app.name");
        this.title = Bindings.createStringBinding(() -> {
            String name = session.enterpriseNameProperty().get();
            return session.workspace() == null || name.isBlank() ? appName : name + " — " + appName;
        }, session.workspaceProperty(), session.enterpriseNameProperty());
        this.workspaceOpen = session.workspaceProperty().isNotNull();
        refreshRecentFiles();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public BooleanBinding workspaceOpenProperty() {
        return workspaceOpen;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public Session session() {
        return session;
    }

    public void createWorkspace(Path file, String name, String creditCode) {
        tasks.run(messages.get("ui.task.createWorkspace"), progress -> {
            Workspace workspace = services.workspaces().create(file, name, creditCode);
            return new Opened(workspace, name.strip());
        }, this::opened);
    }

    public void open(Path file) {
        Workspace current = session.workspace();
        if (current != null && current.file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            return;
        }
        tasks.run(messages.get("ui.task.openWorkspace"), progress -> openWorkspace(file), this::opened);
    }

    /** Opens a workspace and reads its enterprise's name (in a background task); closes it again if that fails. */
    private Opened openWorkspace(Path file) throws WorkspaceException {
        Workspace workspace = services.workspaces().open(file);
        try {
            return new Opened(workspace, services.enterprise().load(workspace).name());
        } catch (RuntimeException e) {
            closeQuietly(workspace);
            throw e;
        }
    }

    /**
     * At start without a file: opens the workspace used last, if the setting allows it ({@code startup.reopenLast}).
     * When it is gone or does not open, the welcome page stays, with a short note saying why.
     */
    public void reopenLast() {
        if (session.workspace() != null || !services.settings().reopenLastWorkspace()) {
            return;
        }
        Optional<Path> remembered;
        try {
            remembered = services.workspaces().recentFiles().last();
        } catch (RuntimeException e) {
            LOG.warn("could not read the recent files list", e);
            return;
        }
        if (remembered.isEmpty()) {
            return;
        }
        Path last = remembered.get();
        tasks.run(messages.get("ui.task.openWorkspace"), progress -> {
            if (!Files.isRegularFile(last)) {
                return new Reopened(null, messages.get("ui.welcome.lastMissing", last));
            }
            try {
                return new Reopened(openWorkspace(last), null);
            } catch (Exception e) {
                LOG.info("did not reopen the last workspace {}: {}", last, e.toString());
                return new Reopened(null, messages.get("ui.welcome.lastFailed", last,
                        errors.describe(messages.get("ui.task.openWorkspace"), e)));
            }
        }, reopened -> {
            if (reopened.opened() != null) {
                opened(reopened.opened());
            } else {
                welcomeNote.set(reopened.note());
            }
        });
    }

    /** Why the last workspace was not reopened at start, or empty. */
    public ReadOnlyStringProperty welcomeNoteProperty() {
        return welcomeNote.getReadOnlyProperty();
    }

    public void openSample() {
        tasks.run(messages.get("ui.task.openSample"), progress -> {
            Workspace workspace = services.sample().openSample(services.settings().workspaces(), progress);
            services.workspaces().recentFiles().add(workspace.file());
            return new Opened(workspace, services.enterprise().load(workspace).name());
        }, this::opened);
    }

    /** Closes the open workspace (if any); the welcome view comes back. */
    public void close() {
        Workspace workspace = session.workspace();
        if (workspace == null) {
            return;
        }
        session.workspaceProperty().set(null);
        session.enterpriseNameProperty().set("");
        closeQuietly(workspace);
        refreshRecentFiles();
    }

    /** Closes the open workspace and opens its file again, so every screen reads it afresh (after a restore). */
    public void reopen() {
        Workspace workspace = session.workspace();
        if (workspace == null) {
            return;
        }
        Path file = workspace.file();
        close();
        open(file);
    }

    public void refreshRecentFiles() {
        try {
            recentFiles.setAll(services.workspaces().recentFiles().list());
        } catch (RuntimeException e) {
            LOG.warn("could not read the recent files list", e);
            recentFiles.clear();
        }
    }

    private void opened(Opened opened) {
        welcomeNote.set("");
        Workspace previous = session.workspace();
        session.enterpriseNameProperty().set(opened.name());
        session.workspaceProperty().set(opened.workspace());
        if (previous != null) {
            closeQuietly(previous);
        }
        refreshRecentFiles();
    }

    private static void closeQuietly(Workspace workspace) {
        try {
            workspace.close();
        } catch (RuntimeException e) {
            LOG.warn("closing {} failed", workspace.file(), e);
        }
    }
}
