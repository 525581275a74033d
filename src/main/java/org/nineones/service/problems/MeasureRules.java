package org.nineones.service.problems;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.MeasureVersion;
import org.nineones.model.problems.Problem;
import org.nineones.model.records.DutyRecord;
import org.nineones.service.attachments.AttachmentFile;
import org.nineones.store.ProblemRepository.NewVersion;
import org.nineones.store.Store;

/**
 * The rules of a measure, inside a transaction the caller opened ({@link ProblemService}, the ledger's import): a
 * measure needs text, an owner in the roster who has not left, and a deadline; done needs evidence (now or given
 * before), verified needs done first, a status taken back needs a note; a correction needs a change; a verified
 * measure is final. Each change is a new version with its audit entry.
 */
final class MeasureRules {

    private final Messages messages;

    MeasureRules(Messages messages) {
        this.messages = messages;
    }

    /** A new measure of a problem, status open. */
    Measure add(Store store, long problemId, MeasureDraft draft) {
        checkDraft(draft);
        Problem problem = problem(store, problemId);
        Employee owner = owner(store, draft.ownerId());
        long id = store.problems().insertMeasure(problem.id(), new NewVersion(MeasureVersion.Change.ADDED,
                draft.text(), owner.id(), draft.deadline(), MeasureStatus.OPEN, "", List.of(), List.of()));
        store.audit().record("add", ProblemService.MEASURE, id, messages.get("problems.audit.addMeasure",
                String.valueOf(problem.id()), shortly(draft.text()), owner.name(), draft.deadline().toString()));
        return store.problems().findMeasure(id).orElseThrow();
    }

    /** A status change with its note and evidence (files read already); a null status adds evidence only. */
    Measure change(Store store, long measureId, MeasureStatus status, String note, List<Long> recordIds,
                   List<AttachmentFile> files) {
        Measure m = changeable(store, measureId);
        MeasureStatus from = m.status();
        if (status == null) {
            if (recordIds.isEmpty() && files.isEmpty()) {
                throw refusal(ProblemException.Reason.NO_EVIDENCE, "problems.error.evidenceEmpty", id(m));
            }
            return record(store, m, MeasureVersion.Change.EVIDENCE, from, note, recordIds, files);
        }
        if (status == from) {
            throw refusal(ProblemException.Reason.SAME_STATUS, "problems.error.sameStatus", id(m), messages.of(status));
        }
        if (status == MeasureStatus.VERIFIED && from != MeasureStatus.DONE) {
            throw refusal(ProblemException.Reason.NOT_DONE, "problems.error.notDone", id(m), messages.of(from));
        }
        if (status == MeasureStatus.DONE && !m.hasEvidence() && recordIds.isEmpty() && files.isEmpty()) {
            throw refusal(ProblemException.Reason.NO_EVIDENCE, "problems.error.noEvidence", id(m));
        }
        if (status.ordinal() < from.ordinal() && note.isEmpty()) {
            throw refusal(ProblemException.Reason.NO_REASON, "problems.error.backWithoutNote", id(m),
                    messages.of(from), messages.of(status));
        }
        return record(store, m, MeasureVersion.Change.STATUS, status, note, recordIds, files);
    }

