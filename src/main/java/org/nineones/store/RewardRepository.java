package org.nineones.store;

import static org.nineones.store.jooq.Tables.REWARD_ENTRY;
import static org.nineones.store.jooq.Tables.REWARD_RULE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;

/**
 * The reward and penalty rules and ledger (decision 0016). Rules may be edited and deactivated; ledger entries are
 * final (SQLite triggers refuse an update or a delete): a correction is a new row naming the one it replaces.
 * Amounts and points are read and written as doubles (the generated REAL columns are floats, too coarse for money).
 */
public final class RewardRepository {

    private static final org.nineones.store.jooq.tables.RewardEntry E = REWARD_ENTRY;
    private static final org.nineones.store.jooq.tables.RewardRule R = REWARD_RULE;
    private static final Field<Double> E_AMOUNT = DSL.field(DSL.name("reward_entry", "amount"), SQLDataType.DOUBLE);
    private static final Field<Double> E_POINTS = DSL.field(DSL.name("reward_entry", "points"), SQLDataType.DOUBLE);
    private static final Field<Double> R_AMOUNT = DSL.field(DSL.name("reward_rule", "amount"), SQLDataType.DOUBLE);
    private static final Field<Double> R_POINTS = DSL.field(DSL.name("reward_rule", "points"), SQLDataType.DOUBLE);
    private static final Field<Double> AMOUNT = DSL.field(DSL.name("amount"), SQLDataType.DOUBLE);
    private static final Field<Double> POINTS = DSL.field(DSL.name("points"), SQLDataType.DOUBLE);

    private final DSLContext dsl;
    private final String actor;

    RewardRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    // ---- rules

    /** Every rule, by code. */
    public List<RewardRule> rules() {
        return dsl.select(R.ID, R.CODE, R.KIND, R.DESCRIPTION, R_AMOUNT, R_POINTS, R.ACTIVE).from(R).orderBy(R.CODE)
                .fetch(RewardRepository::toRule);
    }

    public Optional<RewardRule> rule(long id) {
        return dsl.select(R.ID, R.CODE, R.KIND, R.DESCRIPTION, R_AMOUNT, R_POINTS, R.ACTIVE).from(R)
                .where(R.ID.eq((int) id)).fetchOptional(RewardRepository::toRule);
    }

    public Optional<RewardRule> ruleByCode(String code) {
        return dsl.select(R.ID, R.CODE, R.KIND, R.DESCRIPTION, R_AMOUNT, R_POINTS, R.ACTIVE).from(R)
                .where(R.CODE.eq(code)).fetchOptional(RewardRepository::toRule);
    }

    public RewardRule insertRule(RewardRule rule) {
        dsl.insertInto(R)
                .set(R.CODE, rule.code())
                .set(R.KIND, rule.kind().name())
                .set(R.DESCRIPTION, rule.description())
                .set(AMOUNT, rule.amount())
                .set(POINTS, rule.points())
                .set(R.ACTIVE, rule.active() ? 1 : 0)
                .execute();
        return rule.withId(Ids.lastInserted(dsl));
    }

    /** Changes a rule's text, kind, amounts and active flag; entries already written keep what they were given. */
    public void updateRule(RewardRule rule) {
        dsl.update(R)
                .set(R.CODE, rule.code())
                .set(R.KIND, rule.kind().name())
                .set(R.DESCRIPTION, rule.description())
                .set(AMOUNT, rule.amount())
                .set(POINTS, rule.points())
                .set(R.ACTIVE, rule.active() ? 1 : 0)
                .where(R.ID.eq(rule.id().intValue()))
                .execute();
    }

    /** How many ledger rows (any, corrections too) name the rule. */
    public int entriesUsing(long ruleId) {
        return dsl.fetchCount(E, E.RULE_ID.eq((int) ruleId));
    }

    /** Deletes a rule no entry uses; false when entries use it (it must be deactivated instead). */
    public boolean deleteUnusedRule(long ruleId) {
        if (entriesUsing(ruleId) > 0) {
            return false;
        }
        return dsl.deleteFrom(R).where(R.ID.eq((int) ruleId)).execute() == 1;
    }

    private static RewardRule toRule(Record r) {
        return new RewardRule(r.get(R.ID).longValue(), r.get(R.CODE), RewardKind.valueOf(r.get(R.KIND)),
                r.get(R.DESCRIPTION), money(r.get(R_AMOUNT)), money(r.get(R_POINTS)), r.get(R.ACTIVE) == 1);
    }

    // ---- ledger

    /**
     * Writes one final ledger row (an original, or a correction when {@code correctsId} is set), recorded by the
     * workspace's actor; returns it as stored.
     */
    public RewardEntry insertEntry(RewardEntry entry) {
        dsl.insertInto(E)
                .set(E.OCCURRED_ON, entry.occurredOn().toString())
                .set(E.EMPLOYEE_ID, toInt(entry.employeeId()))
                .set(E.ORG_UNIT_ID, toInt(entry.orgUnitId()))
                .set(E.KIND, entry.kind().name())
                .set(E.REASON, entry.reason())
                .set(E.RULE_ID, toInt(entry.ruleId()))
                .set(E.DUTY_VERSION_ID, toInt(entry.dutyVersionId()))
                .set(E.DUTY_POSITION, entry.dutyPosition())
                .set(E.DUTY_TEXT, entry.dutyText() == null ? "" : entry.dutyText())
                .set(AMOUNT, entry.amount())
                .set(POINTS, entry.points())
                .set(E.APPROVED_BY, entry.approvedBy())
                .set(E.VOIDED, entry.voided() ? 1 : 0)
                .set(E.CORRECTS_ID, toInt(entry.correctsId()))
                .set(E.CORRECTION_REASON, entry.correctionReason())
                .set(E.RECORDED_BY, actor)
                .execute();
        return entry(Ids.lastInserted(dsl)).orElseThrow();
    }

