package org.nineones.ui.content;

import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;

/**
 * The 批准 form: who approves (required) and from which day it takes effect (required, not before the day the
 * latest approved version took effect). The service checks the same rules again.
 */
public final class ApproveViewModel {

    private final StringProperty approver = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> effectiveFrom = new SimpleObjectProperty<>();
    private final StringBinding approverError;
    private final StringBinding dateError;
    private final BooleanBinding valid;

    /** {@code earliest} is the latest approved version's effective date, or null when none was approved. */
    public ApproveViewModel(Messages messages, LocalDate today, LocalDate earliest) {
        effectiveFrom.set(earliest != null && earliest.isAfter(today) ? earliest : today);
        approverError = Bindings.createStringBinding(() -> TextNormaliser.isBlank(approver.get())
                ? messages.get("ui.approve.approverRequired") : "", approver);
        dateError = Bindings.createStringBinding(() -> {
            LocalDate day = effectiveFrom.get();
            if (day == null) {
                return messages.get("ui.approve.dateRequired");
            }
            if (earliest != null && day.isBefore(earliest)) {
                return messages.get("ui.approve.dateTooEarly", earliest.toString());
            }
            return "";
        }, effectiveFrom);
        valid = Bindings.createBooleanBinding(() -> approverError.get().isEmpty() && dateError.get().isEmpty(),
                approverError, dateError);
    }

    public String approverName() {
        return TextNormaliser.trim(approver.get());
    }

    public StringProperty approverProperty() {
        return approver;
    }

    public ObjectProperty<LocalDate> effectiveFromProperty() {
        return effectiveFrom;
    }

    public StringBinding approverErrorProperty() {
        return approverError;
    }

    public StringBinding dateErrorProperty() {
        return dateError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
