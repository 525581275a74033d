package org.nineones.store;

import static org.nineones.store.desk.jooq.Tables.DESK_BATCH;
import static org.nineones.store.desk.jooq.Tables.DESK_BATCH_ENTERPRISE;
import static org.nineones.store.desk.jooq.Tables.DESK_FINDING;
import static org.nineones.store.desk.jooq.Tables.DESK_INSPECTION;
import static org.nineones.store.desk.jooq.Tables.DESK_LINE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.county.BatchEnterprise;
import org.nineones.model.county.DeskBatch;
import org.nineones.model.county.DeskInspection;
import org.nineones.model.county.DeskInspection.DeskFinding;
import org.nineones.model.county.DeskInspection.DeskLine;

/**
 * The county desk's inspections and batches (decision 0025), on SQLite or PostgreSQL alike. An inspection is kept once
 * by its uid: putting it again adds only what is new (its signature when it was not signed before, findings not seen
 * yet) and takes each finding's status (open, or closed on the day the inspector accepted it) as the file now gives
 * it; a signed result never changes. The summary's queries are in {@link DeskSummaryQueries}.
 */
public final class DeskRepository {

    /** What putting an inspection did. */
    public enum Put {
        /** It was new. */
        ADDED,
        /** It was known unsigned and is now signed. */
        SIGNED_NOW,
        /** It was known; findings not seen before were added (and others may have changed status). */
        FINDINGS_ADDED,
        /**
         * It was known; only the status of findings it had changed: the inspector accepted a rectification (closed,
         * on the day accepted) or sent one back (open again) since it was loaded.
         */
        FINDINGS_CHANGED,
        /** It was known as it is: nothing changed. */
        UNCHANGED
    }

    private final DSLContext dsl;
    private final String actor;

    DeskRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** The summary's queries, in the same connection. */
    public DeskSummaryQueries summary() {
        return new DeskSummaryQueries(dsl);
    }

    /** The city's spot checks and re-inspections (decision 0027), in the same connection. */
    public DeskCityChecks cityChecks() {
        return new DeskCityChecks(dsl, actor);
    }

    // ---- inspections

