package org.nineones.store;

import static org.nineones.store.jooq.Tables.EMPLOYEE;
import static org.nineones.store.jooq.Tables.ORG_UNIT;
import static org.nineones.store.jooq.Tables.POST;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.store.jooq.tables.records.OrgUnitRecord;

/** The org tree. */
public final class OrgUnitRepository {

    private final DSLContext dsl;

    OrgUnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<OrgUnit> all() {
        return dsl.selectFrom(ORG_UNIT).orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.ID).fetch(OrgUnitRepository::toModel);
    }

    public Optional<OrgUnit> find(long id) {
        return dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq((int) id)).fetchOptional().map(OrgUnitRepository::toModel);
    }

    public Optional<OrgUnit> root() {
        return dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.PARENT_ID.isNull()).orderBy(ORG_UNIT.ID).limit(1)
                .fetchOptional().map(OrgUnitRepository::toModel);
    }

    public OrgUnit insert(OrgUnit unit) {
        OrgUnitRecord r = dsl.newRecord(ORG_UNIT);
        r.setParentId(unit.parentId() == null ? null : unit.parentId().intValue());
        r.setName(unit.name());
        r.setKind(unit.kind().name());
        r.setSortOrder(unit.sortOrder());
        r.insert();
        return unit.withId(Ids.lastInserted(dsl));
    }

    public void update(OrgUnit unit) {
        dsl.update(ORG_UNIT)
                .set(ORG_UNIT.PARENT_ID, unit.parentId() == null ? null : unit.parentId().intValue())
                .set(ORG_UNIT.NAME, unit.name())
                .set(ORG_UNIT.KIND, unit.kind().name())
                .set(ORG_UNIT.SORT_ORDER, unit.sortOrder())
                .where(ORG_UNIT.ID.eq(unit.id().intValue()))
                .execute();
    }

    /** True when the unit has no child units, posts or people, and so can be deleted. */
    public boolean isEmpty(long id) {
        int key = (int) id;
        return !dsl.fetchExists(ORG_UNIT, ORG_UNIT.PARENT_ID.eq(key))
                && !dsl.fetchExists(POST, POST.ORG_UNIT_ID.eq(key))
                && !dsl.fetchExists(EMPLOYEE, EMPLOYEE.ORG_UNIT_ID.eq(key));
    }

    public void delete(long id) {
        dsl.deleteFrom(ORG_UNIT).where(ORG_UNIT.ID.eq((int) id)).execute();
    }

    public int count() {
        return dsl.fetchCount(ORG_UNIT);
    }

    private static OrgUnit toModel(OrgUnitRecord r) {
        return new OrgUnit(r.getId().longValue(), r.getParentId() == null ? null : r.getParentId().longValue(),
                r.getName(), OrgUnitKind.valueOf(r.getKind()), r.getSortOrder());
    }
}
