package org.nineones.ui.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.TextNormaliser;

/**
 * The employee form. Each field has its problem as an observable sentence (empty when fine); OK is enabled
 * only when all are empty. The ID number is checked with GB 11643, dates accept the usual spellings.
 */
public final class EmployeeEditViewModel {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]*");

    private final Messages messages;
    private final Employee original;
    private final List<OrgUnit> allUnits;
    private final List<Post> allPosts;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty employeeNumber = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<OrgUnit> orgUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<Post> post = new SimpleObjectProperty<>();
    private final StringProperty hireDate = new SimpleStringProperty("");
    private final ObjectProperty<EmployeeStatus> status = new SimpleObjectProperty<>(EmployeeStatus.ACTIVE);
    private final StringProperty certificateNumber = new SimpleStringProperty("");
    private final StringProperty certificateExpiry = new SimpleStringProperty("");
    private final ObservableList<Post> postChoices = FXCollections.observableArrayList();

    private final StringBinding nameError;
    private final StringBinding idNumberError;
    private final StringBinding phoneError;
    private final StringBinding hireDateError;
    private final StringBinding certificateExpiryError;
    private final BooleanBinding valid;

    /** {@code original} is null for a new employee. */
    public EmployeeEditViewModel(Messages messages, Employee original, List<OrgUnit> units, List<Post> posts) {
        this.messages = messages;
        this.original = original;
        this.allUnits = List.copyOf(units);
        this.allPosts = List.copyOf(posts);
        nameError = Bindings.createStringBinding(
                () -> TextNormaliser.isBlank(name.get()) ? messages.get("ui.person.nameRequired") : "", name);
        idNumberError = Bindings.createStringBinding(() -> {
            IdNumber.Check check = IdNumber.check(idNumber.get());
            return check.valid() ? "" : messages.of(check.problem());
        }, idNumber);
        phoneError = Bindings.createStringBinding(() -> PHONE.matcher(nz(phone.get())).matches() ? ""
                : messages.get("ui.enterprise.phoneInvalid"), phone);
        hireDateError = Bindings.createStringBinding(() -> {
            String problem = dateProblem(hireDate.get());
            if (!problem.isEmpty()) {
                return problem;
            }
            LocalDate date = DateText.parse(hireDate.get());
            return date != null && date.isAfter(LocalDate.now()) ? messages.get("ui.person.hireDateFuture") : "";
        }, hireDate);
        certificateExpiryError = Bindings.createStringBinding(() -> {
            String problem = dateProblem(certificateExpiry.get());
            if (!problem.isEmpty()) {
                return problem;
            }
            return !TextNormaliser.isBlank(certificateNumber.get()) && TextNormaliser.isBlank(certificateExpiry.get())
                    ? messages.get("ui.person.expiryRequired") : "";
        }, certificateExpiry, certificateNumber);
        valid = Bindings.createBooleanBinding(() -> nameError.get().isEmpty() && idNumberError.get().isEmpty()
                        && phoneError.get().isEmpty() && hireDateError.get().isEmpty()
                        && certificateExpiryError.get().isEmpty(),
                nameError, idNumberError, phoneError, hireDateError, certificateExpiryError);
        orgUnit.addListener((obs, old, now) -> updatePostChoices());
        idNumber.addListener((obs, old, now) -> {
            IdNumber.Check check = IdNumber.check(now);
            if (check.valid() && gender.get() == null) {
                gender.set(check.idNumber().gender());
            }
        });
        if (original != null) {
            fill(original);
        } else {
            updatePostChoices();
        }
    }

    private void fill(Employee e) {
        Map<Long, OrgUnit> units = allUnits.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        name.set(e.name());
        gender.set(e.gender());
        idNumber.set(e.idNumber().value());
        employeeNumber.set(nz(e.employeeNumber()));
        phone.set(nz(e.phone()));
        orgUnit.set(e.orgUnitId() == null ? null : units.get(e.orgUnitId()));
        post.set(allPosts.stream().filter(p -> p.id().equals(e.postId())).findFirst().orElse(null));
        hireDate.set(DateText.format(e.hireDate()));
        status.set(e.status());
        certificateNumber.set(nz(e.certificateNumber()));
        certificateExpiry.set(DateText.format(e.certificateExpiry()));
    }

    /** Posts of the chosen unit and the units above it (a team member may hold a workshop's post). */
    private void updatePostChoices() {
        OrgUnit unit = orgUnit.get();
        if (unit == null) {
            postChoices.setAll(allPosts);
        } else {
            Set<Long> lineage = new HashSet<>();
            Map<Long, OrgUnit> units = allUnits.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
            for (OrgUnit u = unit; u != null && lineage.add(u.id()); u = u.parentId() == null ? null : units.get(u.parentId())) {
                // walk up to the company
            }
            postChoices.setAll(allPosts.stream().filter(p -> lineage.contains(p.orgUnitId())).toList());
        }
        if (post.get() != null && !postChoices.contains(post.get())) {
            post.set(null);
        }
    }

    private String dateProblem(String text) {
        try {
            DateText.parse(text);
            return "";
        } catch (DateTimeException e) {
            return messages.get("ui.person.dateInvalid");
        }
    }

    /** The employee to save; call only when {@link #validProperty()} is true. */
    public Employee toEmployee() {
        return new Employee(original == null ? null : original.id(), TextNormaliser.trim(name.get()), gender.get(),
                IdNumber.of(idNumber.get()), TextNormaliser.trim(employeeNumber.get()),
                TextNormaliser.strip(phone.get()), orgUnit.get() == null ? null : orgUnit.get().id(),
                post.get() == null ? null : post.get().id(), DateText.parse(hireDate.get()), status.get(),
                TextNormaliser.trim(certificateNumber.get()), DateText.parse(certificateExpiry.get()));
    }

    public boolean isNew() {
        return original == null;
    }

    public List<OrgUnit> units() {
        return allUnits;
    }

    public ObservableList<Post> postChoices() {
        return postChoices;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty employeeNumberProperty() {
        return employeeNumber;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<OrgUnit> orgUnitProperty() {
        return orgUnit;
    }

    public ObjectProperty<Post> postProperty() {
        return post;
    }

    public StringProperty hireDateProperty() {
        return hireDate;
    }

    public ObjectProperty<EmployeeStatus> statusProperty() {
        return status;
    }

    public StringProperty certificateNumberProperty() {
        return certificateNumber;
    }

    public StringProperty certificateExpiryProperty() {
        return certificateExpiry;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding idNumberErrorProperty() {
        return idNumberError;
    }

    public StringBinding phoneErrorProperty() {
        return phoneError;
    }

    public StringBinding hireDateErrorProperty() {
        return hireDateError;
    }

    public StringBinding certificateExpiryErrorProperty() {
        return certificateExpiryError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
