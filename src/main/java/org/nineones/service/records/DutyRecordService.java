package org.nineones.service.records;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordFilter;
import org.nineones.service.attachments.AttachmentFile;
import org.nineones.store.DutyRecordRepository.NewRecord;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * Records of duty performance (专档记录: minutes, inspection notes, photos, scans of signed registers): the one entry
 * point of the window and the command line. A record is final once recorded (decision 0016); a correction is a new
 * record naming the record it corrects and why, and may keep its files. Every file is read whole and checked before
 * the transaction, so a refused file writes nothing; the files themselves are in {@link RecordFiles}.
 */
public final class DutyRecordService {

    private final Messages messages;
    private final long maxAttachmentBytes;
    private final RecordFiles files;

    public DutyRecordService(Messages messages, long maxAttachmentBytes) {
        this.messages = messages;
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.files = new RecordFiles(messages);
    }

    /** The largest file a record takes, in bytes. */
    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    /** The item's number and name as lists show it ("9 一套公示与档案"). */
    public String itemName(NineItem item) {
        return item == null ? "" : messages.get("records.item." + item.number());
    }

    /**
     * Checks a file as it is chosen, without reading its content (a missing file, a folder, an unsupported kind, an
     * empty file, one over the limit); the whole check is made again when the record is written.
     *
     * @throws org.nineones.service.attachments.AttachmentRefusedException with the sentence naming the file
     */
    public void precheckFile(Path file) {
        AttachmentFile.precheck(file, maxAttachmentBytes, messages);
    }

    /** The extensions of the files a record takes, as a file chooser's patterns ("*.jpg", "*.pdf", …). */
    public List<String> filePatterns() {
        return org.nineones.service.attachments.FileType.allExtensions().stream().map(e -> "*." + e).toList();
    }

    /** Reading, exporting and opening the files kept with records. */
    public RecordFiles files() {
        return files;
    }

    /**
     * Records a new duty record with its files.
     *
     * @throws RecordRuleException or {@code AttachmentRefusedException} with the sentence; nothing is written
     */
    public DutyRecord add(Workspace workspace, RecordDraft draft) {
        check(draft);
        List<AttachmentFile> read = readAll(draft.files());
        return workspace.write(store -> {
            checkSubjects(store, draft);
            long id = write(store, draft, read, List.of(), false, null, null);
            DutyRecord saved = find(store, id);
            store.audit().record("record", "duty_record", id, messages.get("records.audit.add",
                    messages.of(saved.kind()), saved.title(), saved.date().toString(),
                    String.valueOf(saved.attachments().size())));
            return saved;
        });
    }

    /**
     * Records a correction of record {@code correctedId}: the draft as it should have been (it may keep the corrected
     * record's files by id) and the reason; the corrected record stays, marked as corrected.
     */
    public DutyRecord correct(Workspace workspace, long correctedId, RecordDraft draft, String reason) {
        check(draft);
        String why = checkReason(reason);
        List<AttachmentFile> read = readAll(draft.files());
        return workspace.write(store -> {
            DutyRecord old = correctable(store, correctedId);
            checkSubjects(store, draft);
            for (Long kept : draft.keptAttachmentIds()) {
                if (!store.dutyRecords().hasAttachment(correctedId, kept)) {
                    throw new RecordRuleException("files", messages.get("records.error.keptFile"));
                }
            }
            long id = write(store, draft, read, draft.keptAttachmentIds(), false, correctedId, why);
            store.audit().record("correct", "duty_record", id, messages.get("records.audit.correct",
                    String.valueOf(old.id()), old.title(), why));
            return find(store, id);
        });
    }

    /** Withdraws record {@code id} (recorded by mistake) by a correction that voids it, with the reason. */
    public DutyRecord withdraw(Workspace workspace, long id, String reason) {
        String why = checkReason(reason);
        return workspace.write(store -> {
            DutyRecord old = correctable(store, id);
            RecordDraft same = new RecordDraft(old.kind(), old.title(), old.date(), old.item(), old.note(),
                    old.orgUnitId(), old.people().stream().map(p -> p.employeeId()).toList(),
                    old.attachments().stream().map(a -> a.id()).toList(), List.of());
            long newId = write(store, same, List.of(), same.keptAttachmentIds(), true, id, why);
            store.audit().record("withdraw", "duty_record", newId, messages.get("records.audit.withdraw",
                    String.valueOf(old.id()), old.title(), why));
            return find(store, newId);
        });
    }

    /** The records the filter accepts, corrections and corrected records too, newest first. */
    public List<DutyRecord> list(Workspace workspace, RecordFilter filter) {
        return workspace.read(store -> store.dutyRecords().all(paths(store)).stream().filter(filter::accepts)
                .toList());
    }

    public Optional<DutyRecord> find(Workspace workspace, long id) {
        return workspace.read(store -> store.dutyRecords().find(id, paths(store)));
    }