    private Measure record(Store store, Measure m, MeasureVersion.Change change, MeasureStatus status, String note,
                           List<Long> recordIds, List<AttachmentFile> files) {
        MeasureStatus from = m.status();
        List<Long> records = new ArrayList<>(new LinkedHashSet<>(recordIds));
        for (Long r : records) {
            DutyRecord found = store.dutyRecords().find(r, Map.of()).orElseThrow(() -> refusal(
                    ProblemException.Reason.UNKNOWN_RECORD, "problems.error.unknownRecord", String.valueOf(r)));
            if (found.correctedById() != null) {
                throw refusal(ProblemException.Reason.UNKNOWN_RECORD, "problems.error.correctedRecord",
                        String.valueOf(r), String.valueOf(found.correctedById()));
            }
            if (found.voided()) {
                throw refusal(ProblemException.Reason.UNKNOWN_RECORD, "problems.error.withdrawnRecord",
                        String.valueOf(r));
            }
        }
        List<Long> attachments = new ArrayList<>();
        for (AttachmentFile f : files) {
            attachments.add(store.attachments().insert(f.fileName(), f.mediaType(), f.sha256(), f.content()));
        }
        MeasureVersion now = m.current();
        long version = store.problems().insertVersion(m.id(), new NewVersion(change, now.text(),
                now.ownerId(), now.deadline(), status, note, records, attachments));
        boolean evidence = change == MeasureVersion.Change.EVIDENCE;
        store.audit().record(evidence ? "evidence" : "status", ProblemService.MEASURE, m.id(), messages.get(evidence
                        ? "problems.audit.evidence" : "problems.audit.status", id(m), messages.of(from),
                messages.of(status), String.valueOf(records.size()), String.valueOf(attachments.size()),
                String.valueOf(version)));
        return store.problems().findMeasure(m.id()).orElseThrow();
    }

    /** A correction with its reason, inside a transaction already open. */
    Measure correct(Store store, long measureId, MeasureDraft draft, String why) {
        Measure m = changeable(store, measureId);
        MeasureVersion now = m.current();
        if (now.text().equals(draft.text()) && now.ownerId() == draft.ownerId()
                && now.deadline().equals(draft.deadline())) {
            throw refusal(ProblemException.Reason.NOTHING_CORRECTED, "problems.error.nothingCorrected", id(m));
        }
        Employee owner = owner(store, draft.ownerId());
        store.problems().insertVersion(m.id(), new NewVersion(MeasureVersion.Change.CORRECTED, draft.text(),
                owner.id(), draft.deadline(), now.status(), why, List.of(), List.of()));
        store.audit().record("correct", ProblemService.MEASURE, m.id(), messages.get("problems.audit.correct", id(m),
                shortly(draft.text()), owner.name(), draft.deadline().toString(), why));
        return store.problems().findMeasure(m.id()).orElseThrow();
    }

    void checkDraft(MeasureDraft draft) {
        if (draft.text().isEmpty()) {
            throw refusal(ProblemException.Reason.NO_TEXT, "problems.error.noText");
        }
        if (draft.ownerId() == null) {
            throw refusal(ProblemException.Reason.NO_OWNER, "problems.error.noOwner", shortly(draft.text()));
        }
        if (draft.deadline() == null) {
            throw refusal(ProblemException.Reason.NO_DEADLINE, "problems.error.noDeadline", shortly(draft.text()));
        }
    }

    private Employee owner(Store store, long ownerId) {
        Employee e = store.employees().find(ownerId).orElseThrow(() -> refusal(
                ProblemException.Reason.UNKNOWN_OWNER, "problems.error.unknownOwner", String.valueOf(ownerId)));
        if (e.status() == EmployeeStatus.LEFT) {
            throw refusal(ProblemException.Reason.OWNER_LEFT, "problems.error.ownerLeft", e.name(),
                    e.employeeNumber() == null ? "" : e.employeeNumber());
        }
        return e;
    }

    private Problem problem(Store store, long id) {
        return store.problems().findProblem(id).orElseThrow(() -> refusal(ProblemException.Reason.UNKNOWN_PROBLEM,
                "problems.error.unknownProblem", String.valueOf(id)));
    }

    private Measure changeable(Store store, long id) {
        Measure m = store.problems().findMeasure(id).orElseThrow(() -> refusal(
                ProblemException.Reason.UNKNOWN_MEASURE, "problems.error.unknownMeasure", String.valueOf(id)));
        if (m.isFinal()) {
            throw refusal(ProblemException.Reason.VERIFIED, "problems.error.verified", id(m));
        }
        return m;
    }

    private ProblemException refusal(ProblemException.Reason reason, String key, Object... args) {
        return new ProblemException(reason, messages.get(key, args));
    }

    private static String id(Measure m) {
        return String.valueOf(m.id());
    }

    private static String shortly(String text) {
        return ProblemService.shortly(text);
    }
}