    /** Writes many final ledger rows at once (an import), recorded by the workspace's actor; returns their ids in order. */
    public List<Long> insertEntries(List<RewardEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Long before = dsl.select(DSL.max(E.ID)).from(E).fetchOne(0, Long.class);
        var batch = dsl.batch(dsl.insertInto(E, E.OCCURRED_ON, E.EMPLOYEE_ID, E.ORG_UNIT_ID, E.KIND, E.REASON, E.RULE_ID,
                        E.DUTY_VERSION_ID, E.DUTY_POSITION, E.DUTY_TEXT, AMOUNT, POINTS, E.APPROVED_BY, E.VOIDED,
                        E.CORRECTS_ID, E.CORRECTION_REASON, E.RECORDED_BY)
                .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null));
        for (RewardEntry e : entries) {
            batch.bind(e.occurredOn().toString(), toInt(e.employeeId()), toInt(e.orgUnitId()), e.kind().name(),
                    e.reason(), toInt(e.ruleId()), toInt(e.dutyVersionId()), e.dutyPosition(),
                    e.dutyText() == null ? "" : e.dutyText(), e.amount(), e.points(), e.approvedBy(),
                    e.voided() ? 1 : 0, toInt(e.correctsId()), e.correctionReason(), actor);
        }
        batch.execute();
        return dsl.select(E.ID).from(E).where(E.ID.gt(before == null ? 0 : before.intValue())).orderBy(E.ID)
                .fetch(r -> r.value1().longValue());
    }

    public Optional<RewardEntry> entry(long id) {
        return dsl.select(entryFields()).from(E).where(E.ID.eq((int) id)).fetchOptional(RewardRepository::toEntry);
    }

    /** The row that corrects {@code id}, if any (at most one: corrects_id is unique). */
    public Optional<RewardEntry> correctionOf(long id) {
        return dsl.select(entryFields()).from(E).where(E.CORRECTS_ID.eq((int) id))
                .fetchOptional(RewardRepository::toEntry);
    }

    /**
     * The entries in force (no row corrects them, not voided) whose day is in {@code [from, to]} (either may be
     * null for open), by day then id.
     */
    public List<RewardEntry> inForce(LocalDate from, LocalDate to) {
        Condition c = inForceCondition();
        if (from != null) {
            c = c.and(E.OCCURRED_ON.ge(from.toString()));
        }
        if (to != null) {
            c = c.and(E.OCCURRED_ON.le(to.toString()));
        }
        return dsl.select(entryFields()).from(E).where(c).orderBy(E.OCCURRED_ON, E.ID).fetch(RewardRepository::toEntry);
    }

    /** True when the row is the end of its chain (no row corrects it). */
    public boolean isLatest(long id) {
        return !dsl.fetchExists(E, E.CORRECTS_ID.eq((int) id));
    }

    /**
     * The whole chain the row belongs to, original first: the original, then each correction in turn, ending with
     * the row in force (or the voiding row).
     */
    public List<RewardEntry> chain(long id) {
        RewardEntry at = entry(id).orElse(null);
        if (at == null) {
            return List.of();
        }
        int guard = 0;
        while (at.correctsId() != null && guard++ < 10_000) {
            at = entry(at.correctsId()).orElseThrow();
        }
        List<RewardEntry> chain = new ArrayList<>();
        chain.add(at);
        Optional<RewardEntry> next = correctionOf(at.id());
        while (next.isPresent() && chain.size() < 10_000) {
            chain.add(next.get());
            next = correctionOf(next.get().id());
        }
        return chain;
    }

    /** Ids of the rows in force that replace an earlier row (their chain has a correction). */
    public List<Long> correctedInForce() {
        return dsl.select(E.ID).from(E).where(inForceCondition().and(E.CORRECTS_ID.isNotNull()))
                .fetch(r -> r.value1().longValue());
    }

    public int countEntries() {
        return dsl.fetchCount(E);
    }

    private static Condition inForceCondition() {
        return InForce.of(E, E.ID, E.CORRECTS_ID, E.VOIDED);
    }

    private static List<Field<?>> entryFields() {
        return List.of(E.ID, E.OCCURRED_ON, E.EMPLOYEE_ID, E.ORG_UNIT_ID, E.KIND, E.REASON, E.RULE_ID,
                E.DUTY_VERSION_ID, E.DUTY_POSITION, E.DUTY_TEXT, E_AMOUNT, E_POINTS, E.APPROVED_BY, E.VOIDED,
                E.CORRECTS_ID, E.CORRECTION_REASON, E.RECORDED_BY, E.RECORDED_AT);
    }

    private static RewardEntry toEntry(Record r) {
        return new RewardEntry(r.get(E.ID).longValue(), IsoDates.date(r.get(E.OCCURRED_ON)),
                toLong(r.get(E.EMPLOYEE_ID)), toLong(r.get(E.ORG_UNIT_ID)), RewardKind.valueOf(r.get(E.KIND)),
                r.get(E.REASON), toLong(r.get(E.RULE_ID)), toLong(r.get(E.DUTY_VERSION_ID)), r.get(E.DUTY_POSITION),
                r.get(E.DUTY_TEXT), money(r.get(E_AMOUNT)), money(r.get(E_POINTS)), r.get(E.APPROVED_BY),
                r.get(E.VOIDED) == 1, toLong(r.get(E.CORRECTS_ID)), r.get(E.CORRECTION_REASON), r.get(E.RECORDED_BY),
                r.get(E.RECORDED_AT));
    }

    private static double money(Double value) {
        return value == null ? 0 : Math.round(value * 100) / 100.0;
    }

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

}
