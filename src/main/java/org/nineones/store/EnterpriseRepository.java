package org.nineones.store;

import static org.nineones.store.jooq.Tables.ENTERPRISE;

import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.nineones.model.Enterprise;
import org.nineones.store.jooq.tables.records.EnterpriseRecord;

/** The single enterprise row of a workspace. */
public final class EnterpriseRepository {

    private final DSLContext dsl;

    EnterpriseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Enterprise> find() {
        return dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.ID.eq(1)).fetchOptional().map(EnterpriseRepository::toModel);
    }

    public Enterprise get() {
        return find().orElseThrow(() -> new IllegalStateException("workspace has no enterprise row"));
    }

    void insert(Enterprise e) {
        EnterpriseRecord r = dsl.newRecord(ENTERPRISE);
        r.setId(1);
        fill(r, e);
        r.insert();
    }

    public void update(Enterprise e) {
        EnterpriseRecord r = dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.ID.eq(1)).fetchSingle();
        fill(r, e);
        r.update();
        dsl.update(ENTERPRISE).set(ENTERPRISE.UPDATED_AT, DSL.field("CURRENT_TIMESTAMP", String.class))
                .where(ENTERPRISE.ID.eq(1)).execute();
    }

    private static void fill(EnterpriseRecord r, Enterprise e) {
        r.setName(e.name());
        r.setCreditCode(nz(e.creditCode()));
        r.setIndustry(nz(e.industry()));
        r.setHighRisk(e.highRisk() ? 1 : 0);
        r.setCounty(nz(e.county()));
        r.setAddress(nz(e.address()));
        r.setPrincipal(nz(e.principal()));
        r.setContactPhone(nz(e.contactPhone()));
        r.setEmergencyPhone(nz(e.emergencyPhone()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Enterprise toModel(EnterpriseRecord r) {
        return new Enterprise(r.getName(), r.getCreditCode(), r.getIndustry(), r.getHighRisk() != null && r.getHighRisk() == 1,
                r.getCounty(), r.getAddress(), r.getPrincipal(), r.getContactPhone(), r.getEmergencyPhone());
    }
}
