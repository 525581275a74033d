package org.nineones.store;

import static org.nineones.store.jooq.Tables.AUDIT_LOG;

import java.util.List;

import org.jooq.DSLContext;

/** Who changed what and when; written in the same transaction as the change. */
public final class AuditLog {

    /** One entry of the log. */
    public record Entry(long id, String at, String actor, String action, String entity, Long entityId, String detail) {
    }

    private final DSLContext dsl;
    private final String actor;

    AuditLog(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    public void record(String action, String entity, Long entityId, String detail) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId == null ? null : entityId.intValue())
                .set(AUDIT_LOG.DETAIL, detail == null ? "" : detail)
                .execute();
    }

    public List<Entry> latest(int limit) {
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit).fetch(r -> new Entry(r.getId(),
                r.getAt(), r.getActor(), r.getAction(), r.getEntity(),
                r.getEntityId() == null ? null : r.getEntityId().longValue(), r.getDetail()));
    }
}