    /** The people and org units a record may name. */
    public RecordChoices choices(Workspace workspace) {
        return workspace.read(store -> {
            Map<Long, String> paths = paths(store);
            Map<Long, Long> postUnits = new HashMap<>();
            store.posts().all().forEach(p -> postUnits.put(p.id(), p.orgUnitId()));
            List<RecordChoices.Person> people = new ArrayList<>();
            for (Employee e : store.employees().all()) {
                Long unit = e.orgUnitId() != null ? e.orgUnitId() : e.postId() == null ? null : postUnits.get(e.postId());
                people.add(new RecordChoices.Person(e.id(), e.employeeNumber() == null ? "" : e.employeeNumber(),
                        e.name(), unit == null ? "" : paths.getOrDefault(unit, "")));
            }
            List<RecordChoices.Unit> units = store.orgUnits().all().stream()
                    .map(u -> new RecordChoices.Unit(u.id(), paths.get(u.id()))).toList();
            return new RecordChoices(people, units);
        });
    }

    /** The employee with this employee number, refusing an unknown or ambiguous number with a sentence. */
    public long employeeByNumber(Workspace workspace, String number) {
        String wanted = number == null ? "" : number.strip();
        List<RecordChoices.Person> found = choices(workspace).people().stream()
                .filter(p -> p.employeeNumber().equals(wanted)).toList();
        if (found.size() != 1) {
            throw new RecordRuleException("people", messages.get(found.isEmpty() ? "records.error.noSuchNumber"
                    : "records.error.ambiguousNumber", wanted));
        }
        return found.get(0).id();
    }

    /** The org unit at this path (生产部/一车间, or the company's own name), refusing an unknown path. */
    public long orgUnitByPath(Workspace workspace, String path) {
        List<String> wanted = OrgPaths.parts(path);
        return choices(workspace).units().stream().filter(u -> OrgPaths.parts(u.path()).equals(wanted))
                .map(RecordChoices.Unit::id).findFirst()
                .orElseThrow(() -> new RecordRuleException("unit", messages.get("records.error.noSuchUnit", path)));
    }

    private void check(RecordDraft draft) {
        if (draft.kind() == null) {
            throw new RecordRuleException("kind", messages.get("records.error.kind"));
        }
        if (draft.title().isEmpty()) {
            throw new RecordRuleException("title", messages.get("records.error.title"));
        }
        if (draft.date() == null) {
            throw new RecordRuleException("date", messages.get("records.error.date"));
        }
        if (draft.date().isAfter(LocalDate.now())) {
            throw new RecordRuleException("date", messages.get("records.error.future", draft.date().toString()));
        }
        if (draft.item() == null) {
            throw new RecordRuleException("item", messages.get("records.error.item"));
        }
        if (new LinkedHashSet<>(draft.employeeIds()).size() != draft.employeeIds().size()) {
            throw new RecordRuleException("people", messages.get("records.error.samePerson"));
        }
    }

    private String checkReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RecordRuleException("reason", messages.get("records.error.reason"));
        }
        return why;
    }

    private List<AttachmentFile> readAll(List<Path> paths) {
        List<AttachmentFile> read = new ArrayList<>();
        for (Path p : paths) {
            read.add(AttachmentFile.read(p, maxAttachmentBytes, messages));
        }
        return read;
    }

    private void checkSubjects(Store store, RecordDraft draft) {
        for (Long id : draft.employeeIds()) {
            if (store.employees().find(id).isEmpty()) {
                throw new RecordRuleException("people", messages.get("records.error.noSuchPerson"));
            }
        }
        if (draft.orgUnitId() != null && store.orgUnits().find(draft.orgUnitId()).isEmpty()) {
            throw new RecordRuleException("unit", messages.get("records.error.noSuchUnit", "#" + draft.orgUnitId()));
        }
    }

    private DutyRecord correctable(Store store, long id) {
        DutyRecord old = store.dutyRecords().find(id, paths(store)).orElseThrow(() ->
                new RecordRuleException("record", messages.get("records.error.noSuchRecord", String.valueOf(id))));
        if (old.correctedById() != null) {
            throw new RecordRuleException("record", messages.get("records.error.alreadyCorrected",
                    String.valueOf(id), String.valueOf(old.correctedById())));
        }
        if (old.voided()) {
            throw new RecordRuleException("record", messages.get("records.error.withdrawn", String.valueOf(id)));
        }
        return old;
    }

    private long write(Store store, RecordDraft draft, List<AttachmentFile> read, List<Long> kept, boolean voided,
                       Long correctsId, String reason) {
        List<Long> attachmentIds = new ArrayList<>(kept);
        for (AttachmentFile f : read) {
            attachmentIds.add(store.attachments().insert(f.fileName(), f.mediaType(), f.sha256(), f.content()));
        }
        return store.dutyRecords().insert(new NewRecord(draft.kind(), draft.title(), draft.date(), draft.item(),
                draft.note(), draft.orgUnitId(), voided, correctsId, reason), draft.employeeIds(), attachmentIds);
    }

    private DutyRecord find(Store store, long id) {
        return store.dutyRecords().find(id, paths(store)).orElseThrow();
    }

    private static Map<Long, String> paths(Store store) {
        List<OrgUnit> units = store.orgUnits().all();
        return OrgPaths.printed(units);
    }
}
