package org.nineones.ui.content;

import java.util.Comparator;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.RiskCard;

/** The risk card: hazards, consequences and controls one per line, accident types, level, contacts. */
public final class RiskCardForm implements ContentForm {

    private final StringProperty hazards = new SimpleStringProperty("");
    private final ObservableList<AccidentType> accidentTypes = FXCollections.observableArrayList();
    private final StringProperty consequences = new SimpleStringProperty("");
    private final StringProperty controls = new SimpleStringProperty("");
    private final ObjectProperty<RiskLevel> riskLevel = new SimpleObjectProperty<>(RiskLevel.LOW);
    private final StringProperty contacts = new SimpleStringProperty("");

    @Override
    public void show(PostContent body) {
        RiskCard card = body instanceof RiskCard rc ? rc : new RiskCard(null, null, null, null, null, null);
        hazards.set(Lines.join(card.hazards()));
        accidentTypes.setAll(card.accidentTypes().stream().sorted(Comparator.naturalOrder()).toList());
        consequences.set(Lines.join(card.consequences()));
        controls.set(Lines.join(card.controls()));
        riskLevel.set(card.riskLevel());
        contacts.set(Lines.contactsText(card.emergencyContacts()));
    }

    @Override
    public RiskCard body() {
        return new RiskCard(Lines.split(hazards.get()),
                accidentTypes.stream().distinct().sorted(Comparator.naturalOrder()).toList(),
                Lines.split(consequences.get()), Lines.split(controls.get()), riskLevel.get(),
                Lines.contacts(contacts.get()));
    }

    @Override
    public Observable[] changes() {
        return new Observable[] {hazards, accidentTypes, consequences, controls, riskLevel, contacts};
    }

    public StringProperty hazardsProperty() {
        return hazards;
    }

    /** The accident types ticked, in the standard's order. */
    public ObservableList<AccidentType> accidentTypes() {
        return accidentTypes;
    }

    public StringProperty consequencesProperty() {
        return consequences;
    }

    public StringProperty controlsProperty() {
        return controls;
    }

    public ObjectProperty<RiskLevel> riskLevelProperty() {
        return riskLevel;
    }

    public StringProperty contactsProperty() {
        return contacts;
    }
}
