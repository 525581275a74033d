package org.nineones.service.people;

import java.time.LocalDate;
import java.util.Optional;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * Employees: list, save with validation, delete. Every change is one {@code workspace.write} with its audit
 * entry (which names the person, never the full ID number).
 */
public final class PeopleService {

    private final Messages messages;

    public PeopleService(Messages messages) {
        this.messages = messages;
    }

    public People list(Workspace workspace) {
        return workspace.read(store -> new People(store.employees().all(), store.orgUnits().all(),
                store.posts().all()));
    }

    /**
     * Inserts an employee without an id or updates one with an id. Refuses a blank name, an ID number already
     * held by someone else, a hire date in the future, a post that no longer exists, and a certificate number
     * without an expiry date.
     */
    public Employee save(Workspace workspace, Employee employee) {
        String name = TextNormaliser.trim(employee.name());
        if (name.isEmpty()) {
            throw new PeopleRuleException(messages.get("people.error.nameRequired"));
        }
        if (employee.idNumber() == null) {
            throw new PeopleRuleException(messages.get("people.error.idRequired"));
        }
        if (employee.hireDate() != null && employee.hireDate().isAfter(LocalDate.now())) {
            throw new PeopleRuleException(messages.get("people.error.hireDateFuture"));
        }
        String certificate = TextNormaliser.trim(employee.certificateNumber());
        if (!certificate.isEmpty() && employee.certificateExpiry() == null) {
            throw new PeopleRuleException(messages.get("people.error.expiryRequired"));
        }
        Employee clean = new Employee(employee.id(), name, employee.gender(), employee.idNumber(),
                TextNormaliser.trim(employee.employeeNumber()), TextNormaliser.strip(employee.phone()),
                employee.orgUnitId(), employee.postId(), employee.hireDate(),
                employee.status() == null ? EmployeeStatus.ACTIVE : employee.status(), certificate,
                employee.certificateExpiry());
        return workspace.write(store -> {
            checkIdNumberFree(store, clean);
            checkPostInUnit(store, clean);
            if (clean.id() == null) {
                Employee saved = store.employees().insert(clean);
                store.audit().record("create", "employee", saved.id(), name);
                return saved;
            }
            store.employees().update(clean);
            store.audit().record("update", "employee", clean.id(), name);
            return clean;
        });
    }

    public void delete(Workspace workspace, long id) {
        workspace.write(store -> {
            Employee employee = store.employees().find(id)
                    .orElseThrow(() -> new PeopleRuleException(messages.get("people.error.gone")));
            if (store.employees().hasRecords(id)) {
                throw new PeopleRuleException(messages.get("people.error.hasRecords", employee.name()));
            }
            store.grids().areas().stream().filter(a -> Long.valueOf(id).equals(a.supervisorId())
                    || Long.valueOf(id).equals(a.responsibleId()) || Long.valueOf(id).equals(a.gridInspectorId()))
                    .findFirst().ifPresent(a -> {
                        throw new PeopleRuleException(messages.get("grids.error.personInGrid", employee.name(),
                                a.name()));
                    });
            store.employees().delete(id);
            store.audit().record("delete", "employee", id, employee.name());
            return null;
        });
    }

    private void checkIdNumberFree(Store store, Employee employee) {
        Optional<Employee> holder = store.employees().findByIdNumber(employee.idNumber());
        if (holder.isPresent() && !holder.get().id().equals(employee.id())) {
            throw new PeopleRuleException(messages.get("people.error.idTaken", employee.idNumber().masked(),
                    holder.get().name()));
        }
    }

    private void checkPostInUnit(Store store, Employee employee) {
        if (employee.postId() == null) {
            return;
        }
        if (store.posts().find(employee.postId()).isEmpty()) {
            throw new PeopleRuleException(messages.get("org.error.postGone"));
        }
    }
}
