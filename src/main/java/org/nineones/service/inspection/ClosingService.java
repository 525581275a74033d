package org.nineones.service.inspection;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.Sha256;
import org.nineones.model.inspection.ClosingAnswer;
import org.nineones.model.inspection.ClosingDecision;
import org.nineones.model.inspection.ClosingImport;
import org.nineones.model.inspection.FindingClosing;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.pack.PackageFingerprint;
import org.nineones.store.ClosingRepository;
import org.nineones.store.InspectionFile;
import org.nineones.store.InspectionRepository;

/**
 * The inspector's side of rectification (issue 14, point 2): a closing package (整改回复包) imported into the inspection
 * file — verified first ({@link ClosingFile#read}), refused for an inspection the file does not hold, another
 * enterprise, or a finding the inspection does not have, once by its fingerprint — each finding's state (accepted,
 * rectified, open, overdue; {@link FindingClosing}) and the inspector's acceptance (验收整改) or sending back (退回整改,
 * with the reason) of a finding. One transaction per action; every refusal a {@link ClosingException} or the file's
 * own {@link InspectionException}, with nothing written.
 */
public final class ClosingService {

    private final Messages messages;
    private final ClosingFile closingFiles;
    private final Clock clock;

    public ClosingService(Messages messages, ClosingFile closingFiles, Clock clock) {
        this.messages = messages;
        this.closingFiles = closingFiles;
        this.clock = clock;
    }

    /**
     * Imports a closing package into the inspection it answers.
     *
     * @throws InspectionException ALTERED (naming the file and what changed) or NOT_A_PACKAGE
     * @throws ClosingException UNKNOWN_INSPECTION, OTHER_ENTERPRISE, UNKNOWN_FINDINGS, NOT_SIGNED
     */
    public ClosingImportResult importPackage(InspectionFile file, Path zip) {
        ClosingFile.Content content = closingFiles.read(zip);
        String fingerprint = PackageFingerprint.of(zip);
        String name = zip.getFileName() == null ? zip.toString() : zip.getFileName().toString();
        return file.write(store -> {
            Inspection inspection = check(store, content, name);
            Optional<ClosingImport> earlier = store.closing().byFingerprint(fingerprint);
            if (earlier.isPresent()) {
                return new ClosingImportResult(inspection, earlier.get(), true, states(store, inspection),
                        messages.get("closing.again", name, RecordTime.local(earlier.get().importedAt())));
            }
            ClosingRepository closing = store.closing();
            ClosingImport recorded = closing.insertPackage(new ClosingImport(0, inspection.id(), fingerprint, name,
                    content.findingsFingerprint(), content.enterpriseName(), content.creditCode(), content.date(),
                    null, null));
            for (ClosingFile.Answer a : content.answers()) {
                long answerId = closing.insertAnswer(recorded.id(), a.findingUid());
                int position = 0;
                for (ClosingFile.MeasureAnswer m : a.measures()) {
                    long measureId = closing.insertMeasure(answerId, new ClosingAnswer.Measure(++position, m.text(),
                            m.owner(), m.deadline(), m.status(), m.addedOn(), m.doneOn(), m.verifiedOn(), List.of()));
                    int n = 0;
                    for (ClosingFile.EvidenceFile e : m.evidence()) {
                        closing.insertEvidence(measureId, ++n, e.path(), e.fileName(), e.what(), e.sha256(),
                                e.content());
                    }
                }
            }
            long rectified = content.answers().stream().filter(ClosingFile.Answer::done).count();
            return new ClosingImportResult(inspection, recorded, false, states(store, inspection),
                    messages.get("closing.imported", name, content.enterpriseName(), content.date().toString(),
                            String.valueOf(content.answers().size()), String.valueOf(rectified)));
        });
    }

    /** The inspection answered, once the package is for it: held here, signed, same enterprise, its findings. */
    private Inspection check(InspectionRepository store, ClosingFile.Content content, String name) {
        Inspection inspection = store.all().stream().filter(i -> i.uid().equalsIgnoreCase(content.inspectionUid()))
                .findFirst().orElseThrow(() -> refusal(ClosingException.Reason.UNKNOWN_INSPECTION,
                        "closing.error.unknownInspection", name, content.inspectionUid(), content.enterpriseName()));
        if (!code(inspection.creditCode()).equals(code(content.creditCode()))) {
            throw refusal(ClosingException.Reason.OTHER_ENTERPRISE, "closing.error.otherEnterprise", name,
                    content.enterpriseName(), content.creditCode(), inspection.enterpriseName(),
                    inspection.creditCode());
        }
        if (!store.review().isSigned(inspection.id())) {
            throw refusal(ClosingException.Reason.NOT_SIGNED, "closing.error.notSigned", inspection.enterpriseName());
        }
        Set<String> ours = store.review().findings(inspection.id()).stream().map(InspectionFinding::uid)
                .collect(Collectors.toSet());
        for (ClosingFile.Answer a : content.answers()) {
            if (!ours.contains(a.findingUid())) {
                throw refusal(ClosingException.Reason.UNKNOWN_FINDINGS, "closing.error.unknownFindings.inspector",
                        name, a.findingUid(), a.seen());
            }
        }
        return inspection;
    }

    /** Every finding of the inspection with its state today, in the order they were made. */
    public List<FindingClosing> states(InspectionFile file, Inspection inspection) {
        return file.read(store -> states(store, inspection));
    }

    private List<FindingClosing> states(InspectionRepository store, Inspection inspection) {
        return states(store, inspection, LocalDate.now(clock));
    }

