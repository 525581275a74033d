package org.nineones.store;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jooq.DSLContext;

/**
 * SQLite row ids: jOOQ does not see an INTEGER PRIMARY KEY as an identity, so ask SQLite for the last one; and an
 * id column of a lean JDBC read, which may be NULL.
 */
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

    /** The id in a column of the current row, or null when the column is NULL. */
    static Long orNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
