package org.nineones.service.problems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.problems.Evidence;
import org.nineones.model.problems.FindingsImport;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.Problem;
import org.nineones.model.problems.ProblemDraft;
import org.nineones.model.problems.ProblemSource;
import org.nineones.service.acceptance.SelfAssessmentService;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.attachments.AttachmentFile;
import org.nineones.service.backup.BackupHook;
import org.nineones.service.inspection.ClosingFile;
import org.nineones.service.inspection.FindingsFile;
import org.nineones.service.ledger.BackedUpLedger;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.records.DutyRecordService;
import org.nineones.service.records.RecordFiles;
import org.nineones.store.ProblemRepository.NewProblem;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The enterprise's problem list (问题清单 → 整改措施; issue 14, point 1): the one entry point of the window and the
 * command line. One list of problems whatever their source — an inspector's findings file ({@link #importFindings}),
 * the latest signed self-assessment ({@link #addFromSelfAssessment}), or by hand ({@link #addProblem}) — each with
 * its measures: an owner from the roster, a deadline, a status (open, in progress, done, verified) and evidence
 * (records of duty performance and files). Problems are final; a measure's status change or correction is a new
 * version, and a verified measure is final. Every action is one transaction with its audit entry; a refusal is a
 * {@link ProblemException} (or the findings file's own refusal) and writes nothing.
 */
public final class ProblemService {

    /** The audit entity of problems and of measures. */
    static final String PROBLEM = "problem";
    static final String MEASURE = "measure";

    private final Messages messages;
    private final long maxAttachmentBytes;
    private final RecordFiles files;
    private final FindingsImporter findings;
    private final SelfAssessmentProblems selfAssessed;
    private final MeasureRules rules;
    private final Ledger ledger;
    private final Ledger sheet;
    private final ClosingPackage closing;

    public ProblemService(Messages messages, FindingsFile findingsFiles, SelfAssessmentService selfAssessments,
                          ChecklistService checklists, DutyRecordService dutyRecords, BackupHook beforeImport) {
        this.messages = messages;
        this.maxAttachmentBytes = dutyRecords.maxAttachmentBytes();
        this.files = dutyRecords.files();
        this.findings = new FindingsImporter(messages, findingsFiles, beforeImport);
        this.selfAssessed = new SelfAssessmentProblems(messages, selfAssessments, checklists);
        this.rules = new MeasureRules(messages);
        this.sheet = new ProblemsLedger(this);
        this.ledger = BackedUpLedger.around(sheet, beforeImport);
        this.closing = new ClosingPackage(messages, dutyRecords, new ClosingFile(messages),
                java.time.Clock.systemDefaultZone());
    }

    /** A person who may own a measure: in the roster and not left. */
    public record Owner(long id, String employeeNumber, String name) {
    }

    Messages messages() {
        return messages;
    }

    /**
     * The evidence files of measures (kept like a duty record's files): their bytes checked against their SHA-256, a
     * copy to open, an export.
     */
    public RecordFiles files() {
        return files;
    }

    /** The largest evidence file a measure takes, in bytes (the records' limit). */
    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    /** The rules of measures, for the ledger's import inside its own transaction. */
    MeasureRules rules() {
        return rules;
    }

    /**
     * The problem list as a spreadsheet ({@code problems}, {@link ProblemsLedger}): exported and imported like every
     * ledger, backed up before an import writes.
     */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * The same ledger without a backup of its own, for the feature registry ({@code Feature} "problems"), whose
     * {@code Ledgers} backs up before every ledger's import writes.
     */
    public Ledger featureLedger() {
        return sheet;
    }

    /** Every problem with its measures, in the order recorded. */
    public List<ListedProblem> list(Workspace workspace) {
        return workspace.read(ProblemService::list);
    }

    static List<ListedProblem> list(Store store) {
        Map<Long, List<Measure>> measures = store.problems().measuresByProblem();
        return store.problems().problems().stream()
                .map(p -> new ListedProblem(p, measures.getOrDefault(p.id(), List.of()))).toList();
    }

    public Optional<ListedProblem> find(Workspace workspace, long problemId) {
        return workspace.read(store -> store.problems().findProblem(problemId).map(p -> new ListedProblem(p,
                store.problems().measuresByProblem().getOrDefault(p.id(), List.of()))));
    }

    /**
     * The problems a findings file brought (by the file's fingerprint), with their measures, in the file's order; a
     * finding already listed from an earlier file of the same inspection stays with the file it first came in.
     */
    public List<ListedProblem> ofFindingsFile(Workspace workspace, String fingerprint) {
        return list(workspace).stream().filter(p -> fingerprint.equals(p.problem().findingsFingerprint())).toList();
    }

    /** A measure with its whole history. */
    public Optional<Measure> findMeasure(Workspace workspace, long measureId) {
        return workspace.read(store -> store.problems().findMeasure(measureId));
    }

    /** The measures overdue on {@code asOf} (not done, deadline before that day), the longest overdue first. */
    public List<OverdueMeasure> overdue(Workspace workspace, LocalDate asOf) {
        List<OverdueMeasure> overdue = new ArrayList<>();
        for (ListedProblem p : list(workspace)) {
            p.overdue(asOf).forEach(m -> overdue.add(OverdueMeasure.of(p.problem(), m, asOf)));
        }
        overdue.sort((a, b) -> Long.compare(b.daysOverdue(), a.daysOverdue()));
        return overdue;
    }

    /** Every findings file imported, the latest first. */
    public List<FindingsImport> findingsImports(Workspace workspace) {
        return workspace.read(store -> store.problems().imports());
    }

    /** The people who may own a measure (in the roster, not left), in the roster's order. */
    public List<Owner> owners(Workspace workspace) {
        return workspace.read(store -> store.employees().all().stream()
                .filter(e -> e.status() != EmployeeStatus.LEFT)
                .map(e -> new Owner(e.id(), e.employeeNumber() == null ? "" : e.employeeNumber(), e.name())).toList());
    }

    /**
     * The employee with this employee number, who may own a measure: refused when no one or several have it (the
     * number is not unique in a roster); someone who has left is found, and refused when named as owner.
     *
     * @throws ProblemException UNKNOWN_OWNER
     */
    public long ownerByNumber(Workspace workspace, String number) {
        String wanted = number == null ? "" : number.strip();
        List<Employee> found = workspace.read(store -> store.employees().all()).stream()
                .filter(e -> wanted.equals(e.employeeNumber() == null ? "" : e.employeeNumber().strip())).toList();
        if (found.size() != 1) {
            throw refusal(ProblemException.Reason.UNKNOWN_OWNER, found.isEmpty() ? "problems.error.noSuchNumber"
                    : "problems.error.ambiguousNumber", wanted, String.valueOf(found.size()));
        }
        return found.get(0).id();
    }

    /**
     * Imports an inspector's findings file: verified first, refused when it is for another enterprise; a file
     * imported before changes nothing, and a finding in the list already is not added twice.
     *
     * @throws org.nineones.service.inspection.InspectionException when the file does not verify (altered: reason
     *                                                              ALTERED), is not a findings file or is newer
     * @throws ProblemException OTHER_ENTERPRISE
     */
    public FindingsImportResult importFindings(Workspace workspace, Path zip) {
        return findings.importFile(workspace, zip);
    }

    /**
     * Writes the closing package (整改回复包) of an imported findings file, named by its fingerprint or by the
     * inspection's uid (its latest import): every finding of that inspection with its measures and their evidence
     * files, for the inspector's inspection file.
     *
     * @throws ProblemException UNKNOWN_FINDINGS (no such findings file imported here), or the refusal of an evidence
     *                          file whose stored copy no longer matches its SHA-256
     */
    public ClosingFile.Written closingPackage(Workspace workspace, String findingsId, Path out) {
        return closing.write(workspace, findingsId, out);
    }

    /** The content a closing package of that findings file would hold today (for a window to show before writing). */
    public ClosingFile.Content closingContent(Workspace workspace, String findingsId) {
        return closing.content(workspace, closing.findingsFile(workspace, findingsId));
    }

    /**
     * Adds a problem for every line of the latest signed self-assessment that lost points or failed its veto; a
     * line already taken from that self-assessment is not added again.
     *
     * @throws ProblemException NO_SELF_ASSESSMENT
     */
    public SelfAssessmentImportResult addFromSelfAssessment(Workspace workspace) {
        return selfAssessed.addLatest(workspace);
    }

    /** Records a problem entered by hand (a safety meeting, a check). */
    public Problem addProblem(Workspace workspace, ProblemDraft draft) {
        if (draft.seen().isEmpty()) {
            throw refusal(ProblemException.Reason.NO_SEEN, "problems.error.noSeen");
        }
        return workspace.write(store -> insertManual(store, draft));
    }

    /**
     * Records a problem found by a check (the monthly dispatch of the grid) with its first measure, inside a
     * transaction the caller opened, so the caller's own record and the problem are written together or not at all:
     * the same rows, checks and audit entries as {@link #addProblem} and {@link #addMeasure}.
     *
     * @throws ProblemException NO_SEEN and the checks of a new measure
     */
    public ListedProblem addWithMeasure(Store store, ProblemDraft draft, MeasureDraft measure) {
        if (draft.seen().isEmpty()) {
            throw refusal(ProblemException.Reason.NO_SEEN, "problems.error.noSeen");
        }
        rules.checkDraft(measure);
        Problem problem = insertManual(store, draft);
        Measure first = rules.add(store, problem.id(), measure);
        return new ListedProblem(problem, List.of(first));
    }

    private Problem insertManual(Store store, ProblemDraft draft) {
        long id = store.problems().insertProblem(new NewProblem(ProblemSource.MANUAL, null, null, null, null,
                null, draft.lineId(), draft.seen(), draft.requirement(), draft.deadline(), draft.responsible()));
        store.audit().record("add", PROBLEM, id, messages.get("problems.audit.add", shortly(draft.seen())));
        return store.problems().findProblem(id).orElseThrow();
    }

    /**
     * Adds a measure to a problem, status open.
     *
     * @throws ProblemException NO_TEXT, NO_OWNER, NO_DEADLINE, UNKNOWN_OWNER, OWNER_LEFT, UNKNOWN_PROBLEM
     */
    public Measure addMeasure(Workspace workspace, long problemId, MeasureDraft draft) {
        rules.checkDraft(draft);
        return workspace.write(store -> rules.add(store, problemId, draft));
    }

    /**
     * Changes a measure's status with a note and evidence, as a new version: done needs evidence (now or given
     * before), verified needs done first, a status taken back needs a note saying why; a verified measure is final.
     *
     * @throws ProblemException UNKNOWN_MEASURE, VERIFIED, SAME_STATUS, NOT_DONE, NO_EVIDENCE, NO_REASON,
     *                          UNKNOWN_RECORD, or the refusal of a file ({@code AttachmentRefusedException})
     */
    public Measure changeStatus(Workspace workspace, long measureId, MeasureStatus status, String note,
                                Evidence evidence) {
        java.util.Objects.requireNonNull(status, "status");
        Evidence given = evidence == null ? Evidence.NONE : evidence;
        List<AttachmentFile> files = readAll(given.files());
        String said = note == null ? "" : note.strip();
        return workspace.write(store -> rules.change(store, measureId, status, said, given.dutyRecordIds(), files));
    }

    /**
     * Adds evidence to a measure without changing its status (photos while the work goes on, the records of the
     * check that found it done), as a new version.
     *
     * @throws ProblemException NO_EVIDENCE (none given), UNKNOWN_MEASURE, VERIFIED, UNKNOWN_RECORD, or the refusal of
     *                          a file
     */
    public Measure addEvidence(Workspace workspace, long measureId, String note, Evidence evidence) {
        Evidence given = evidence == null ? Evidence.NONE : evidence;
        List<AttachmentFile> files = readAll(given.files());
        String said = note == null ? "" : note.strip();
        return workspace.write(store -> rules.change(store, measureId, null, said, given.dutyRecordIds(), files));
    }

    /**
     * Corrects a measure's text, owner or deadline, with the reason, as a new version keeping its status.
     *
     * @throws ProblemException NO_REASON, NOTHING_CORRECTED, VERIFIED, UNKNOWN_MEASURE and the checks of a new measure
     */
    public Measure correct(Workspace workspace, long measureId, MeasureDraft draft, String reason) {
        rules.checkDraft(draft);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw refusal(ProblemException.Reason.NO_REASON, "problems.error.noReason");
        }
        return workspace.write(store -> rules.correct(store, measureId, draft, why));
    }

    List<AttachmentFile> readAll(List<Path> paths) {
        List<AttachmentFile> read = new ArrayList<>();
        for (Path p : paths) {
            read.add(AttachmentFile.read(p, maxAttachmentBytes, messages));
        }
        return read;
    }

    ProblemException refusal(ProblemException.Reason reason, String key, Object... args) {
        return new ProblemException(reason, messages.get(key, args));
    }

    /** A text as an audit entry or a sentence names it: its first 30 characters. */
    static String shortly(String text) {
        String t = text == null ? "" : text.strip();
        return t.codePointCount(0, t.length()) <= 30 ? t : t.substring(0, t.offsetByCodePoints(0, 30)) + "…";
    }
}