    /** Keeps an inspection read from an inspection file, once by its uid. */
    public Put put(DeskInspection i) {
        Integer signed = dsl.select(DESK_INSPECTION.SIGNED).from(DESK_INSPECTION)
                .where(DESK_INSPECTION.UID.eq(i.uid())).fetchOne(r -> r.value1());
        Put put;
        if (signed == null) {
            insertNew(List.of(i));
            return Put.ADDED;
        } else if (signed == 0 && i.signed()) {
            dsl.update(DESK_INSPECTION).set(DESK_INSPECTION.SIGNED, 1)
                    .set(DESK_INSPECTION.SIGNED_AT, i.signedAt())
                    .set(DESK_INSPECTION.SCORE_HUNDREDTHS, hundredths(i.score()))
                    .set(DESK_INSPECTION.MAX_SCORE_HUNDREDTHS, hundredths(i.maxScore()))
                    .set(DESK_INSPECTION.CONCLUSION, i.conclusion().name())
                    .set(DESK_INSPECTION.VETOES, i.vetoes())
                    .set(DESK_INSPECTION.SOURCE_FILE, i.sourceFile())
                    .set(DESK_INSPECTION.LOADED_BY, actor)
                    .set(DESK_INSPECTION.LOADED_AT, DeskStore.now())
                    .where(DESK_INSPECTION.UID.eq(i.uid()).and(DESK_INSPECTION.SIGNED.eq(0))).execute();
            BatchBindStep lines = lineBatch();
            i.lines().forEach(l -> bindLine(lines, i.uid(), l));
            execute(lines);
            put = Put.SIGNED_NOW;
        } else {
            put = Put.UNCHANGED;
        }
        int added = 0;
        int changed = 0;
        for (DeskFinding f : i.findings()) {
            String status = f.open() ? "OPEN" : "CLOSED";
            String closedOn = f.closedOn() == null ? null : f.closedOn().toString();
            int inserted = dsl.insertInto(DESK_FINDING).set(DESK_FINDING.UID, f.uid())
                    .set(DESK_FINDING.INSPECTION_UID, i.uid()).set(DESK_FINDING.LINE_ID, f.lineId())
                    .set(DESK_FINDING.SOURCE, f.source().name()).set(DESK_FINDING.SEEN, f.seen())
                    .set(DESK_FINDING.DEADLINE, f.deadline().toString()).set(DESK_FINDING.RESPONSIBLE, f.responsible())
                    .set(DESK_FINDING.STATUS, status).set(DESK_FINDING.CLOSED_ON, closedOn)
                    .set(DESK_FINDING.DECIDED_AT, f.decidedAt()).onConflictDoNothing().execute();
            added += inserted;
            if (inserted == 0 && f.decidedAt() != null) {
                // the inspector accepted its rectification or sent it back since: the latest decision counts, so a
                // copy of the file older than the one loaded before changes nothing (nor one without decisions)
                changed += dsl.update(DESK_FINDING).set(DESK_FINDING.STATUS, status)
                        .set(DESK_FINDING.CLOSED_ON, closedOn).set(DESK_FINDING.DECIDED_AT, f.decidedAt())
                        .where(DESK_FINDING.UID.eq(f.uid()).and(DESK_FINDING.INSPECTION_UID.eq(i.uid()))
                                .and(DESK_FINDING.DECIDED_AT.isNull().or(DESK_FINDING.DECIDED_AT.le(f.decidedAt())))
                                .and(DESK_FINDING.STATUS.ne(status)
                                        .or(DESK_FINDING.CLOSED_ON.isDistinctFrom(closedOn))))
                        .execute();
                // a later decision with the same outcome (sent back again): kept as the one to beat, not a change
                dsl.update(DESK_FINDING).set(DESK_FINDING.DECIDED_AT, f.decidedAt())
                        .where(DESK_FINDING.UID.eq(f.uid()).and(DESK_FINDING.INSPECTION_UID.eq(i.uid()))
                                .and(DESK_FINDING.DECIDED_AT.isNull().or(DESK_FINDING.DECIDED_AT.lt(f.decidedAt()))))
                        .execute();
            }
        }
        if (put != Put.UNCHANGED) {
            return put;
        }
        return added > 0 ? Put.FINDINGS_ADDED : changed > 0 ? Put.FINDINGS_CHANGED : Put.UNCHANGED;
    }

