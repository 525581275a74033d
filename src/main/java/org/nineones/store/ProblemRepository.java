package org.nineones.store;

import static org.nineones.store.jooq.Tables.ATTACHMENT;
import static org.nineones.store.jooq.Tables.DUTY_RECORD;
import static org.nineones.store.jooq.Tables.EMPLOYEE;
import static org.nineones.store.jooq.Tables.FINDINGS_IMPORT;
import static org.nineones.store.jooq.Tables.MEASURE;
import static org.nineones.store.jooq.Tables.MEASURE_EVIDENCE_ATTACHMENT;
import static org.nineones.store.jooq.Tables.MEASURE_EVIDENCE_RECORD;
import static org.nineones.store.jooq.Tables.MEASURE_VERSION;
import static org.nineones.store.jooq.Tables.PROBLEM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.problems.EvidenceRecord;
import org.nineones.model.problems.FindingsImport;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.MeasureVersion;
import org.nineones.model.problems.Problem;
import org.nineones.model.problems.ProblemSource;
import org.nineones.model.records.RecordAttachment;
import org.nineones.store.jooq.tables.records.ProblemRecord;

/**
 * The enterprise's problem list (问题清单, V10): the findings files imported, the problems, and each problem's
 * measures (整改措施) with every version. Nothing here is updated or deleted (triggers): a status change or a
 * correction is a new version, the latest in force; no version follows a verified one.
 */
public final class ProblemRepository {

    /** A problem to record; the fields of the other sources are null. */
    public record NewProblem(ProblemSource source, String findingUid, String findingsFingerprint,
                             String inspectionUid, String packageFingerprint, Long selfAssessmentId, String lineId,
                             String seen, String requirement, LocalDate deadline, String responsible) {
    }

    /** A version to record: what it gives the measure, its note and its evidence (records, stored files). */
    public record NewVersion(MeasureVersion.Change change, String text, long ownerId, LocalDate deadline,
                             MeasureStatus status, String note, List<Long> recordIds, List<Long> attachmentIds) {
    }

    private final DSLContext dsl;
    private final String actor;

    ProblemRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** Records a findings file as imported; returns its id. */
    public long insertImport(FindingsImport f) {
        dsl.insertInto(FINDINGS_IMPORT)
                .set(FINDINGS_IMPORT.FINGERPRINT, f.fingerprint())
                .set(FINDINGS_IMPORT.FILE_NAME, f.fileName())
                .set(FINDINGS_IMPORT.INSPECTION_UID, f.inspectionUid())
                .set(FINDINGS_IMPORT.PACKAGE_FINGERPRINT, f.packageFingerprint())
                .set(FINDINGS_IMPORT.TEMPLATE_NAME, f.templateName())
                .set(FINDINGS_IMPORT.TEMPLATE_VERSION, f.templateVersion())
                .set(FINDINGS_IMPORT.INSPECTOR, f.inspector())
                .set(FINDINGS_IMPORT.INSPECTED_ON, f.inspectedOn().toString())
                .set(FINDINGS_IMPORT.SCORE, f.score().toPlainString())
                .set(FINDINGS_IMPORT.CONCLUSION, f.conclusion().name())
                .set(FINDINGS_IMPORT.FINDINGS, f.findings())
                .set(FINDINGS_IMPORT.IMPORTED_BY, actor)
                .execute();
        return Ids.lastInserted(dsl);
    }

    /** Every findings file imported, the latest first. */
    public List<FindingsImport> imports() {
        return readImports(DSL.noCondition());
    }

    /** The findings file with this fingerprint, when it was imported. */
    public Optional<FindingsImport> findImport(String fingerprint) {
        return readImports(FINDINGS_IMPORT.FINGERPRINT.eq(fingerprint)).stream().findFirst();
    }

    private List<FindingsImport> readImports(Condition where) {
        return dsl.selectFrom(FINDINGS_IMPORT).where(where).orderBy(FINDINGS_IMPORT.ID.desc())
                .fetch(r -> new FindingsImport(r.getId(), r.getFingerprint(), r.getFileName(), r.getInspectionUid(),
                        r.getPackageFingerprint(), r.getTemplateName(), r.getTemplateVersion(), r.getInspector(),
                        IsoDates.date(r.getInspectedOn()), new BigDecimal(r.getScore()),
                        Conclusion.valueOf(r.getConclusion()), r.getFindings(), r.getImportedBy(),
                        r.getImportedAt()));
    }

