package org.nineones.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The one "record in force" condition of the correction chains of people's records (V3: letters, attendance, exam
 * results, reward entries): a final row is mended by a later row whose {@code corrects_id} names it, so a row is in
 * force when no row corrects it (the end of its chain) and it is not voided (a withdrawal). The same condition as a
 * jOOQ condition, as SQL text for the JDBC queries, and over rows already read. Assessments refine it in their
 * service: a signed record stays in force while its correction is open.
 */
public final class InForce {

    private InForce() {
    }

    /** No row of {@code table} corrects the row ({@code id}): it ends its chain, in force or voided. */
    public static Condition endOfChain(Table<?> table, Field<Integer> id, Field<Integer> correctsId) {
        Table<?> later = table.as("later_" + table.getName());
        return DSL.notExists(DSL.selectOne().from(later).where(later.field(correctsId).eq(id)));
    }

    /** The row ends its chain and is not voided. */
    public static Condition of(Table<?> table, Field<Integer> id, Field<Integer> correctsId, Field<Integer> voided) {
        return voided.eq(0).and(endOfChain(table, id, correctsId));
    }

    /** {@link #endOfChain} as SQL text, for row {@code alias} of {@code table}. */
    public static String endOfChainSql(String table, String alias) {
        return "NOT EXISTS (SELECT 1 FROM " + table + " later WHERE later.corrects_id = " + alias + ".id)";
    }

    /** {@link #of} as SQL text, for row {@code alias} of {@code table}. */
    public static String sql(String table, String alias) {
        return alias + ".voided = 0 AND " + endOfChainSql(table, alias);
    }

    /** The rows among {@code rows} that end their chain (voided ones too), in their order. */
    public static <T> List<T> endsOfChains(List<T> rows, Function<T, Long> id, Function<T, Long> correctsId) {
        Set<Long> corrected = new HashSet<>();
        rows.forEach(r -> {
            if (correctsId.apply(r) != null) {
                corrected.add(correctsId.apply(r));
            }
        });
        return rows.stream().filter(r -> !corrected.contains(id.apply(r))).toList();
    }

    /** The rows among {@code rows} in force: ending their chain and not voided, in their order. */
    public static <T> List<T> of(List<T> rows, Function<T, Long> id, Function<T, Long> correctsId,
                                 Predicate<T> voided) {
        return endsOfChains(rows, id, correctsId).stream().filter(voided.negate()).toList();
    }
}