    /**
     * Every finding of the inspection with its state on {@code asOf}, in the order they were made, read in a
     * transaction already open on the inspection file (the county desk reads them so when it loads the file).
     */
    public static List<FindingClosing> states(InspectionRepository store, Inspection inspection, LocalDate asOf) {
        Map<String, ClosingAnswer> answers = store.closing().latestAnswers(inspection.id());
        Map<String, ClosingDecision> decisions = store.closing().decisions(inspection.id()).stream()
                .collect(Collectors.toMap(ClosingDecision::findingUid, d -> d, (a, b) -> b));
        List<FindingClosing> states = new ArrayList<>();
        for (InspectionFinding f : store.review().findings(inspection.id())) {
            states.add(FindingClosing.of(f, answers.get(f.uid()), decisions.get(f.uid()), asOf));
        }
        return states;
    }

    /** The closing packages imported for the inspection, the oldest first. */
    public List<ClosingImport> packages(InspectionFile file, Inspection inspection) {
        return file.read(store -> store.closing().packages(inspection.id()));
    }

    /**
     * The inspection of the file whose findings include {@code findingUid} (the command line names the finding only).
     *
     * @throws ClosingException UNKNOWN_FINDING when no inspection of the file has it
     */
    public Inspection inspectionOf(InspectionFile file, String findingUid) {
        String uid = findingUid == null ? "" : findingUid.strip();
        return file.read(store -> store.all().stream()
                .filter(i -> store.review().findings(i.id()).stream().anyMatch(f -> f.uid().equals(uid)))
                .findFirst().orElseThrow(() -> refusal(ClosingException.Reason.UNKNOWN_FINDING,
                        "closing.error.unknownFinding.file", uid, file.file().getFileName())));
    }

    /**
     * Accepts a finding's rectification (验收整改): the finding is closed.
     *
     * @throws ClosingException UNKNOWN_FINDING, NOT_SIGNED, ACCEPTED (already), NOT_DONE (not every measure done)
     */
    public FindingClosing accept(InspectionFile file, Inspection inspection, String findingUid) {
        return file.write(store -> {
            FindingClosing now = current(store, inspection, findingUid);
            if (now.state() == FindingClosing.State.ACCEPTED) {
                throw refusal(ClosingException.Reason.ACCEPTED, "closing.error.accepted", shortly(now));
            }
            if (now.state() != FindingClosing.State.CLOSED) {
                throw refusal(ClosingException.Reason.NOT_DONE, "closing.error.notDone", shortly(now),
                        messages.get("closing.state." + now.state().name()));
            }
            store.closing().decide(inspection.id(), findingUid, ClosingDecision.Kind.ACCEPTED, "",
                    now.answer().packageId());
            return current(store, inspection, findingUid);
        });
    }

    /**
     * Sends a finding back (退回整改) with the reason: it is open (or overdue) again until a newer closing package
     * answers it.
     *
     * @throws ClosingException NO_REASON, UNKNOWN_FINDING, NOT_SIGNED, NOT_CLOSED (not rectified: nothing to send back)
     */
    public FindingClosing reopen(InspectionFile file, Inspection inspection, String findingUid, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw refusal(ClosingException.Reason.NO_REASON, "closing.error.noReason");
        }
        return file.write(store -> {
            FindingClosing now = current(store, inspection, findingUid);
            if (now.state() != FindingClosing.State.CLOSED && now.state() != FindingClosing.State.ACCEPTED) {
                throw refusal(ClosingException.Reason.NOT_CLOSED, "closing.error.notClosed", shortly(now),
                        messages.get("closing.state." + now.state().name()));
            }
            store.closing().decide(inspection.id(), findingUid, ClosingDecision.Kind.REOPENED, why,
                    now.answer() == null ? null : now.answer().packageId());
            return current(store, inspection, findingUid);
        });
    }

    /** An evidence file's bytes, checked against the SHA-256 kept with it. */
    public byte[] evidence(InspectionFile file, ClosingAnswer.Evidence evidence) {
        byte[] bytes = file.read(store -> store.closing().evidence(evidence.id())).orElseThrow();
        if (!Sha256.hex(bytes).equals(evidence.sha256())) {
            throw new IllegalStateException("the evidence file " + evidence.fileName() + " changed in the file");
        }
        return bytes;
    }

    /** A read-only copy of an evidence file (checked against its SHA-256) for the system's viewer. */
    public java.nio.file.Path evidenceCopy(InspectionFile file, ClosingAnswer.Evidence evidence)
            throws java.io.IOException {
        return org.nineones.service.records.RecordFiles.readOnlyCopy(evidence(file, evidence), evidence.fileName(),
                "closing-");
    }

    private FindingClosing current(InspectionRepository store, Inspection inspection, String findingUid) {
        if (!store.review().isSigned(inspection.id())) {
            throw refusal(ClosingException.Reason.NOT_SIGNED, "closing.error.notSigned", inspection.enterpriseName());
        }
        return states(store, inspection).stream().filter(f -> f.finding().uid().equals(findingUid)).findFirst()
                .orElseThrow(() -> refusal(ClosingException.Reason.UNKNOWN_FINDING, "closing.error.unknownFinding",
                        findingUid));
    }

    private static String shortly(FindingClosing f) {
        String seen = f.finding().seen();
        String text = seen.codePointCount(0, seen.length()) <= 30 ? seen
                : seen.substring(0, seen.offsetByCodePoints(0, 30)) + "…";
        return f.finding().lineId().isEmpty() ? text : f.finding().lineId() + " " + text;
    }

    private ClosingException refusal(ClosingException.Reason reason, String key, Object... args) {
        return new ClosingException(reason, messages.get(key, args));
    }

    private static String code(String creditCode) {
        return creditCode == null ? "" : PackageFingerprint.normalise(creditCode).toUpperCase(Locale.ROOT);
    }
}
