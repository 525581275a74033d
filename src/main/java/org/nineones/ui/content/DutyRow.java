package org.nineones.ui.content;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.nineones.model.content.DutyItem;
import org.nineones.model.content.ResponsibilityForm;

/** One editable line of a duty list. */
public final class DutyRow {

    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty duty = new SimpleStringProperty("");
    private final StringProperty responsible = new SimpleStringProperty("");
    private final StringProperty scope = new SimpleStringProperty("");
    private final StringProperty assessmentStandard = new SimpleStringProperty("");
    private final StringProperty legalBasis = new SimpleStringProperty("");
    private final ObjectProperty<ResponsibilityForm> form = new SimpleObjectProperty<>(ResponsibilityForm.DIRECT);

    public DutyRow(DutyItem item) {
        category.set(item.category());
        duty.set(item.duty());
        responsible.set(item.responsible());
        scope.set(item.scope());
        assessmentStandard.set(item.assessmentStandard());
        legalBasis.set(item.legalBasis());
        form.set(item.form());
    }

    public DutyItem toItem() {
        return new DutyItem(category.get(), duty.get(), responsible.get(), scope.get(), assessmentStandard.get(),
                legalBasis.get(), form.get());
    }

    Observable[] observables() {
        return new Observable[] {category, duty, responsible, scope, assessmentStandard, legalBasis, form};
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty dutyProperty() {
        return duty;
    }

    public StringProperty responsibleProperty() {
        return responsible;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public StringProperty assessmentStandardProperty() {
        return assessmentStandard;
    }

    public StringProperty legalBasisProperty() {
        return legalBasis;
    }

    public ObjectProperty<ResponsibilityForm> formProperty() {
        return form;
    }
}
