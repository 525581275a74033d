package org.nineones.store;

import org.jooq.DSLContext;

/** SQLite row ids: jOOQ does not see an INTEGER PRIMARY KEY as an identity, so ask SQLite for the last one. */
final class Ids {

    private Ids() {
    }

    static long lastInserted(DSLContext dsl) {
        Long id = dsl.fetchValue(org.jooq.impl.DSL.field("last_insert_rowid()", Long.class));
        if (id == null || id == 0) {
            throw new IllegalStateException("no row was inserted");
        }
        return id;
    }
}