    /** Records a problem; returns its id. */
    public long insertProblem(NewProblem p) {
        dsl.insertInto(PROBLEM)
                .set(PROBLEM.SOURCE, p.source().name())
                .set(PROBLEM.FINDING_UID, p.findingUid())
                .set(PROBLEM.FINDINGS_FINGERPRINT, p.findingsFingerprint())
                .set(PROBLEM.INSPECTION_UID, p.inspectionUid())
                .set(PROBLEM.PACKAGE_FINGERPRINT, p.packageFingerprint())
                .set(PROBLEM.SELF_ASSESSMENT_ID, p.selfAssessmentId() == null ? null : p.selfAssessmentId().intValue())
                .set(PROBLEM.LINE_ID, p.lineId() == null ? "" : p.lineId())
                .set(PROBLEM.SEEN, p.seen())
                .set(PROBLEM.REQUIREMENT, p.requirement() == null ? "" : p.requirement())
                .set(PROBLEM.DEADLINE, p.deadline() == null ? null : p.deadline().toString())
                .set(PROBLEM.RESPONSIBLE, p.responsible() == null ? "" : p.responsible())
                .set(PROBLEM.CREATED_BY, actor)
                .execute();
        return Ids.lastInserted(dsl);
    }

    /** Every problem, in the order recorded. */
    public List<Problem> problems() {
        return dsl.selectFrom(PROBLEM).orderBy(PROBLEM.ID).fetch(ProblemRepository::problem);
    }

    public Optional<Problem> findProblem(long id) {
        return dsl.selectFrom(PROBLEM).where(PROBLEM.ID.eq((int) id)).fetchOptional(ProblemRepository::problem);
    }

    /** The uids of every finding recorded as a problem. */
    public Set<String> findingUids() {
        return new HashSet<>(dsl.select(PROBLEM.FINDING_UID).from(PROBLEM).where(PROBLEM.FINDING_UID.isNotNull())
                .fetch(PROBLEM.FINDING_UID));
    }

    /** The lines of a self-assessment already recorded as problems. */
    public Set<String> selfAssessmentLines(long selfAssessmentId) {
        return new HashSet<>(dsl.select(PROBLEM.LINE_ID).from(PROBLEM)
                .where(PROBLEM.SELF_ASSESSMENT_ID.eq((int) selfAssessmentId)).fetch(PROBLEM.LINE_ID));
    }

    public int problemCount() {
        return dsl.fetchCount(PROBLEM);
    }

    /** Records a new measure of a problem with its first version; returns the measure's id. */
    public long insertMeasure(long problemId, NewVersion first) {
        dsl.insertInto(MEASURE).set(MEASURE.PROBLEM_ID, (int) problemId).set(MEASURE.CREATED_BY, actor).execute();
        long id = Ids.lastInserted(dsl);
        insertVersion(id, first);
        return id;
    }

    /** Records a version of a measure with its evidence; returns the version's id. */
    public long insertVersion(long measureId, NewVersion v) {
        dsl.insertInto(MEASURE_VERSION)
                .set(MEASURE_VERSION.MEASURE_ID, (int) measureId)
                .set(MEASURE_VERSION.CHANGE, v.change().name())
                .set(MEASURE_VERSION.TEXT, v.text())
                .set(MEASURE_VERSION.OWNER_ID, (int) v.ownerId())
                .set(MEASURE_VERSION.DEADLINE, v.deadline().toString())
                .set(MEASURE_VERSION.STATUS, v.status().name())
                .set(MEASURE_VERSION.NOTE, v.note() == null ? "" : v.note())
                .set(MEASURE_VERSION.RECORDED_BY, actor)
                .execute();
        long id = Ids.lastInserted(dsl);
        for (int i = 0; i < v.recordIds().size(); i++) {
            dsl.insertInto(MEASURE_EVIDENCE_RECORD).set(MEASURE_EVIDENCE_RECORD.VERSION_ID, (int) id)
                    .set(MEASURE_EVIDENCE_RECORD.POSITION, i)
                    .set(MEASURE_EVIDENCE_RECORD.DUTY_RECORD_ID, v.recordIds().get(i).intValue()).execute();
        }
        for (int i = 0; i < v.attachmentIds().size(); i++) {
            dsl.insertInto(MEASURE_EVIDENCE_ATTACHMENT).set(MEASURE_EVIDENCE_ATTACHMENT.VERSION_ID, (int) id)
                    .set(MEASURE_EVIDENCE_ATTACHMENT.POSITION, i)
                    .set(MEASURE_EVIDENCE_ATTACHMENT.ATTACHMENT_ID, v.attachmentIds().get(i).intValue()).execute();
        }
        return id;
    }

    /** Every measure with its history, by problem, measures and versions oldest first. */
    public Map<Long, List<Measure>> measuresByProblem() {
        Map<Long, List<Measure>> byProblem = new LinkedHashMap<>();
        readMeasures(DSL.noCondition()).forEach(m -> byProblem.computeIfAbsent(m.problemId(), k -> new ArrayList<>())
                .add(m));
        return byProblem;
    }

    public Optional<Measure> findMeasure(long id) {
        return readMeasures(MEASURE.ID.eq((int) id)).stream().findFirst();
    }

    /** How many versions of measures there are (every status change and correction). */
    public int versionCount() {
        return dsl.fetchCount(MEASURE_VERSION);
    }

