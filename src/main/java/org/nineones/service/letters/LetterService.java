package org.nineones.service.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.TextNormaliser;
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
    private final LetterRounds rounds;

    public LetterService(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.rounds = new LetterRounds(messages);
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

    /**
     * The round of {@code day}'s year as judged on that day (the duty lists counting then), whatever today is: for
     * the acceptance checks of a past day. Signatures recorded since are still in it: callers compare
     * {@link LetterRow#signedOn()} with the day. The rows' duty-list versions come without their bodies (nothing
     * is printed from this round).
     */
    public LetterRound roundOn(Workspace workspace, LocalDate day) {
        checkYear(day.getYear());
        return workspace.read(store -> rounds.round(store, day.getYear(), day, false));
    }

    LetterRound round(Store store, int year) {
        return rounds.round(store, year, referenceDay(year), true);
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
            Map<Long, Integer> numbers = LetterRounds.versionNumbers(store);
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
        Map<Long, Long> signingOf = LetterRounds.signingOrder(ofYear);
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
