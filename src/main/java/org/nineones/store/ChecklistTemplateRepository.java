package org.nineones.store;

import static org.nineones.store.jooq.Tables.CHECKLIST_TEMPLATE;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.nineones.model.acceptance.StoredChecklist;

/** The checklist templates imported into this workspace, one row per name and version; never changed or deleted. */
public final class ChecklistTemplateRepository {

    private final DSLContext dsl;

    ChecklistTemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a version and returns it with its id and import time. */
    public StoredChecklist insert(String name, String version, String sha256, String body) {
        int id = dsl.insertInto(CHECKLIST_TEMPLATE)
                .set(CHECKLIST_TEMPLATE.NAME, name)
                .set(CHECKLIST_TEMPLATE.VERSION, version)
                .set(CHECKLIST_TEMPLATE.SHA256, sha256)
                .set(CHECKLIST_TEMPLATE.BODY, body)
                .returningResult(CHECKLIST_TEMPLATE.ID).fetchOne().value1();
        return dsl.selectFrom(CHECKLIST_TEMPLATE).where(CHECKLIST_TEMPLATE.ID.eq(id)).fetchOne(this::map);
    }

    /** The version of this name and version, if imported. */
    public Optional<StoredChecklist> find(String name, String version) {
        return dsl.selectFrom(CHECKLIST_TEMPLATE)
                .where(CHECKLIST_TEMPLATE.NAME.eq(name).and(CHECKLIST_TEMPLATE.VERSION.eq(version)))
                .fetchOptional(this::map);
    }

    /** Every imported version, in the order they were imported. */
    public List<StoredChecklist> all() {
        return dsl.selectFrom(CHECKLIST_TEMPLATE).orderBy(CHECKLIST_TEMPLATE.ID).fetch(this::map);
    }

    private StoredChecklist map(Record r) {
        return new StoredChecklist(r.get(CHECKLIST_TEMPLATE.ID).longValue(), r.get(CHECKLIST_TEMPLATE.NAME),
                r.get(CHECKLIST_TEMPLATE.VERSION), r.get(CHECKLIST_TEMPLATE.SHA256),
                r.get(CHECKLIST_TEMPLATE.IMPORTED_AT), r.get(CHECKLIST_TEMPLATE.BODY));
    }
}
