package org.nineones.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.nineones.store.Workspace;

/** The workspace open in this window and its enterprise's name (for the title bar). */
public final class Session {

    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final StringProperty enterpriseName = new SimpleStringProperty("");

    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public Workspace workspace() {
        return workspace.get();
    }

    public StringProperty enterpriseNameProperty() {
        return enterpriseName;
    }
}
