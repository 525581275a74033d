package org.nineones.service.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.excel.ColumnMapping;
import org.nineones.excel.RosterField;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.service.Progress;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * Writes a previewed roster in one transaction. People already in the workspace (same ID number) are updated:
 * the roster's columns replace their values, fields the roster has no column for keep theirs.
 */
final class RosterCommitter {

    private static final int PROGRESS_STEP = 1000;

    private final Messages messages;
    private final PostCatalog catalog;

    RosterCommitter(Messages messages, PostCatalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    ImportResult commit(Workspace workspace, RosterPreview preview, Progress progress) {
        progress.checkCancelled();
        List<PersonRow> people = preview.people();
        ColumnMapping mapping = preview.mapping();
        return workspace.write(store -> {
            OrgResolver resolver = new OrgResolver(store.enterprise().get().name(), store.orgUnits().all(),
                    store.posts().all(), catalog, new StoreSink(store, catalog));
            Map<String, Long> ids = store.employees().idsByIdNumber();
            Map<Long, Employee> existing = new HashMap<>();
            if (people.stream().anyMatch(p -> ids.containsKey(p.idNumber().value()))) {
                store.employees().all().forEach(e -> existing.put(e.id(), e));
            }
            List<Employee> batch = new ArrayList<>(people.size());
            int updated = 0;
            for (int i = 0; i < people.size(); i++) {
                if (i % PROGRESS_STEP == 0) {
                    progress.checkCancelled();
                    progress.update(i, people.size(), messages.get("roster.progress.writing", i, people.size()));
                }
                PersonRow person = people.get(i);
                Long id = ids.get(person.idNumber().value());
                Employee old = id == null ? null : existing.get(id);
                batch.add(employee(person, old, mapping, resolver.place(person)));
                updated += old == null ? 0 : 1;
            }
            store.employees().saveAll(batch);
            int inserted = batch.size() - updated;
            List<String> posts = resolver.createdPosts().stream().map(p -> describe(messages, p, resolver)).toList();
            store.audit().record("import", "roster", null, messages.get("roster.audit", inserted, updated,
                    preview.invalid(), resolver.createdUnits().size(), posts.size()));
            progress.update(people.size(), people.size(), messages.get("roster.progress.done", inserted, updated));
            return new ImportResult(inserted, updated, preview.invalid(), resolver.createdUnits(), posts);
        });
    }

    private static Employee employee(PersonRow p, Employee old, ColumnMapping m, OrgResolver.Placement placement) {
        boolean orgGiven = m.has(RosterField.DEPARTMENT) || m.has(RosterField.WORKSHOP) || m.has(RosterField.TEAM);
        Long orgUnitId = old != null && !orgGiven ? old.orgUnitId() : Long.valueOf(placement.orgUnitId());
        Long postId = old != null && !m.has(RosterField.POST) ? old.postId() : placement.postId();
        EmployeeStatus status = p.status() != null ? p.status()
                : old != null && !m.has(RosterField.STATUS) ? old.status() : EmployeeStatus.ACTIVE;
        return new Employee(old == null ? null : old.id(), p.name(), p.gender(), p.idNumber(),
                pick(m, RosterField.EMPLOYEE_NUMBER, p.employeeNumber(), old == null ? null : old.employeeNumber()),
                pick(m, RosterField.PHONE, p.phone(), old == null ? null : old.phone()),
                orgUnitId, postId,
                pick(m, RosterField.HIRE_DATE, p.hireDate(), old == null ? null : old.hireDate()),
                status,
                pick(m, RosterField.CERTIFICATE_NUMBER, p.certificateNumber(), old == null ? null : old.certificateNumber()),
                pick(m, RosterField.CERTIFICATE_EXPIRY, p.certificateExpiry(), old == null ? null : old.certificateExpiry()));
    }

    private static <T> T pick(ColumnMapping m, RosterField field, T fromRoster, T kept) {
        return m.has(field) ? fromRoster : kept;
    }

    static String describe(Messages messages, Post post, OrgResolver resolver) {
        return messages.get("roster.createdPost", resolver.pathOf(post.orgUnitId()), post.name(),
                messages.of(post.category()));
    }

    /** Inserts what the resolver finds missing; a new post gets its category's default duties. */
    private static final class StoreSink implements OrgResolver.Sink {
        private final Store store;
        private final PostCatalog catalog;

        StoreSink(Store store, PostCatalog catalog) {
            this.store = store;
            this.catalog = catalog;
        }

        @Override
        public OrgUnit createUnit(OrgUnit unit) {
            return store.orgUnits().insert(unit);
        }

        @Override
        public Post createPost(Post post) {
            Post saved = store.posts().insert(post);
            store.posts().replaceDuties(saved.id(), catalog.defaultDuties(saved.category()));
            return saved;
        }
    }
}
