package org.nineones.store;

import static org.nineones.store.desk.jooq.Tables.DESK_CITY_CHECK;
import static org.nineones.store.desk.jooq.Tables.DESK_CITY_CHECK_ENTERPRISE;
import static org.nineones.store.desk.jooq.Tables.DESK_CITY_CHECK_STRATUM;
import static org.nineones.store.desk.jooq.Tables.DESK_CITY_INSPECTION;
import static org.nineones.store.desk.jooq.Tables.DESK_INSPECTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.county.CityCheck;
import org.nineones.model.county.CityInspection;
import org.nineones.model.county.DeskInspection;
import org.nineones.store.desk.jooq.tables.records.DeskCityCheckRecord;

/**
 * The city's spot checks on the county desk (decision 0027), on SQLite or PostgreSQL alike: a check with its plan and
 * its frame (the drawn enterprises marked), and the city's re-inspections loaded for it, each kept once per check by
 * its uid. A check is never changed once written.
 */
public final class DeskCityChecks {

    private final DSLContext dsl;
    private final String actor;

    DeskCityChecks(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /**
     * Records a draw: the check (its uid, drawnBy and drawnAt are given here), its plan and its whole frame in frame
     * order, each drawn enterprise with its place in the draw. Returns the check as kept.
     */
    public CityCheck insert(CityCheck check, List<CityCheck.Enterprise> frame) {
        String uid = java.util.UUID.randomUUID().toString();
        dsl.insertInto(DESK_CITY_CHECK).set(DESK_CITY_CHECK.UID, uid).set(DESK_CITY_CHECK.COUNTY, check.county())
                .set(DESK_CITY_CHECK.BATCH_UID, check.batchUid()).set(DESK_CITY_CHECK.SEED, check.seed())
                .set(DESK_CITY_CHECK.ALGORITHM, check.algorithm())
                .set(DESK_CITY_CHECK.FRAME_SHA256, check.frameSha256())
                .set(DESK_CITY_CHECK.POPULATION, check.population()).set(DESK_CITY_CHECK.RULE, check.rule())
                .set(DESK_CITY_CHECK.RULE_SIZE, check.ruleSize()).set(DESK_CITY_CHECK.DRAWN_BY, actor)
                .set(DESK_CITY_CHECK.DRAWN_AT, DeskStore.now()).execute();
        BatchBindStep strata = dsl.batch(dsl.insertInto(DESK_CITY_CHECK_STRATUM, DESK_CITY_CHECK_STRATUM.CHECK_UID,
                DESK_CITY_CHECK_STRATUM.POSITION, DESK_CITY_CHECK_STRATUM.STRATUM,
                DESK_CITY_CHECK_STRATUM.ENTERPRISES, DESK_CITY_CHECK_STRATUM.ALLOTTED,
                DESK_CITY_CHECK_STRATUM.DRAWN).values((String) null, null, null, null, null, null));
        int position = 0;
        for (CityCheck.Stratum s : check.plan()) {
            strata.bind(uid, ++position, s.stratum(), s.enterprises(), s.allotted(), s.drawn());
        }
        BatchBindStep rows = dsl.batch(dsl.insertInto(DESK_CITY_CHECK_ENTERPRISE,
                DESK_CITY_CHECK_ENTERPRISE.CHECK_UID, DESK_CITY_CHECK_ENTERPRISE.FRAME_POSITION,
                DESK_CITY_CHECK_ENTERPRISE.CREDIT_CODE, DESK_CITY_CHECK_ENTERPRISE.ENTERPRISE_NAME,
                DESK_CITY_CHECK_ENTERPRISE.STRATUM, DESK_CITY_CHECK_ENTERPRISE.INSPECTION_UID,
                DESK_CITY_CHECK_ENTERPRISE.DRAW_NUMBER, DESK_CITY_CHECK_ENTERPRISE.DRAWN_POSITION)
                .values((String) null, null, null, null, null, null, null, null));
        position = 0;
        for (CityCheck.Enterprise e : frame) {
            rows.bind(uid, ++position, e.creditCode(), e.enterpriseName(), e.stratum(), e.inspectionUid(),
                    e.drawNumber(), e.drawnPosition());
        }
        if (strata.size() > 0) {
            strata.execute();
        }
        if (rows.size() > 0) {
            rows.execute();
        }
        return check(uid).orElseThrow();
    }

    /** A check with its plan and the enterprises drawn, in draw order. */
    public Optional<CityCheck> check(String uid) {
        return dsl.selectFrom(DESK_CITY_CHECK).where(DESK_CITY_CHECK.UID.eq(uid)).fetchOptional().map(this::check);
    }

    /** The checks of a county ({@code null}: of every county), the latest drawn first. */
    public List<CityCheck> checks(String county) {
        Condition which = county == null ? DSL.trueCondition() : DESK_CITY_CHECK.COUNTY.eq(county);
        List<CityCheck> all = new ArrayList<>();
        for (DeskCityCheckRecord r : dsl.selectFrom(DESK_CITY_CHECK).where(which)
                .orderBy(DESK_CITY_CHECK.DRAWN_AT.desc(), DESK_CITY_CHECK.UID).fetch()) {
            all.add(check(r));
        }
        return all;
    }

    private CityCheck check(DeskCityCheckRecord r) {
        List<CityCheck.Stratum> plan = dsl.selectFrom(DESK_CITY_CHECK_STRATUM)
                .where(DESK_CITY_CHECK_STRATUM.CHECK_UID.eq(r.getUid())).orderBy(DESK_CITY_CHECK_STRATUM.POSITION)
                .fetch(s -> new CityCheck.Stratum(s.getStratum(), s.getEnterprises(), s.getAllotted(), s.getDrawn()));
        List<CityCheck.Enterprise> drawn = enterprises(r.getUid(),
                DESK_CITY_CHECK_ENTERPRISE.DRAWN_POSITION.isNotNull());
        return new CityCheck(r.getUid(), r.getCounty(), r.getBatchUid(), r.getSeed(), r.getAlgorithm(),
                r.getFrameSha256(), r.getPopulation(), r.getRule(), r.getRuleSize(), r.getDrawnBy(), r.getDrawnAt(),
                plan, drawn);
    }

    /** A check's whole frame, in frame order. */
    public List<CityCheck.Enterprise> frame(String checkUid) {
        return enterprises(checkUid, DSL.trueCondition());
    }

    private List<CityCheck.Enterprise> enterprises(String checkUid, Condition which) {
        var e = DESK_CITY_CHECK_ENTERPRISE;
        return dsl.selectFrom(e).where(e.CHECK_UID.eq(checkUid).and(which))
                .orderBy(DSL.coalesce(e.DRAWN_POSITION, DSL.inline(Integer.MAX_VALUE)), e.FRAME_POSITION)
                .fetch(r -> new CityCheck.Enterprise(r.getCreditCode(), r.getEnterpriseName(), r.getStratum(),
                        r.getInspectionUid(), r.getDrawNumber(), r.getDrawnPosition()));
    }

    /** True when the desk holds this inspection as a county's (loaded from a county's inspection file). */
    public boolean isCountyInspection(String uid) {
        return dsl.fetchExists(DESK_INSPECTION, DESK_INSPECTION.UID.eq(uid));
    }

    /** True when the desk holds this inspection as the city's re-inspection, for any check. */
    public boolean isCityInspection(String uid) {
        return dsl.fetchExists(DESK_CITY_INSPECTION, DESK_CITY_INSPECTION.UID.eq(uid));
    }

    /** Keeps a re-inspection of the city for its check, once by its uid; true when it was new. */
    public boolean put(CityInspection i) {
        return dsl.insertInto(DESK_CITY_INSPECTION).set(DESK_CITY_INSPECTION.CHECK_UID, i.checkUid())
                .set(DESK_CITY_INSPECTION.UID, i.uid()).set(DESK_CITY_INSPECTION.CREDIT_CODE, i.creditCode())
                .set(DESK_CITY_INSPECTION.ENTERPRISE_NAME, i.enterpriseName())
                .set(DESK_CITY_INSPECTION.SIGNED_AT, i.signedAt())
                .set(DESK_CITY_INSPECTION.SCORE_HUNDREDTHS, DeskRepository.hundredths(i.score()))
                .set(DESK_CITY_INSPECTION.MAX_SCORE_HUNDREDTHS, DeskRepository.hundredths(i.maxScore()))
                .set(DESK_CITY_INSPECTION.CONCLUSION, i.conclusion().name())
                .set(DESK_CITY_INSPECTION.VETOES, i.vetoes()).set(DESK_CITY_INSPECTION.SOURCE_FILE, i.sourceFile())
                .set(DESK_CITY_INSPECTION.LOADED_BY, actor).set(DESK_CITY_INSPECTION.LOADED_AT, DeskStore.now())
                .onConflictDoNothing().execute() > 0;
    }

    /** The city's re-inspections loaded for a check, by credit code, the latest signed first. */
    public List<CityInspection> inspections(String checkUid) {
        var c = DESK_CITY_INSPECTION;
        return dsl.selectFrom(c).where(c.CHECK_UID.eq(checkUid))
                .orderBy(c.CREDIT_CODE, c.SIGNED_AT.desc(), c.UID.desc())
                .fetch(r -> new CityInspection(r.getCheckUid(), r.getUid(), r.getCreditCode(), r.getEnterpriseName(),
                        r.getSignedAt(), DeskRepository.fromHundredths(r.getScoreHundredths()),
                        DeskRepository.fromHundredths(r.getMaxScoreHundredths()), Conclusion.valueOf(r.getConclusion()),
                        r.getVetoes(), r.getSourceFile()));
    }

    /** The county's inspections a check's drawn enterprises were drawn with, as the desk keeps them. */
    public List<DeskInspection> countyInspections(String checkUid) {
        DeskRepository desk = new DeskRepository(dsl, actor);
        List<DeskInspection> all = new ArrayList<>();
        for (String uid : dsl.select(DESK_CITY_CHECK_ENTERPRISE.INSPECTION_UID).from(DESK_CITY_CHECK_ENTERPRISE)
                .where(DESK_CITY_CHECK_ENTERPRISE.CHECK_UID.eq(checkUid)
                        .and(DESK_CITY_CHECK_ENTERPRISE.DRAWN_POSITION.isNotNull()))
                .orderBy(DESK_CITY_CHECK_ENTERPRISE.DRAWN_POSITION).fetch(r -> r.value1())) {
            desk.inspection(uid).ifPresent(all::add);
        }
        return all;
    }
}
