package org.nineones.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.nineones.store.Workspace;

/**
 * The workspace open in this window, its enterprise's name (for the title bar) and a count of the changes made to
 * it: whatever changes what several screens show (an import, a template applied, an approval) calls
 * {@link #changed()}, and the workspace's screens, which observe {@link #changesProperty()}, read it again.
 */
public final class Session {

    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final StringProperty enterpriseName = new SimpleStringProperty("");
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(0);

    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public Workspace workspace() {
        return workspace.get();
    }

    public StringProperty enterpriseNameProperty() {
        return enterpriseName;
    }

    /** Says that the open workspace changed in a way other screens show; call it on the FX thread. */
    public void changed() {
        changes.set(changes.get() + 1);
    }

    /** Counts {@link #changed()}: a listener learns of every change. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }
}