    private List<Measure> readMeasures(Condition where) {
        Map<Long, List<EvidenceRecord>> records = new HashMap<>();
        dsl.select(MEASURE_EVIDENCE_RECORD.VERSION_ID, DUTY_RECORD.ID, DUTY_RECORD.RECORDED_ON, DUTY_RECORD.TITLE)
                .from(MEASURE_EVIDENCE_RECORD).join(DUTY_RECORD).on(DUTY_RECORD.ID.eq(MEASURE_EVIDENCE_RECORD.DUTY_RECORD_ID))
                .join(MEASURE_VERSION).on(MEASURE_VERSION.ID.eq(MEASURE_EVIDENCE_RECORD.VERSION_ID))
                .join(MEASURE).on(MEASURE.ID.eq(MEASURE_VERSION.MEASURE_ID)).where(where)
                .orderBy(MEASURE_EVIDENCE_RECORD.VERSION_ID, MEASURE_EVIDENCE_RECORD.POSITION)
                .forEach(r -> records.computeIfAbsent(r.value1().longValue(), k -> new ArrayList<>())
                        .add(new EvidenceRecord(r.value2(), IsoDates.date(r.value3()), r.value4())));
        Map<Long, List<RecordAttachment>> files = new HashMap<>();
        dsl.select(MEASURE_EVIDENCE_ATTACHMENT.VERSION_ID, ATTACHMENT.ID, ATTACHMENT.FILE_NAME, ATTACHMENT.MEDIA_TYPE,
                        ATTACHMENT.SIZE, ATTACHMENT.SHA256)
                .from(MEASURE_EVIDENCE_ATTACHMENT).join(ATTACHMENT)
                .on(ATTACHMENT.ID.eq(MEASURE_EVIDENCE_ATTACHMENT.ATTACHMENT_ID))
                .join(MEASURE_VERSION).on(MEASURE_VERSION.ID.eq(MEASURE_EVIDENCE_ATTACHMENT.VERSION_ID))
                .join(MEASURE).on(MEASURE.ID.eq(MEASURE_VERSION.MEASURE_ID)).where(where)
                .orderBy(MEASURE_EVIDENCE_ATTACHMENT.VERSION_ID, MEASURE_EVIDENCE_ATTACHMENT.POSITION)
                .forEach(r -> files.computeIfAbsent(r.value1().longValue(), k -> new ArrayList<>())
                        .add(new RecordAttachment(r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        Map<Long, Long> problemOf = new LinkedHashMap<>();
        Map<Long, List<MeasureVersion>> versions = new LinkedHashMap<>();
        dsl.select(MEASURE.ID, MEASURE.PROBLEM_ID, MEASURE_VERSION.ID, MEASURE_VERSION.CHANGE, MEASURE_VERSION.TEXT,
                        MEASURE_VERSION.OWNER_ID, EMPLOYEE.EMPLOYEE_NUMBER, EMPLOYEE.NAME, MEASURE_VERSION.DEADLINE,
                        MEASURE_VERSION.STATUS, MEASURE_VERSION.NOTE, MEASURE_VERSION.RECORDED_BY,
                        MEASURE_VERSION.RECORDED_AT)
                .from(MEASURE).join(MEASURE_VERSION).on(MEASURE_VERSION.MEASURE_ID.eq(MEASURE.ID))
                .join(EMPLOYEE).on(EMPLOYEE.ID.eq(MEASURE_VERSION.OWNER_ID)).where(where)
                .orderBy(MEASURE.ID, MEASURE_VERSION.ID)
                .forEach(r -> {
                    long measure = r.value1();
                    long version = r.value3();
                    problemOf.put(measure, r.value2().longValue());
                    versions.computeIfAbsent(measure, k -> new ArrayList<>()).add(new MeasureVersion(version,
                            MeasureVersion.Change.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(),
                            IsoDates.date(r.value9()), MeasureStatus.valueOf(r.value10()), r.value11(),
                            records.getOrDefault(version, List.of()), files.getOrDefault(version, List.of()),
                            r.value12(), r.value13()));
                });
        List<Measure> measures = new ArrayList<>();
        versions.forEach((id, history) -> measures.add(new Measure(id, problemOf.get(id), history)));
        return measures;
    }

    private static Problem problem(ProblemRecord r) {
        return new Problem(r.getId(), ProblemSource.valueOf(r.getSource()), r.getFindingUid(),
                r.getFindingsFingerprint(), r.getInspectionUid(), r.getPackageFingerprint(),
                r.getSelfAssessmentId() == null ? null : r.getSelfAssessmentId().longValue(), r.getLineId(),
                r.getSeen(), r.getRequirement(), r.getDeadline() == null ? null : IsoDates.date(r.getDeadline()),
                r.getResponsible(), r.getCreatedBy(), r.getCreatedAt());
    }
}
