package org.nineones.store;

import org.jooq.DSLContext;

/** The repositories bound to one read or one transaction; handed out by {@link Workspace}. */
public final class Store {

    private final DSLContext dsl;
    private final String actor;

    Store(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    public EnterpriseRepository enterprise() {
        return new EnterpriseRepository(dsl);
    }

    public OrgUnitRepository orgUnits() {
        return new OrgUnitRepository(dsl);
    }

    public PostRepository posts() {
        return new PostRepository(dsl);
    }

    public EmployeeRepository employees() {
        return new EmployeeRepository(dsl);
    }

    public AuditLog audit() {
        return new AuditLog(dsl, actor);
    }
}
