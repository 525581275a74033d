package org.nineones.ui.content;

import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.PostContent;

/** The emergency card: a list of scenarios. A scenario with neither name nor steps is left out of the body. */
public final class EmergencyCardForm implements ContentForm {

    private final ObservableList<ScenarioRow> scenarios = FXCollections.observableArrayList(ScenarioRow::observables);

    @Override
    public void show(PostContent body) {
        EmergencyCard card = body instanceof EmergencyCard ec ? ec : new EmergencyCard(null);
        scenarios.setAll(card.scenarios().stream().map(ScenarioRow::new).toList());
    }

    @Override
    public EmergencyCard body() {
        return new EmergencyCard(scenarios.stream().map(ScenarioRow::toScenario)
                .filter(s -> !s.name().isEmpty() || !s.steps().isEmpty()).toList());
    }

    @Override
    public Observable[] changes() {
        return new Observable[] {scenarios};
    }

    public ObservableList<ScenarioRow> scenarios() {
        return scenarios;
    }

    /** Adds a scenario with the given name at the end; its index. */
    public int add(String name) {
        scenarios.add(new ScenarioRow(new EmergencyScenario(name, null, null)));
        return scenarios.size() - 1;
    }

    public void remove(int index) {
        if (index >= 0 && index < scenarios.size()) {
            scenarios.remove(index);
        }
    }
}
