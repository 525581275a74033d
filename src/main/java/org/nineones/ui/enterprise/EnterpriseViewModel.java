package org.nineones.ui.enterprise;

import java.util.regex.Pattern;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.service.enterprise.EnterpriseService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.Session;
import org.nineones.ui.common.TaskRunner;

/** The enterprise profile form: load, validate on each field, save through {@link EnterpriseService}. */
public final class EnterpriseViewModel {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]*");

    private final Messages messages;
    private final TaskRunner tasks;
    private final EnterpriseService service;
    private final Workspace workspace;
    private final Session session;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty creditCode = new SimpleStringProperty("");
    private final StringProperty industry = new SimpleStringProperty("");
    private final BooleanProperty highRisk = new SimpleBooleanProperty();
    private final StringProperty county = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty principal = new SimpleStringProperty("");
    private final StringProperty contactPhone = new SimpleStringProperty("");
    private final StringProperty emergencyPhone = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    private final StringBinding nameError;
    private final StringBinding creditCodeError;
    private final StringBinding contactPhoneError;
    private final StringBinding emergencyPhoneError;
    private final BooleanBinding valid;

    public EnterpriseViewModel(Messages messages, TaskRunner tasks, EnterpriseService service, Workspace workspace,
                               Session session) {
        this.messages = messages;
        this.tasks = tasks;
        this.service = service;
        this.workspace = workspace;
        this.session = session;
        nameError = Bindings.createStringBinding(
                () -> TextNormaliser.isBlank(name.get()) ? messages.get("ui.enterprise.nameRequired") : "", name);
        creditCodeError = Bindings.createStringBinding(() -> {
            CreditCode.Check check = CreditCode.check(creditCode.get());
            return check.valid() ? "" : messages.of(check.problem());
        }, creditCode);
        contactPhoneError = phoneError(contactPhone);
        emergencyPhoneError = phoneError(emergencyPhone);
        valid = Bindings.createBooleanBinding(() -> nameError.get().isEmpty() && creditCodeError.get().isEmpty()
                        && contactPhoneError.get().isEmpty() && emergencyPhoneError.get().isEmpty(),
                nameError, creditCodeError, contactPhoneError, emergencyPhoneError);
        java.util.List.of(name, creditCode, industry, county, address, principal, contactPhone, emergencyPhone)
                .forEach(p -> p.addListener((obs, old, now) -> status.set("")));
        highRisk.addListener((obs, old, now) -> status.set(""));
    }

    private StringBinding phoneError(StringProperty phone) {
        return Bindings.createStringBinding(
                () -> PHONE.matcher(phone.get() == null ? "" : phone.get()).matches() ? ""
                        : messages.get("ui.enterprise.phoneInvalid"), phone);
    }

    public void load() {
        tasks.run(messages.get("ui.task.loadEnterprise"), progress -> service.load(workspace), this::show);
    }

    private void show(Enterprise e) {
        name.set(e.name());
        creditCode.set(e.creditCode());
        industry.set(e.industry());
        highRisk.set(e.highRisk());
        county.set(e.county());
        address.set(e.address());
        principal.set(e.principal());
        contactPhone.set(e.contactPhone());
        emergencyPhone.set(e.emergencyPhone());
        status.set("");
    }

    public void save() {
        if (!valid.get()) {
            return;
        }
        Enterprise e = new Enterprise(TextNormaliser.trim(name.get()),
                CreditCode.of(creditCode.get()).value(), TextNormaliser.trim(industry.get()), highRisk.get(),
                TextNormaliser.trim(county.get()), TextNormaliser.trim(address.get()),
                TextNormaliser.trim(principal.get()), TextNormaliser.trim(contactPhone.get()),
                TextNormaliser.trim(emergencyPhone.get()));
        tasks.run(messages.get("ui.task.saveEnterprise"), progress -> {
            service.save(workspace, e);
            return e;
        }, saved -> {
            show(saved);
            session.enterpriseNameProperty().set(saved.name());
            status.set(messages.get("ui.enterprise.saved"));
        });
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty creditCodeProperty() {
        return creditCode;
    }

    public StringProperty industryProperty() {
        return industry;
    }

    public BooleanProperty highRiskProperty() {
        return highRisk;
    }

    public StringProperty countyProperty() {
        return county;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty principalProperty() {
        return principal;
    }

    public StringProperty contactPhoneProperty() {
        return contactPhone;
    }

    public StringProperty emergencyPhoneProperty() {
        return emergencyPhone;
    }

    /** "已保存" after a save, cleared by the next edit. */
    public StringProperty statusProperty() {
        return status;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding creditCodeErrorProperty() {
        return creditCodeError;
    }

    public StringBinding contactPhoneErrorProperty() {
        return contactPhoneError;
    }

    public StringBinding emergencyPhoneErrorProperty() {
        return emergencyPhoneError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