    /**
     * Inserts inspections not kept yet, with their lines and findings, in batches (a city's year at once: the
     * benchmark's path). An inspection already kept is left as it is.
     */
    public int insertNew(List<DeskInspection> inspections) {
        String now = DeskStore.now();
        int before = inspectionCount();
        BatchBindStep rows = dsl.batch(dsl.insertInto(DESK_INSPECTION, DESK_INSPECTION.UID,
                DESK_INSPECTION.ENTERPRISE_KEY, DESK_INSPECTION.ENTERPRISE_NAME, DESK_INSPECTION.CREDIT_CODE,
                DESK_INSPECTION.COUNTY, DESK_INSPECTION.INDUSTRY, DESK_INSPECTION.PACKAGE_FINGERPRINT,
                DESK_INSPECTION.OPENED_AT, DESK_INSPECTION.SELF_ASSESSED, DESK_INSPECTION.SIGNED,
                DESK_INSPECTION.SIGNED_AT, DESK_INSPECTION.SCORE_HUNDREDTHS, DESK_INSPECTION.MAX_SCORE_HUNDREDTHS,
                DESK_INSPECTION.CONCLUSION, DESK_INSPECTION.VETOES, DESK_INSPECTION.SOURCE_FILE,
                DESK_INSPECTION.LOADED_BY, DESK_INSPECTION.LOADED_AT)
                .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null).onConflictDoNothing());
        BatchBindStep lines = lineBatch();
        BatchBindStep findings = dsl.batch(dsl.insertInto(DESK_FINDING, DESK_FINDING.UID,
                DESK_FINDING.INSPECTION_UID, DESK_FINDING.LINE_ID, DESK_FINDING.SOURCE, DESK_FINDING.SEEN,
                DESK_FINDING.DEADLINE, DESK_FINDING.RESPONSIBLE, DESK_FINDING.STATUS, DESK_FINDING.CLOSED_ON,
                DESK_FINDING.DECIDED_AT)
                .values((String) null, null, null, null, null, null, null, null, null, null).onConflictDoNothing());
        int lineCount = 0;
        int findingCount = 0;
        for (DeskInspection i : inspections) {
            rows.bind(i.uid(), i.enterpriseKey(), i.enterpriseName(), i.creditCode(), i.county(), i.industry(),
                    i.packageFingerprint(), i.openedAt(), i.selfAssessed() ? 1 : 0, i.signed() ? 1 : 0, i.signedAt(),
                    hundredths(i.score()), hundredths(i.maxScore()),
                    i.conclusion() == null ? null : i.conclusion().name(), i.vetoes(), i.sourceFile(), actor, now);
            for (DeskLine l : i.lines()) {
                bindLine(lines, i.uid(), l);
                lineCount++;
            }
            for (DeskFinding f : i.findings()) {
                findings.bind(f.uid(), i.uid(), f.lineId(), f.source().name(), f.seen(), f.deadline().toString(),
                        f.responsible(), f.open() ? "OPEN" : "CLOSED",
                        f.closedOn() == null ? null : f.closedOn().toString(), f.decidedAt());
                findingCount++;
            }
        }
        if (!inspections.isEmpty()) {
            rows.execute();
        }
        if (lineCount > 0) {
            lines.execute();
        }
        if (findingCount > 0) {
            findings.execute();
        }
        // counted, not summed from the batch: a driver that rewrites batches says SUCCESS_NO_INFO for each row
        return inspectionCount() - before;
    }

    private BatchBindStep lineBatch() {
        return dsl.batch(dsl.insertInto(DESK_LINE, DESK_LINE.INSPECTION_UID, DESK_LINE.LINE_ID,
                DESK_LINE.DEDUCTED_HUNDREDTHS, DESK_LINE.VETO).values((String) null, null, null, null)
                .onConflictDoNothing());
    }

    private static void bindLine(BatchBindStep lines, String uid, DeskLine l) {
        lines.bind(uid, l.lineId(), hundredths(l.deducted()), l.veto() ? 1 : 0);
    }

    private static void execute(BatchBindStep batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** How many inspections are kept. */
    public int inspectionCount() {
        return dsl.fetchCount(DESK_INSPECTION);
    }

    /** An inspection as kept, with its lines and findings. */
    public Optional<DeskInspection> inspection(String uid) {
        return dsl.selectFrom(DESK_INSPECTION).where(DESK_INSPECTION.UID.eq(uid)).fetchOptional().map(r -> {
            List<DeskLine> lines = dsl.selectFrom(DESK_LINE).where(DESK_LINE.INSPECTION_UID.eq(uid))
                    .orderBy(DESK_LINE.LINE_ID).fetch(l -> new DeskLine(l.getLineId(),
                            fromHundredths(l.getDeductedHundredths()), l.getVeto() == 1));
            List<DeskFinding> findings = dsl.selectFrom(DESK_FINDING).where(DESK_FINDING.INSPECTION_UID.eq(uid))
                    .orderBy(DESK_FINDING.DEADLINE, DESK_FINDING.UID).fetch(f -> new DeskFinding(f.getUid(),
                            f.getLineId(), org.nineones.model.inspection.InspectionFinding.Source.valueOf(
                            f.getSource()), f.getSeen(), java.time.LocalDate.parse(f.getDeadline()),
                            f.getResponsible(), f.getStatus().equals("OPEN"),
                            f.getClosedOn() == null ? null : java.time.LocalDate.parse(f.getClosedOn()),
                            f.getDecidedAt()));
            return new DeskInspection(r.getUid(), r.getEnterpriseName(), r.getCreditCode(), r.getCounty(),
                    r.getIndustry(), r.getPackageFingerprint(), r.getOpenedAt(), r.getSelfAssessed() == 1,
                    r.getSignedAt(), fromHundredths(r.getScoreHundredths()),
                    fromHundredths(r.getMaxScoreHundredths()),
                    r.getConclusion() == null ? null : Conclusion.valueOf(r.getConclusion()), lines, findings,
                    r.getSourceFile());
        });
    }

    // ---- batches

    /** The batch imported from a sheet with this SHA-256, if any. */
    public Optional<DeskBatch> batchBySha256(String sha256) {
        return dsl.selectFrom(DESK_BATCH).where(DESK_BATCH.SHA256.eq(sha256)).fetchOptional()
                .map(r -> batch(r.getUid()).orElseThrow());
    }

    public Optional<DeskBatch> batch(String uid) {
        return dsl.select(DESK_BATCH.UID, DESK_BATCH.NAME, DESK_BATCH.FILE_NAME, DESK_BATCH.SHA256,
                        org.jooq.impl.DSL.field(org.jooq.impl.DSL.selectCount().from(DESK_BATCH_ENTERPRISE)
                                .where(DESK_BATCH_ENTERPRISE.BATCH_UID.eq(DESK_BATCH.UID))),
                        DESK_BATCH.IMPORTED_BY, DESK_BATCH.IMPORTED_AT)
                .from(DESK_BATCH).where(DESK_BATCH.UID.eq(uid))
                .fetchOptional(r -> new DeskBatch(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /** Every batch, the latest imported first. */
    public List<DeskBatch> batches() {
        List<DeskBatch> all = new ArrayList<>();
        for (String uid : dsl.select(DESK_BATCH.UID).from(DESK_BATCH)
                .orderBy(DESK_BATCH.IMPORTED_AT.desc(), DESK_BATCH.UID).fetch(r -> r.value1())) {
            batch(uid).ifPresent(all::add);
        }
        return all;
    }

    /** Keeps a batch and its enterprises; returns it. Its sheet's SHA-256 is unique on the desk. */
    public DeskBatch insertBatch(String name, String fileName, String sha256, List<BatchEnterprise> enterprises) {
        String uid = UUID.randomUUID().toString();
        dsl.insertInto(DESK_BATCH).set(DESK_BATCH.UID, uid).set(DESK_BATCH.NAME, name)
                .set(DESK_BATCH.FILE_NAME, fileName).set(DESK_BATCH.SHA256, sha256)
                .set(DESK_BATCH.IMPORTED_BY, actor).set(DESK_BATCH.IMPORTED_AT, DeskStore.now()).execute();
        BatchBindStep rows = dsl.batch(dsl.insertInto(DESK_BATCH_ENTERPRISE, DESK_BATCH_ENTERPRISE.BATCH_UID,
                DESK_BATCH_ENTERPRISE.ROW_NUMBER, DESK_BATCH_ENTERPRISE.ENTERPRISE_NAME,
                DESK_BATCH_ENTERPRISE.CREDIT_CODE, DESK_BATCH_ENTERPRISE.COUNTY, DESK_BATCH_ENTERPRISE.INDUSTRY)
                .values((String) null, null, null, null, null, null));
        enterprises.forEach(e -> rows.bind(uid, e.rowNumber(), e.name(), e.creditCode(), e.county(), e.industry()));
        execute(rows);
        return batch(uid).orElseThrow();
    }

    /** A batch's enterprises, in the sheet's order. */
    public List<BatchEnterprise> batchEnterprises(String batchUid) {
        return dsl.selectFrom(DESK_BATCH_ENTERPRISE).where(DESK_BATCH_ENTERPRISE.BATCH_UID.eq(batchUid))
                .orderBy(DESK_BATCH_ENTERPRISE.ROW_NUMBER).fetch(r -> new BatchEnterprise(r.getRowNumber(),
                        r.getEnterpriseName(), r.getCreditCode(), r.getCounty(), r.getIndustry()));
    }

    // ---- numbers

    /** Points as whole hundredths (exact sums on both engines); null stays null. */
    static Long hundredths(BigDecimal points) {
        return points == null ? null : points.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
    }

    static BigDecimal fromHundredths(Long hundredths) {
        return hundredths == null ? null : org.nineones.model.acceptance.Points.normal(
                BigDecimal.valueOf(hundredths, 2));
    }
}
