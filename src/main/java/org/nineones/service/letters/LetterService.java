package org.nineones.service.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.TextNormaliser;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.store.LetterRepository;
import org.nineones.store.LetterRepository.NewSignature;
import org.nineones.store.LetterRepository.Signature;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The yearly signing round of responsibility letters (安全生产责任书): who signs with whom ({@link SigningOrder}),
 * who has signed, who has not, and who must sign again because their post's duty list got a newer version (or they
 * moved post) since. Signing and correcting are single transactions with their audit entries; a recorded signature
 * is never changed (decision 0016): a correction is a new row naming the one it replaces, with a reason, and
 * {@code voided} withdraws a signature.
 *
 * <p>Who signs: every employee not marked as having left (on leave included) who has a post. A signature records
 * the duty-list version that counts when it is recorded (in force, else the draft): the version the letter printed
 * now shows.
 */
public final class LetterService {

    /** Scans and photos larger than this are refused. */
    public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    private final Messages messages;
    private final Clock clock;

    public LetterService(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public LetterService(Messages messages) {
        this(messages, Clock.systemDefaultZone());
    }

    public Messages messages() {
        return messages;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day a year's round is judged on: today, or the year's last day for a past year. */
    public LocalDate referenceDay(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = today();
        return today.isAfter(end) ? end : today;
    }

    /** Everyone who signs for the year, with their counterpart and status, in round order. */
    public LetterRound round(Workspace workspace, int year) {
        checkYear(year);
        return workspace.read(store -> round(store, year));
    }

    LetterRound round(Store store, int year) {
        LocalDate day = referenceDay(year);
        List<OrgUnit> units = store.orgUnits().all();
        List<Post> posts = store.posts().all();
        Map<Long, Post> postById = posts.stream().collect(Collectors.toMap(Post::id, p -> p));
        List<Employee> people = store.employees().all().stream()
                .filter(e -> e.status() != EmployeeStatus.LEFT && e.postId() != null && postById.containsKey(e.postId()))
                .toList();
        SigningOrder order = new SigningOrder(units, posts, people, superiorName(store));
        Map<Long, ContentVersion> current = store.content().counting(ContentKind.DUTY_LIST, day);
        Map<Long, Integer> numbers = versionNumbers(store);
        LetterRepository letters = store.letters();
        List<Signature> ofYear = letters.ofYear(year);
        Map<Long, Long> signingOf = signingOrder(ofYear);
        Map<Long, Signature> inForce = new HashMap<>();
        for (Signature s : letters.inForce(year)) {
            inForce.merge(s.employeeId(), s, (a, b) -> later(a, b, signingOf));
        }
        Map<Long, Integer> corrections = new HashMap<>();
        for (Signature s : ofYear) {
            if (s.isCorrection()) {
                corrections.merge(s.employeeId(), 1, Integer::sum);
            }
        }
        Map<Long, String> paths = OrgPaths.printed(units);
        Map<Long, Integer> treeOrder = treeOrder(units);
        List<LetterRow> rows = new ArrayList<>();
        for (Employee e : people) {
            Post post = postById.get(e.postId());
            SigningOrder.Place place = order.place(e);
            Signature signature = inForce.get(e.id());
            ContentVersion version = current.get(post.id());
            int signedNumber = signature == null || signature.dutyListVersionId() == null ? 0
                    : numbers.getOrDefault(signature.dutyListVersionId(), 0);
            LetterStatus status = status(post, version, signature, signedNumber);
            Long unit = e.orgUnitId() != null ? e.orgUnitId() : post.orgUnitId();
            rows.add(new LetterRow(e, post, paths.getOrDefault(unit, ""), place.level(), place.counterpart(), status,
                    version, signature, signedNumber, corrections.getOrDefault(e.id(), 0)));
        }
        rows.sort(Comparator.comparingInt(LetterRow::level)
                .thenComparing(r -> treeOrder.getOrDefault(unitOf(r), Integer.MAX_VALUE))
                .thenComparing(r -> r.post().name())
                .thenComparing(r -> r.employee().name())
                .thenComparing(LetterRow::employeeId));
        return new LetterRound(year, rows);
    }

    private static Long unitOf(LetterRow r) {
        return r.employee().orgUnitId() != null ? r.employee().orgUnitId() : r.post().orgUnitId();
    }

    static LetterStatus status(Post post, ContentVersion current, Signature signature, int signedNumber) {
        if (signature == null) {
            return LetterStatus.UNSIGNED;
        }
        if (signature.postId() != post.id()) {
            return LetterStatus.RESIGN;
        }
        if (current != null && !current.id().equals(signature.dutyListVersionId())
                && (signature.dutyListVersionId() == null || current.number() > signedNumber)) {
            return LetterStatus.RESIGN;
        }
        return LetterStatus.SIGNED;
    }

    /**
     * Of two signatures in force for one person, the one signed later in record order: the one whose original
     * signing row (a correction takes the place of the row it corrects) was recorded later. Not by signing date: a
     * re-signature after a new duty-list version or a move of post may well carry an earlier date than the one it
     * supersedes, and must still count.
     */
    static Signature later(Signature a, Signature b, Map<Long, Long> signingOf) {
        long ra = signingOf.getOrDefault(a.id(), a.id());
        long rb = signingOf.getOrDefault(b.id(), b.id());
        if (ra != rb) {
            return ra > rb ? a : b;
        }
        return a.id() > b.id() ? a : b;
    }

    /** For every row, the id of the original signing row its chain of corrections starts from. */
    static Map<Long, Long> signingOrder(List<Signature> rows) {
        Map<Long, Long> corrects = new HashMap<>();
        for (Signature s : rows) {
            if (s.correctsId() != null) {
                corrects.put(s.id(), s.correctsId());
            }
        }
        Map<Long, Long> root = new HashMap<>();
        for (Signature s : rows) {
            long id = s.id();
            int guard = rows.size();
            while (corrects.containsKey(id) && guard-- > 0) {
                id = corrects.get(id);
            }
            root.put(s.id(), id);
        }
        return root;
    }

    private static Map<Long, Integer> versionNumbers(Store store) {
        Map<Long, Integer> numbers = new HashMap<>();
        store.content().allWithoutBodies().stream().filter(v -> v.kind() == ContentKind.DUTY_LIST)
                .forEach(v -> numbers.put(v.id(), v.number()));
        return numbers;
    }

    /** Units in tree order (parents before children, siblings by sort order and name). */
    static Map<Long, Integer> treeOrder(List<OrgUnit> units) {
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        Set<Long> ids = units.stream().map(OrgUnit::id).collect(Collectors.toSet());
        for (OrgUnit u : units) {
            if (u.parentId() == null || !ids.contains(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Comparator<OrgUnit> siblings = Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::name)
                .thenComparing(OrgUnit::id);
        Map<Long, Integer> order = new LinkedHashMap<>();
        ArrayList<OrgUnit> stack = new ArrayList<>(roots.stream().sorted(siblings.reversed()).toList());
        while (!stack.isEmpty()) {
            OrgUnit u = stack.remove(stack.size() - 1);
            if (order.containsKey(u.id())) {
                continue;
            }
            order.put(u.id(), order.size());
            List<OrgUnit> kids = new ArrayList<>(children.getOrDefault(u.id(), List.of()));
            kids.sort(siblings.reversed());
            stack.addAll(kids);
        }
        return order;
    }

    /** How the principal's counterpart is named: the enterprise's superior. */
    String superiorName(Store store) {
        return messages.get("letters.counterpart.superior", store.enterprise().get().name());
    }

    /**
     * Records that a person signed the year's letter on {@code signedOn}, with an optional scan or photo.
     *
     * @throws LetterRuleException when the date, the file or the person does not allow it; nothing is written
     */
    public Signature sign(Workspace workspace, long employeeId, int year, LocalDate signedOn, java.nio.file.Path scan) {
        checkYear(year);
        checkDate(year, signedOn);
        AttachmentFile file = scan == null ? null : AttachmentFile.read(scan, messages);
        return workspace.write(store -> sign(store, employeeId, year, signedOn, file));
    }

    /** Records a signature inside a caller's transaction (the ledger import); checks as {@link #sign}. */
    Signature sign(Store store, long employeeId, int year, LocalDate signedOn, AttachmentFile file) {
        LetterRound round = round(store, year);
        LetterRow row = round.rows().stream().filter(r -> r.employeeId() == employeeId).findFirst()
                .orElseThrow(() -> new LetterRuleException("", messages.get("letters.error.notInRound")));
        if (row.status() == LetterStatus.SIGNED) {
            throw new LetterRuleException("date", messages.get("letters.error.alreadySigned", row.employee().name(),
                    String.valueOf(year), row.signature().signedOn().toString()));
        }
        checkResignDate(row, signedOn);
        Long attachmentId = file == null ? null : Long.valueOf(file.store(store.letters()));
        Counterpart c = row.counterpart();
        Signature saved = store.letters().insert(new NewSignature(year, employeeId, row.post().id(),
                row.current() == null ? null : row.current().id(), c.employeeId(), c.name(), signedOn, attachmentId,
                false, null, null));
        store.audit().record("sign", "letter_signature", saved.id(), messages.get("letters.audit.sign",
                row.employee().name(), String.valueOf(year), signedOn.toString(), versionText(row.current())));
        return saved;
    }

    /** A signature an import will record. */
    record Planned(long employeeId, int year, LocalDate signedOn) {
    }

    /**
     * Records imported signatures inside the caller's transaction, each with its audit entry; a person already
     * signed for the year (on the version now counting) is left out. Returns the signatures written.
     */
    int signAll(Store store, List<Planned> planned) {
        Map<Integer, Map<Long, LetterRow>> rounds = new HashMap<>();
        int written = 0;
        for (Planned p : planned) {
            Map<Long, LetterRow> round = rounds.computeIfAbsent(p.year(), y -> round(store, y).rows().stream()
                    .collect(Collectors.toMap(LetterRow::employeeId, r -> r)));
            LetterRow row = round.get(p.employeeId());
            if (row == null || row.status() == LetterStatus.SIGNED) {
                continue;
            }
            checkResignDate(row, p.signedOn());
            Counterpart c = row.counterpart();
            Signature saved = store.letters().insert(new NewSignature(p.year(), p.employeeId(), row.post().id(),
                    row.current() == null ? null : row.current().id(), c.employeeId(), c.name(), p.signedOn(), null,
                    false, null, null));
            store.audit().record("import", "letter_signature", saved.id(), messages.get("letters.audit.sign",
                    row.employee().name(), String.valueOf(p.year()), p.signedOn().toString(), versionText(row.current())));
            round.put(p.employeeId(), new LetterRow(row.employee(), row.post(), row.unitPath(), row.level(), c,
                    LetterStatus.SIGNED, row.current(), saved, row.current() == null ? 0 : row.current().number(),
                    row.corrections()));
            written++;
        }
        return written;
    }

    /**
     * Corrects a recorded signature by a new row: with {@code voided} it withdraws it (the person is then unsigned),
     * else it records {@code newDate} (and, when given, a new scan) in its place.
     *
     * @throws LetterRuleException when the reason is blank, the row was already corrected or withdrawn, or the date
     *                             or file is refused; nothing is written
     */
    public Signature correct(Workspace workspace, long signatureId, String reason, boolean voided, LocalDate newDate,
                             java.nio.file.Path newScan) {
        String why = TextNormaliser.trim(reason);
        if (why.isEmpty()) {
            throw new LetterRuleException("reason", messages.get("letters.error.reasonRequired"));
        }
        AttachmentFile file = newScan == null || voided ? null : AttachmentFile.read(newScan, messages);
        return workspace.write(store -> {
            LetterRepository letters = store.letters();
            Signature target = letters.find(signatureId)
                    .orElseThrow(() -> new LetterRuleException("", messages.get("letters.error.noSuchSignature")));
            if (letters.isCorrected(signatureId)) {
                throw new LetterRuleException("", messages.get("letters.error.alreadyCorrected"));
            }
            if (target.voided()) {
                throw new LetterRuleException("", messages.get("letters.error.alreadyVoided"));
            }
            LocalDate date = voided ? target.signedOn() : newDate;
            if (!voided) {
                checkDate(target.year(), newDate);
                checkCorrectedResignDate(store, target, newDate);
            }
            Long attachmentId = file == null ? target.attachmentId() : Long.valueOf(file.store(letters));
            Signature saved = letters.insert(new NewSignature(target.year(), target.employeeId(), target.postId(),
                    target.dutyListVersionId(), target.counterpartId(), target.counterpartName(), date, attachmentId,
                    voided, target.id(), why));
            String name = store.employees().find(target.employeeId()).map(Employee::name).orElse("");
            store.audit().record(voided ? "void" : "correct", "letter_signature", saved.id(),
                    voided ? messages.get("letters.audit.void", name, String.valueOf(target.year()), why)
                            : messages.get("letters.audit.correct", name, String.valueOf(target.year()),
                            target.signedOn().toString(), date.toString(), why));
            return saved;
        });
    }

    /** A person's signatures and corrections of every year, in the order recorded, each marked in force or not. */
    public List<HistoryEntry> history(Workspace workspace, long employeeId) {
        return workspace.read(store -> {
            LetterRepository letters = store.letters();
            List<Signature> rows = letters.ofEmployee(employeeId);
            Set<Long> corrected = rows.stream().map(Signature::correctsId).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            Map<Long, Integer> numbers = versionNumbers(store);
            List<HistoryEntry> history = new ArrayList<>();
            for (Signature s : rows) {
                String fileName = s.attachmentId() == null ? ""
                        : letters.attachment(s.attachmentId()).map(LetterRepository.AttachmentInfo::fileName).orElse("");
                int number = s.dutyListVersionId() == null ? 0 : numbers.getOrDefault(s.dutyListVersionId(), 0);
                history.add(new HistoryEntry(s, number, !corrected.contains(s.id()) && !s.voided(), fileName));
            }
            return history;
        });
    }

    /** One line describing a history entry, for lists and the ledger's 更正 column. */
    public String describe(HistoryEntry entry) {
        Signature s = entry.signature();
        String version = entry.versionNumber() == 0 ? messages.get("letters.version.none")
                : messages.get("letters.version.short", entry.versionNumber());
        String base;
        if (!s.isCorrection()) {
            base = messages.get("letters.history.signed", String.valueOf(s.year()), s.signedOn().toString(), version);
        } else if (s.voided()) {
            base = messages.get("letters.history.voided", String.valueOf(s.year()), s.correctionReason());
        } else {
            base = messages.get("letters.history.corrected", String.valueOf(s.year()), s.signedOn().toString(),
                    s.correctionReason());
        }
        String who = messages.get("letters.history.by", s.recordedBy(), localTime(s.recordedAt()));
        String file = entry.fileName().isEmpty() ? "" : messages.get("letters.history.file", entry.fileName());
        return base + file + who + (entry.inForce() ? "" : messages.get("letters.history.notInForce"));
    }

    /** A UTC time as SQLite's CURRENT_TIMESTAMP writes it, in the clock's time zone. */
    String localTime(String utc) {
        return org.nineones.model.RecordTime.local(utc, clock.getZone());
    }

    String versionText(ContentVersion v) {
        if (v == null) {
            return messages.get("letters.version.none");
        }
        return v.isDraft() ? messages.get("letters.version.draft", v.number())
                : messages.get("letters.version.short", v.number());
    }

    /** Refuses a signing date that is missing, in the future or before the letter's year. */
    void checkDate(int year, LocalDate signedOn) {
        if (signedOn == null) {
            throw new LetterRuleException("date", messages.get("letters.error.dateRequired"));
        }
        if (signedOn.isAfter(today())) {
            throw new LetterRuleException("date", messages.get("letters.error.dateInFuture", signedOn.toString()));
        }
        if (signedOn.getYear() < year) {
            throw new LetterRuleException("date", messages.get("letters.error.dateBeforeYear", signedOn.toString(),
                    String.valueOf(year)));
        }
    }

    /**
     * Refuses a re-signature (the person signed before, on an older duty-list version or another post) dated before
     * the duty-list version it signs took effect: on that day the person could only have signed the older text.
     */
    void checkResignDate(LetterRow row, LocalDate signedOn) {
        ContentVersion v = row.current();
        if (row.status() != LetterStatus.RESIGN || v == null || v.isDraft() || v.effectiveFrom() == null
                || signedOn == null || !signedOn.isBefore(v.effectiveFrom())) {
            return;
        }
        throw new LetterRuleException("date", messages.get("letters.error.resignBeforeVersion",
                row.employee().name(), row.post().name(), v.number(), v.effectiveFrom().toString(),
                signedOn.toString()));
    }

    /** As {@link #checkResignDate}, for a new date given to a recorded re-signature by a correction. */
    private void checkCorrectedResignDate(Store store, Signature target, LocalDate newDate) {
        if (target.dutyListVersionId() == null) {
            return;
        }
        List<Signature> ofYear = store.letters().ofYear(target.year());
        Map<Long, Long> signingOf = signingOrder(ofYear);
        long own = signingOf.getOrDefault(target.id(), target.id());
        boolean resign = ofYear.stream().anyMatch(s -> s.employeeId() == target.employeeId()
                && signingOf.getOrDefault(s.id(), s.id()) < own);
        if (!resign) {
            return;
        }
        ContentVersion v = store.content().find(target.dutyListVersionId()).orElse(null);
        if (v == null || v.isDraft() || v.effectiveFrom() == null || !newDate.isBefore(v.effectiveFrom())) {
            return;
        }
        String name = store.employees().find(target.employeeId()).map(Employee::name).orElse("");
        String post = store.posts().find(target.postId()).map(Post::name).orElse("");
        throw new LetterRuleException("date", messages.get("letters.error.resignBeforeVersion", name, post,
                v.number(), v.effectiveFrom().toString(), newDate.toString()));
    }

    void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new LetterRuleException("year", messages.get("letters.error.year", String.valueOf(year)));
        }
    }

    /** The current year, for defaults. */
    public int currentYear() {
        return Year.now(clock).getValue();
    }
}
