package org.nineones.store;

import static org.nineones.store.inspection.jooq.Tables.CLOSING_ANSWER;
import static org.nineones.store.inspection.jooq.Tables.CLOSING_DECISION;
import static org.nineones.store.inspection.jooq.Tables.CLOSING_EVIDENCE;
import static org.nineones.store.inspection.jooq.Tables.CLOSING_MEASURE;
import static org.nineones.store.inspection.jooq.Tables.CLOSING_PACKAGE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.nineones.model.inspection.ClosingAnswer;
import org.nineones.model.inspection.ClosingDecision;
import org.nineones.model.inspection.ClosingImport;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.store.inspection.jooq.tables.records.ClosingPackageRecord;

/**
 * The closing packages imported into an inspection file and the inspector's decisions on findings
 * ({@code db/inspection/V5__closing.sql}): every row final, a later package or decision supersedes. Reached through
 * {@link InspectionRepository#closing()}.
 */
public final class ClosingRepository {

    private final DSLContext dsl;
    private final String actor;

    ClosingRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** Records an imported package (its id and importer as given are ignored); returns it as stored. */
    public ClosingImport insertPackage(ClosingImport p) {
        dsl.insertInto(CLOSING_PACKAGE).set(CLOSING_PACKAGE.INSPECTION_ID, (int) p.inspectionId())
                .set(CLOSING_PACKAGE.FINGERPRINT, p.fingerprint()).set(CLOSING_PACKAGE.FILE_NAME, p.fileName())
                .set(CLOSING_PACKAGE.FINDINGS_FINGERPRINT, p.findingsFingerprint())
                .set(CLOSING_PACKAGE.ENTERPRISE_NAME, p.enterpriseName())
                .set(CLOSING_PACKAGE.CREDIT_CODE, p.creditCode()).set(CLOSING_PACKAGE.MADE_ON, p.madeOn().toString())
                .set(CLOSING_PACKAGE.IMPORTED_BY, actor).execute();
        long id = Ids.lastInserted(dsl);
        return dsl.selectFrom(CLOSING_PACKAGE).where(CLOSING_PACKAGE.ID.eq((int) id))
                .fetchOne(ClosingRepository::model);
    }

    /** Records a finding answered by a package; returns the answer's id. */
    public long insertAnswer(long packageId, String findingUid) {
        dsl.insertInto(CLOSING_ANSWER).set(CLOSING_ANSWER.PACKAGE_ID, (int) packageId)
                .set(CLOSING_ANSWER.FINDING_UID, findingUid).execute();
        return Ids.lastInserted(dsl);
    }

    /** Records a measure of an answer (its evidence comes by {@link #insertEvidence}); returns its id. */
    public long insertMeasure(long answerId, ClosingAnswer.Measure m) {
        dsl.insertInto(CLOSING_MEASURE).set(CLOSING_MEASURE.ANSWER_ID, (int) answerId)
                .set(CLOSING_MEASURE.POSITION, m.position()).set(CLOSING_MEASURE.TEXT, m.text())
                .set(CLOSING_MEASURE.OWNER, m.owner()).set(CLOSING_MEASURE.DEADLINE, text(m.deadline()))
                .set(CLOSING_MEASURE.STATUS, m.status().name()).set(CLOSING_MEASURE.ADDED_ON, text(m.addedOn()))
                .set(CLOSING_MEASURE.DONE_ON, text(m.doneOn())).set(CLOSING_MEASURE.VERIFIED_ON, text(m.verifiedOn()))
                .execute();
        return Ids.lastInserted(dsl);
    }

    /** Keeps an evidence file of a measure with its SHA-256. */
    public void insertEvidence(long measureId, int position, String path, String fileName, String what,
                               String sha256, byte[] content) {
        dsl.insertInto(CLOSING_EVIDENCE).set(CLOSING_EVIDENCE.MEASURE_ID, (int) measureId)
                .set(CLOSING_EVIDENCE.POSITION, position).set(CLOSING_EVIDENCE.PATH, path)
                .set(CLOSING_EVIDENCE.FILE_NAME, fileName).set(CLOSING_EVIDENCE.WHAT, what)
                .set(CLOSING_EVIDENCE.SHA256, sha256).set(CLOSING_EVIDENCE.SIZE, (long) content.length)
                .set(CLOSING_EVIDENCE.CONTENT, content).execute();
    }

    /** The package imported with this fingerprint. */
    public Optional<ClosingImport> byFingerprint(String fingerprint) {
        return dsl.selectFrom(CLOSING_PACKAGE).where(CLOSING_PACKAGE.FINGERPRINT.eq(fingerprint))
                .fetchOptional(ClosingRepository::model);
    }

    /** The packages imported for an inspection, the oldest first. */
    public List<ClosingImport> packages(long inspectionId) {
        return dsl.selectFrom(CLOSING_PACKAGE).where(CLOSING_PACKAGE.INSPECTION_ID.eq((int) inspectionId))
                .orderBy(CLOSING_PACKAGE.ID).fetch(ClosingRepository::model);
    }

