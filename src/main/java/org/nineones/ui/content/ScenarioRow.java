package org.nineones.ui.content;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.nineones.model.content.EmergencyScenario;

/** One editable scenario of an emergency card: name, steps one per line, contacts one per line. */
public final class ScenarioRow {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty steps = new SimpleStringProperty("");
    private final StringProperty contacts = new SimpleStringProperty("");

    public ScenarioRow(EmergencyScenario scenario) {
        name.set(scenario.name());
        steps.set(Lines.join(scenario.steps()));
        contacts.set(Lines.contactsText(scenario.contacts()));
    }

    public EmergencyScenario toScenario() {
        return new EmergencyScenario(name.get(), Lines.split(steps.get()), Lines.contacts(contacts.get()));
    }

    Observable[] observables() {
        return new Observable[] {name, steps, contacts};
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public StringProperty contactsProperty() {
        return contacts;
    }
}
