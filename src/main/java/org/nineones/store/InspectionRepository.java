package org.nineones.store;

import static org.nineones.store.inspection.jooq.Tables.INSPECTION;
import static org.nineones.store.inspection.jooq.Tables.INSPECTION_PART;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.nineones.model.inspection.Inspection;
import org.nineones.store.inspection.jooq.tables.records.InspectionRecord;

/** The inspections of an inspection file and the parts copied from their packages (decision 0024). */
public final class InspectionRepository {

    /** A part copied from a package, without its bytes. */
    public record Part(String path, String sha256, long size) {
    }

    private final DSLContext dsl;
    private final String actor;

    InspectionRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** The spot checks of the file's inspections, in the same transaction. */
    public SpotCheckRepository spotChecks() {
        return new SpotCheckRepository(dsl, actor);
    }

    /** Records a package opened; returns it with its id. Its uid and fingerprint are unique in the file. */
    public Inspection insert(Inspection i) {
        dsl.insertInto(INSPECTION)
                .set(INSPECTION.UID, i.uid())
                .set(INSPECTION.ENTERPRISE_NAME, i.enterpriseName())
                .set(INSPECTION.CREDIT_CODE, i.creditCode())
                .set(INSPECTION.COUNTY, i.county())
                .set(INSPECTION.INDUSTRY, i.industry())
                .set(INSPECTION.PACKAGE_NAME, i.packageName())
                .set(INSPECTION.PACKAGE_SIZE, i.packageSize())
                .set(INSPECTION.PACKAGE_FINGERPRINT, i.packageFingerprint())
                .set(INSPECTION.PACKAGE_CREATED_AT, i.packageCreatedAt())
                .set(INSPECTION.PACKAGE_APP_VERSION, i.packageAppVersion())
                .set(INSPECTION.EDITION, i.edition())
                .set(INSPECTION.TYPED_FINGERPRINT, i.typedFingerprint())
                .set(INSPECTION.OPENED_BY, i.openedBy() == null || i.openedBy().isBlank() ? actor : i.openedBy())
                .execute();
        return find(Ids.lastInserted(dsl)).orElseThrow();
    }

    public Optional<Inspection> find(long id) {
        return dsl.selectFrom(INSPECTION).where(INSPECTION.ID.eq((int) id)).fetchOptional(InspectionRepository::model);
    }

    /** The inspection of a package, by the package's fingerprint. */
    public Optional<Inspection> byFingerprint(String fingerprint) {
        return dsl.selectFrom(INSPECTION).where(INSPECTION.PACKAGE_FINGERPRINT.eq(fingerprint))
                .fetchOptional(InspectionRepository::model);
    }

    /** Every inspection, the latest opened first. */
    public List<Inspection> all() {
        return dsl.selectFrom(INSPECTION).orderBy(INSPECTION.ID.desc()).fetch(InspectionRepository::model);
    }

    public void addPart(long inspectionId, String path, String sha256, byte[] content) {
        dsl.insertInto(INSPECTION_PART).set(INSPECTION_PART.INSPECTION_ID, (int) inspectionId)
                .set(INSPECTION_PART.PATH, path).set(INSPECTION_PART.SHA256, sha256)
                .set(INSPECTION_PART.SIZE, (long) content.length).set(INSPECTION_PART.CONTENT, content).execute();
    }

    /** The parts of an inspection, by path. */
    public List<Part> parts(long inspectionId) {
        return dsl.select(INSPECTION_PART.PATH, INSPECTION_PART.SHA256, INSPECTION_PART.SIZE).from(INSPECTION_PART)
                .where(INSPECTION_PART.INSPECTION_ID.eq((int) inspectionId)).orderBy(INSPECTION_PART.PATH)
                .fetch(r -> new Part(r.value1(), r.value2(), r.value3()));
    }

    /** The bytes of a part, as they were copied. */
    public Optional<byte[]> content(long inspectionId, String path) {
        return dsl.select(INSPECTION_PART.CONTENT).from(INSPECTION_PART)
                .where(INSPECTION_PART.INSPECTION_ID.eq((int) inspectionId).and(INSPECTION_PART.PATH.eq(path)))
                .fetchOptional(r -> r.value1());
    }

    /** The inspector's review of the inspections (template, line decisions, findings, signed record). */
    public InspectionReviewRepository review() {
        return new InspectionReviewRepository(dsl, actor);
    }

    /** The closing packages imported and the decisions on findings (issue 14, point 2). */
    public ClosingRepository closing() {
        return new ClosingRepository(dsl, actor);
    }

    private static Inspection model(InspectionRecord r) {
        return new Inspection(r.getId().longValue(), r.getUid(), r.getEnterpriseName(), r.getCreditCode(),
                r.getCounty(), r.getIndustry(), r.getPackageName(), r.getPackageSize(), r.getPackageFingerprint(),
                r.getPackageCreatedAt(), r.getPackageAppVersion(), r.getEdition(), r.getTypedFingerprint(),
                r.getOpenedBy(), r.getOpenedAt());
    }
}