    /** The latest answer of each finding of an inspection (by the finding's uid), with its measures and files. */
    public Map<String, ClosingAnswer> latestAnswers(long inspectionId) {
        Map<String, Long> latest = new LinkedHashMap<>();
        Map<String, Long> answerIds = new LinkedHashMap<>();
        dsl.select(CLOSING_ANSWER.ID, CLOSING_ANSWER.PACKAGE_ID, CLOSING_ANSWER.FINDING_UID).from(CLOSING_ANSWER)
                .join(CLOSING_PACKAGE).on(CLOSING_PACKAGE.ID.eq(CLOSING_ANSWER.PACKAGE_ID))
                .where(CLOSING_PACKAGE.INSPECTION_ID.eq((int) inspectionId)).orderBy(CLOSING_ANSWER.PACKAGE_ID)
                .forEach(r -> {
                    latest.put(r.value3(), r.value2().longValue());
                    answerIds.put(r.value3(), r.value1().longValue());
                });
        Map<String, ClosingAnswer> answers = new LinkedHashMap<>();
        answerIds.forEach((uid, answerId) -> answers.put(uid, new ClosingAnswer(latest.get(uid), uid,
                measures(answerId))));
        return answers;
    }

    private List<ClosingAnswer.Measure> measures(long answerId) {
        List<ClosingAnswer.Measure> measures = new ArrayList<>();
        dsl.selectFrom(CLOSING_MEASURE).where(CLOSING_MEASURE.ANSWER_ID.eq((int) answerId))
                .orderBy(CLOSING_MEASURE.POSITION).forEach(r -> measures.add(new ClosingAnswer.Measure(r.getPosition(),
                        r.getText(), r.getOwner(), date(r.getDeadline()), MeasureStatus.valueOf(r.getStatus()),
                        date(r.getAddedOn()), date(r.getDoneOn()), date(r.getVerifiedOn()),
                        dsl.select(CLOSING_EVIDENCE.ID, CLOSING_EVIDENCE.FILE_NAME, CLOSING_EVIDENCE.WHAT,
                                        CLOSING_EVIDENCE.SIZE, CLOSING_EVIDENCE.SHA256).from(CLOSING_EVIDENCE)
                                .where(CLOSING_EVIDENCE.MEASURE_ID.eq(r.getId())).orderBy(CLOSING_EVIDENCE.POSITION)
                                .fetch(e -> new ClosingAnswer.Evidence(e.value1(), e.value2(), e.value3(), e.value4(),
                                        e.value5())))));
        return measures;
    }

    /** The bytes of an evidence file, as imported. */
    public Optional<byte[]> evidence(long evidenceId) {
        return dsl.select(CLOSING_EVIDENCE.CONTENT).from(CLOSING_EVIDENCE)
                .where(CLOSING_EVIDENCE.ID.eq((int) evidenceId)).fetchOptional(r -> r.value1());
    }

    /** Records a decision on a finding; returns it as stored. */
    public ClosingDecision decide(long inspectionId, String findingUid, ClosingDecision.Kind kind, String reason,
                                  Long packageId) {
        dsl.insertInto(CLOSING_DECISION).set(CLOSING_DECISION.INSPECTION_ID, (int) inspectionId)
                .set(CLOSING_DECISION.FINDING_UID, findingUid).set(CLOSING_DECISION.DECISION, kind.name())
                .set(CLOSING_DECISION.REASON, reason == null ? "" : reason)
                .set(CLOSING_DECISION.PACKAGE_ID, packageId == null ? null : packageId.intValue())
                .set(CLOSING_DECISION.DECIDED_BY, actor).execute();
        long id = Ids.lastInserted(dsl);
        return decisions(inspectionId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    /** Every decision on the inspection's findings, the oldest first. */
    public List<ClosingDecision> decisions(long inspectionId) {
        return dsl.selectFrom(CLOSING_DECISION).where(CLOSING_DECISION.INSPECTION_ID.eq((int) inspectionId))
                .orderBy(CLOSING_DECISION.ID).fetch(r -> new ClosingDecision(r.getId(), r.getFindingUid(),
                        ClosingDecision.Kind.valueOf(r.getDecision()), r.getReason(),
                        r.getPackageId() == null ? null : r.getPackageId().longValue(), r.getDecidedBy(),
                        r.getDecidedAt()));
    }

    private static ClosingImport model(ClosingPackageRecord r) {
        return new ClosingImport(r.getId(), r.getInspectionId(), r.getFingerprint(), r.getFileName(),
                r.getFindingsFingerprint(), r.getEnterpriseName(), r.getCreditCode(), LocalDate.parse(r.getMadeOn()),
                r.getImportedBy(), r.getImportedAt());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
