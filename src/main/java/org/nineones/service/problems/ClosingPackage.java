package org.nineones.service.problems;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.problems.EvidenceRecord;
import org.nineones.model.problems.FindingsImport;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.MeasureVersion;
import org.nineones.model.problems.ProblemSource;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.pack.PackageFingerprint;
import org.nineones.service.inspection.ClosingFile;
import org.nineones.service.records.DutyRecordService;
import org.nineones.store.Workspace;

/**
 * The closing package (整改回复包) of one imported findings file, named by the file's fingerprint or the inspection's
 * uid (then its latest import): every finding of that inspection in the problem list, its measures as they stand
 * (text, owner, deadline, status, the days it was added, done and verified) and their evidence — the files of the
 * duty records named and the files given with the measure — copied in, each checked against its SHA-256 first.
 */
final class ClosingPackage {

    private final Messages messages;
    private final DutyRecordService dutyRecords;
    private final ClosingFile closingFiles;
    private final Clock clock;

    ClosingPackage(Messages messages, DutyRecordService dutyRecords, ClosingFile closingFiles, Clock clock) {
        this.messages = messages;
        this.dutyRecords = dutyRecords;
        this.closingFiles = closingFiles;
        this.clock = clock;
    }

    /** The findings file imported with this fingerprint, or the latest of the inspection with this uid. */
    FindingsImport findingsFile(Workspace workspace, String id) {
        String wanted = id == null ? "" : id.strip();
        String fingerprint = PackageFingerprint.normalise(wanted);
        List<FindingsImport> imports = workspace.read(store -> store.problems().imports());
        Optional<FindingsImport> found = imports.stream().filter(i -> i.fingerprint().equals(fingerprint)).findFirst()
                .or(() -> imports.stream().filter(i -> i.inspectionUid().equalsIgnoreCase(wanted))
                        .max(Comparator.comparingLong(FindingsImport::id)));
        return found.orElseThrow(() -> new ProblemException(ProblemException.Reason.UNKNOWN_FINDINGS,
                messages.get("closing.error.unknownFindings", wanted)));
    }

    /** The content of the closing package of a findings file, as the workspace holds it today. */
    ClosingFile.Content content(Workspace workspace, FindingsImport file) {
        Enterprise enterprise = workspace.read(store -> store.enterprise().get());
        Predicate<ListedProblem> ofInspection = p -> p.problem().source() == ProblemSource.FINDING
                && file.inspectionUid().equals(p.problem().inspectionUid());
        List<ClosingFile.Answer> answers = new ArrayList<>();
        int f = 0;
        for (ListedProblem p : workspace.read(ProblemService::list).stream().filter(ofInspection).toList()) {
            f++;
            List<ClosingFile.MeasureAnswer> measures = new ArrayList<>();
            int m = 0;
            for (Measure measure : p.measures()) {
                m++;
                measures.add(answer(workspace, measure, f, m));
            }
            answers.add(new ClosingFile.Answer(p.problem().findingUid(), p.problem().lineId(), p.problem().seen(),
                    p.problem().deadline(), measures));
        }
        return new ClosingFile.Content(file.fingerprint(), file.inspectionUid(), file.packageFingerprint(),
                enterprise.name(), enterprise.creditCode(), LocalDate.now(clock), answers);
    }

    ClosingFile.Written write(Workspace workspace, String id, Path out) {
        FindingsImport file = findingsFile(workspace, id);
        return closingFiles.write(content(workspace, file), out, workspace.file());
    }

    private ClosingFile.MeasureAnswer answer(Workspace workspace, Measure measure, int f, int m) {
        MeasureVersion now = measure.current();
        List<ClosingFile.EvidenceFile> files = new ArrayList<>();
        for (EvidenceRecord r : measure.records()) {
            DutyRecord record = dutyRecords.find(workspace, r.id()).orElseThrow(() -> new ProblemException(
                    ProblemException.Reason.UNKNOWN_RECORD, messages.get("problems.error.unknownRecord", r.id())));
            String what = messages.get("closing.evidence.record", r.date().toString(), r.title());
            for (RecordAttachment a : record.attachments()) {
                files.add(file(workspace, a, what, f, m, files.size() + 1));
            }
        }
        for (RecordAttachment a : measure.attachments()) {
            files.add(file(workspace, a, "", f, m, files.size() + 1));
        }
        return new ClosingFile.MeasureAnswer(now.text(), now.ownerName(), now.deadline(), now.status(),
                day(measure.history().get(0).recordedAt()), lastDay(measure, MeasureStatus.DONE),
                lastDay(measure, MeasureStatus.VERIFIED), files);
    }

    private ClosingFile.EvidenceFile file(Workspace workspace, RecordAttachment a, String what, int f, int m, int n) {
        byte[] bytes = dutyRecords.files().content(workspace, a);
        return ClosingFile.EvidenceFile.of(ClosingFile.evidencePath(f, m, n, a.fileName()), a.fileName(), what, bytes);
    }

    /** The day of the latest version that moved the measure into this status (null: never). */
    private static LocalDate lastDay(Measure measure, MeasureStatus status) {
        LocalDate day = null;
        MeasureStatus before = null;
        for (MeasureVersion v : measure.history()) {
            if (v.status() == status && before != status) {
                day = day(v.recordedAt());
            }
            before = v.status();
        }
        return measure.status() == status || status == MeasureStatus.DONE
                && measure.status() == MeasureStatus.VERIFIED ? day : null;
    }

    private static LocalDate day(String utc) {
        LocalDateTime local = RecordTime.localTime(utc);
        return local == null ? null : local.toLocalDate();
    }
}
