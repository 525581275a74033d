package org.nineones.ui.print;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.service.content.ContentPreflight.Finding;

/**
 * The list shown before printing or exporting: what would print blank or marked 草稿, and the user's answer —
 * continue anyway, cancel, or go to one finding's post to mend it.
 */
public final class PreflightViewModel {

    /** What the user chose. */
    public enum Choice { CONTINUE, CANCEL, OPEN }

    private final Messages messages;
    private final ObservableList<Finding> findings;
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();
    private Choice choice = Choice.CANCEL;
    private Finding opened;

    public PreflightViewModel(Messages messages, List<Finding> findings) {
        this.messages = messages;
        this.findings = FXCollections.observableArrayList(findings);
    }

    /** The sentence above the list: how many, and what the user can do. */
    public String headline() {
        return messages.get("content.preflight.head", findings.size());
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }

    public void continueAnyway() {
        choice = Choice.CONTINUE;
    }

    /** Goes to the selected finding's post (the output is not made). */
    public boolean openSelected() {
        if (selected.get() == null) {
            return false;
        }
        opened = selected.get();
        choice = Choice.OPEN;
        return true;
    }

    public Choice choice() {
        return choice;
    }

    /** The finding whose post to show, when the choice is {@link Choice#OPEN}. */
    public Finding opened() {
        return opened;
    }
}
