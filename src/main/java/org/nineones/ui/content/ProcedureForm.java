package org.nineones.ui.content;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.PostContent;

/** The operating procedure: five text areas, one point per line. */
public final class ProcedureForm implements ContentForm {

    private final StringProperty beforeWork = new SimpleStringProperty("");
    private final StringProperty duringWork = new SimpleStringProperty("");
    private final StringProperty afterWork = new SimpleStringProperty("");
    private final StringProperty prohibitedActs = new SimpleStringProperty("");
    private final StringProperty protectiveEquipment = new SimpleStringProperty("");

    @Override
    public void show(PostContent body) {
        OperatingProcedure p = body instanceof OperatingProcedure op ? op
                : new OperatingProcedure(null, null, null, null, null);
        beforeWork.set(Lines.join(p.beforeWork()));
        duringWork.set(Lines.join(p.duringWork()));
        afterWork.set(Lines.join(p.afterWork()));
        prohibitedActs.set(Lines.join(p.prohibitedActs()));
        protectiveEquipment.set(Lines.join(p.protectiveEquipment()));
    }

    @Override
    public OperatingProcedure body() {
        return new OperatingProcedure(Lines.split(beforeWork.get()), Lines.split(duringWork.get()),
                Lines.split(afterWork.get()), Lines.split(prohibitedActs.get()),
                Lines.split(protectiveEquipment.get()));
    }

    @Override
    public Observable[] changes() {
        return new Observable[] {beforeWork, duringWork, afterWork, prohibitedActs, protectiveEquipment};
    }

    public StringProperty beforeWorkProperty() {
        return beforeWork;
    }

    public StringProperty duringWorkProperty() {
        return duringWork;
    }

    public StringProperty afterWorkProperty() {
        return afterWork;
    }

    public StringProperty prohibitedActsProperty() {
        return prohibitedActs;
    }

    public StringProperty protectiveEquipmentProperty() {
        return protectiveEquipment;
    }
}
