package org.nineones.service.assessments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.store.AssessmentRepository;
import org.nineones.store.AssessmentRepository.Item;
import org.nineones.store.AssessmentRepository.Row;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * Periodic assessment (一套考核, nine ones item 8): periods of a month, a quarter or a year; one assessment per active
 * person with a post, scored item by item against the assessment standards of the post's duty list in force; a
 * rating by thresholds that are data ({@link RatingRules}); closing with both parties' signatures; corrections of
 * closed assessments as visible correction entries (decision 0016); the interviews (约谈) of people rated low two
 * periods in a row. Every write is one transaction with its audit entries.
 */
public final class AssessmentService {

    static final String ENTITY = "assessment";
    /** The largest scan of a signed form kept in the workspace. */
    public static final long MAX_SCAN_BYTES = 20L * 1024 * 1024;

    private final Messages messages;
    private final RatingRules rules;

    public AssessmentService(Messages messages) {
        this(messages, RatingRules.defaults());
    }

    public AssessmentService(Messages messages, RatingRules rules) {
        this.messages = messages;
        this.rules = rules;
    }

    public RatingRules rules() {
        return rules;
    }

    /** The name of a rating for people (优秀…). */
    public String ratingName(Rating rating) {
        return rating == null ? "" : messages.get("assessments.rating." + rating.name());
    }

    /** The name of a period for people (2026年11月, 2026年第3季度, 2026年度). */
    public String periodName(Period period) {
        return switch (period.kind()) {
            case MONTH -> messages.get("assessments.period.month", Integer.toString(period.startsOn().getYear()),
                    period.startsOn().getMonthValue());
            case QUARTER -> messages.get("assessments.period.quarter", Integer.toString(period.startsOn().getYear()),
                    (period.startsOn().getMonthValue() - 1) / 3 + 1);
            case YEAR -> messages.get("assessments.period.year", Integer.toString(period.startsOn().getYear()));
        };
    }

    // ----------------------------------------------------------------------------------------------- periods

    /** Every period that has been created, newest first. */
    public List<Period> periods(Workspace workspace) {
        return workspace.read(store -> store.assessments().periods().stream()
                .map(p -> Period.of(p.kind(), p.startsOn())).toList());
    }

    /**
     * Starts the assessments of a period (creating the period if needed): one OPEN assessment for each active person
     * with a post who has none in it yet, its items copied from the post's duty list in force on the period's last day
     * (or today, when the period is still running). People without a post, or whose post has no duty list in force,
     * are listed as not assessable.
     */
    public StartResult start(Workspace workspace, Period period, LocalDate today) {
        if (period.startsOn().isAfter(today)) {
            throw new AssessmentRuleException("period", messages.get("assessments.error.periodNotStarted",
                    periodName(period)));
        }
        LocalDate day = period.endsOn().isBefore(today) ? period.endsOn() : today;
        return workspace.write(store -> {
            long periodId = ensurePeriod(store, period);
            AssessmentRepository repo = store.assessments();
            Set<Long> assessed = new HashSet<>();
            repo.inPeriod(periodId).forEach(r -> assessed.add(r.employeeId()));
            People people = People.read(store);
            Map<Long, ContentVersion> lists = store.content().inForce(ContentKind.DUTY_LIST, day);
            int opened = 0;
            int existing = 0;
            List<NotAssessable> refused = new ArrayList<>();
            for (Employee e : people.active()) {
                if (assessed.contains(e.id())) {
                    existing++;
                    continue;
                }
                Optional<String> why = whyNotAssessable(lists, people, e, day);
                if (why.isPresent()) {
                    refused.add(new NotAssessable(e.id(), e.name(), people.unitPath(e), people.postName(e.postId()),
                            why.get()));
                    continue;
                }
                ContentVersion version = lists.get(e.postId());
                List<Item> items = items((DutyList) version.body());
                long id = repo.insertOpen(periodId, e.id(), e.postId(), version.id(), null, null, items);
                store.audit().record("assessment-open", ENTITY, id, period.code() + " " + e.name() + " "
                        + people.postName(e.postId()) + " v" + version.number() + ", " + items.size() + " items");
                opened++;
            }
            store.audit().record("assessment-start", "assessment_period", periodId, period.code() + ": " + opened
                    + " opened, " + existing + " existing, " + refused.size() + " not assessable");
            return new StartResult(period, opened, existing, refused);
        });
    }

    static List<Item> items(DutyList list) {
        List<Item> items = new ArrayList<>();
        int n = list.items().size();
        int position = 1;
        for (DutyItem duty : list.items()) {
            items.add(new Item(position++, duty.duty(), duty.assessmentStandard(),
                    MaxPoints.of(duty.assessmentStandard(), n), null, ""));
        }
        return items;
    }

    private Optional<String> whyNotAssessable(Map<Long, ContentVersion> lists, People people, Employee e,
                                              LocalDate day) {
        if (e.postId() == null) {
            return Optional.of(messages.get("assessments.notAssessable.noPost"));
        }
        Optional<ContentVersion> version = Optional.ofNullable(lists.get(e.postId()));
        if (version.isEmpty()) {
            return Optional.of(messages.get("assessments.notAssessable.noDutyList", people.postName(e.postId()),
                    day.toString()));
        }
        if (version.get().body() == null || version.get().body().isEmpty()) {
            return Optional.of(messages.get("assessments.notAssessable.emptyDutyList", people.postName(e.postId()),
                    version.get().number()));
        }
        return Optional.empty();
    }

    private long ensurePeriod(Store store, Period period) {
        AssessmentRepository repo = store.assessments();
        return repo.period(period.kind().name(), period.startsOn().toString()).map(AssessmentRepository.PeriodRow::id)
                .orElseGet(() -> {
                    long id = repo.insertPeriod(period.kind().name(), period.startsOn().toString(),
                            period.endsOn().toString()).id();
                    store.audit().record("period-create", "assessment_period", id, period.code());
                    return id;
                });
    }

    // ---------------------------------------------------------------------------------------------- overview

    /**
     * A period's assessments, who is not assessable (and not assessed), and the counts per rating. The list has the
     * newest row of each person's record (an open correction, in progress, or a withdrawal, which may be reopened);
     * the counts are of the records in force ({@link Chains#inForce()}): a signed record counts until its correction
     * is closed, a withdrawn one not at all.
     */
    public PeriodOverview overview(Workspace workspace, Period period, LocalDate today) {
        LocalDate day = period.endsOn().isBefore(today) ? period.endsOn() : today;
        return workspace.read(store -> {
            Optional<AssessmentRepository.PeriodRow> row = store.assessments().period(period.kind().name(),
                    period.startsOn().toString());
            People people = People.read(store);
            List<AssessmentSummary> list = new ArrayList<>();
            Set<Long> assessed = new HashSet<>();
            Map<Rating, Integer> perRating = new EnumMap<>(Rating.class);
            for (Rating r : Rating.values()) {
                perRating.put(r, 0);
            }
            int open = 0;
            if (row.isPresent()) {
                List<Row> rows = store.assessments().inPeriod(row.get().id());
                rows.forEach(r -> assessed.add(r.employeeId()));
                Chains chains = new Chains(rows);
                Map<Long, List<Item>> items = store.assessments().itemsInPeriod(row.get().id());
                for (Row r : chains.heads()) {
                    list.add(summary(people, period, r, chains.length(r.id()) > 1,
                            items.getOrDefault(r.id(), List.of())));
                }
                for (Row r : chains.inForce()) {
                    if (!r.closed()) {
                        open++;
                    } else if (r.rating() != null) {
                        perRating.merge(Rating.valueOf(r.rating()), 1, Integer::sum);
                    }
                }
            }
            list.sort(Comparator.comparing(AssessmentSummary::unitPath).thenComparing(AssessmentSummary::postName)
                    .thenComparing(AssessmentSummary::name));
            List<NotAssessable> refused = new ArrayList<>();
            if (!period.startsOn().isAfter(today)) {
                Map<Long, ContentVersion> lists = store.content().inForce(ContentKind.DUTY_LIST, day);
                for (Employee e : people.active()) {
                    if (!assessed.contains(e.id())) {
                        whyNotAssessable(lists, people, e, day).ifPresent(why -> refused.add(new NotAssessable(e.id(),
                                e.name(), people.unitPath(e), people.postName(e.postId()), why)));
                    }
                }
            }
            return new PeriodOverview(period, row.isPresent(), list, refused, perRating, open);
        });
    }

    /** One assessment as the lists show it. */
    public AssessmentSummary summary(Workspace workspace, long id) {
        return workspace.read(store -> {
            Row row = find(store, id);
            Period period = period(store, row);
            Chains chains = new Chains(store.assessments().inPeriod(row.periodId()));
            return summary(store, People.read(store), period, row, chains.length(id) > 1);
        });
    }

    /** The items of an assessment, in order. */
    public List<AssessmentItem> items(Workspace workspace, long id) {
        return workspace.read(store -> store.assessments().items(id).stream().map(AssessmentService::item).toList());
    }

    /** The history of a record: the original first, then each correction (with its reason, who, when). */
    public List<AssessmentSummary> history(Workspace workspace, long id) {
        return workspace.read(store -> {
            Row row = find(store, id);
            Period period = period(store, row);
            Chains chains = new Chains(store.assessments().inPeriod(row.periodId()));
            People people = People.read(store);
            return chains.chain(id).stream().map(r -> summary(store, people, period, r, false)).toList();
        });
    }

    /** An attachment's file name and SHA-256. */
    public Optional<String[]> attachment(Workspace workspace, long attachmentId) {
        return workspace.read(store -> store.assessments().attachmentInfo(attachmentId));
    }

    private AssessmentSummary summary(Store store, People people, Period period, Row r, boolean corrected) {
        return summary(people, period, r, corrected, store.assessments().items(r.id()));
    }

    private AssessmentSummary summary(People people, Period period, Row r, boolean corrected, List<Item> items) {
        Employee e = people.employee(r.employeeId());
        int scored = (int) items.stream().filter(i -> i.points() != null).count();
        Double maxScore = r.maxScore() != null || r.voided() ? r.maxScore() : Double.valueOf(totals(items).max());
        Double percent = r.score() != null && maxScore != null && maxScore > 0
                ? Math.round(r.score() / maxScore * 1000) / 10.0 : null;
        String id = e == null ? "" : e.idNumber().value();
        return new AssessmentSummary(r.id(), period, r.employeeId(), e == null ? "" : e.name(), id,
                e == null ? "" : e.idNumber().masked(), e == null || e.employeeNumber() == null ? ""
                : e.employeeNumber(), e == null ? "" : people.unitPath(e), people.postName(r.postId()), r.closed(),
                r.score(), maxScore, percent, r.rating() == null ? null : Rating.valueOf(r.rating()),
                r.assessor(), day(r.assessorSignedOn()), day(r.assesseeSignedOn()), r.attachmentId(), r.voided(),
                r.correctsId(), r.correctionReason(), corrected, items.size(), scored, r.recordedBy(),
                r.recordedAt());
    }

    // ------------------------------------------------------------------------------------------------ scoring

    /**
     * Sets an item's points (null clears them) and note on an open assessment; the total, the percentage and the
     * rating follow. The change (old → new) is in the audit log.
     *
     * @throws AssessmentRuleException when the assessment is closed, the item unknown, or the points out of range
     */
    public AssessmentSummary score(Workspace workspace, long id, int position, Double points, String note) {
        workspace.write(store -> {
            Row row = find(store, id);
            if (row.closed()) {
                throw new AssessmentRuleException(messages.get("assessments.error.closed"));
            }
            List<Item> items = store.assessments().items(id);
            Item item = items.stream().filter(i -> i.position() == position).findFirst()
                    .orElseThrow(() -> new AssessmentRuleException("points",
                            messages.get("assessments.error.unknownItem", position, items.size())));
            checkPoints(points, item.maxPoints());
            String newNote = note == null ? item.note() : note.strip();
            if (Objects.equals(item.points(), points) && item.note().equals(newNote)) {
                return null;
            }
            store.assessments().updateItem(id, position, points, newNote);
            rescore(store, id);
            store.audit().record("assessment-score", ENTITY, id, "item " + position + ": points "
                    + text(item.points()) + " → " + text(points) + (item.note().equals(newNote) ? ""
                    : ", note '" + item.note() + "' → '" + newNote + "'"));
            return null;
        });
        return summary(workspace, id);
    }

    /** Points must be a number from 0 to the item's maximum. */
    void checkPoints(Double points, double max) {
        if (points == null) {
            return;
        }
        if (points.isNaN() || points < 0) {
            throw new AssessmentRuleException("points", messages.get("assessments.error.negative"));
        }
        if (points > max + 1e-9) {
            throw new AssessmentRuleException("points", messages.get("assessments.error.aboveMax", text(points),
                    text(max)));
        }
    }

    /** Recomputes the total, maximum and rating of an open assessment from its items. */
    void rescore(Store store, long id) {
        List<Item> items = store.assessments().items(id);
        Totals t = totals(items);
        store.assessments().updateScore(id, t.score, t.max, t.complete ? rate(t).name() : null);
    }

    record Totals(double score, double max, boolean complete) {
        double percent() {
            return max <= 0 ? 0 : score / max * 100;
        }
    }

    static Totals totals(List<Item> items) {
        double score = 0;
        double max = 0;
        boolean complete = true;
        for (Item i : items) {
            max += i.maxPoints();
            if (i.points() == null) {
                complete = false;
            } else {
                score += i.points();
            }
        }
        return new Totals(Math.round(score * 100) / 100.0, Math.round(max * 100) / 100.0, complete);
    }

    Rating rate(Totals t) {
        return rules.rate(t.percent());
    }

    // ------------------------------------------------------------------------------------------------ closing

    /**
     * Closes an open assessment: every item scored, the assessor named, both signing dates given (not in the future,
     * not before the period starts), optionally the scan of the signed form kept with its SHA-256. From then on the
     * assessment is final.
     */
    public AssessmentSummary close(Workspace workspace, long id, CloseRequest request, LocalDate today) {
        String assessor = request.assessor() == null ? "" : request.assessor().strip();
        if (assessor.isEmpty()) {
            throw new AssessmentRuleException("assessor", messages.get("assessments.error.noAssessor"));
        }
        Scan scan = request.scan() == null ? null : readScan(request.scan());
        workspace.write(store -> {
            Row row = find(store, id);
            if (row.closed()) {
                throw new AssessmentRuleException(messages.get("assessments.error.closed"));
            }
            Period period = period(store, row);
            checkSigned("assessorSignedOn", request.assessorSignedOn(), period, today);
            checkSigned("assesseeSignedOn", request.assesseeSignedOn(), period, today);
            List<Item> items = store.assessments().items(id);
            Totals t = totals(items);
            if (!t.complete) {
                long missing = items.stream().filter(i -> i.points() == null).count();
                throw new AssessmentRuleException("points", messages.get("assessments.error.unscored", missing));
            }
            Long attachmentId = null;
            if (scan != null) {
                attachmentId = store.assessments().insertAttachment(scan.name, scan.mediaType, scan.sha256,
                        scan.content);
                store.audit().record("attach", "attachment", attachmentId, scan.name + " sha256 " + scan.sha256);
            }
            Rating rating = rate(t);
            store.assessments().close(id, t.score, t.max, rating.name(), assessor,
                    request.assessorSignedOn().toString(), request.assesseeSignedOn().toString(), attachmentId);
            store.audit().record("assessment-close", ENTITY, id, period.code() + " score " + text(t.score) + "/"
                    + text(t.max) + " " + rating + ", assessor " + assessor + " signed "
                    + request.assessorSignedOn() + ", assessee signed " + request.assesseeSignedOn());
            return null;
        });
        return summary(workspace, id);
    }

    void checkSigned(String field, LocalDate day, Period period, LocalDate today) {
        if (day == null) {
            throw new AssessmentRuleException(field, messages.get("assessments.error.noDate"));
        }
        if (day.isAfter(today)) {
            throw new AssessmentRuleException(field, messages.get("assessments.error.futureDate", day.toString()));
        }
        if (day.isBefore(period.startsOn())) {
            throw new AssessmentRuleException(field, messages.get("assessments.error.beforePeriod", day.toString(),
                    periodName(period)));
        }
    }

    private record Scan(String name, String mediaType, String sha256, byte[] content) {
    }

    private Scan readScan(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_SCAN_BYTES) {
                throw new AssessmentRuleException("scan", messages.get("assessments.error.scanTooBig",
                        file.getFileName().toString(), MAX_SCAN_BYTES / 1024 / 1024));
            }
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new Scan(file.getFileName().toString(), mediaType(file), sha, bytes);
        } catch (IOException e) {
            throw new AssessmentRuleException("scan", messages.get("assessments.error.scanUnreadable",
                    String.valueOf(file.getFileName())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }

    // ---------------------------------------------------------------------------------------------- corrections

    /**
     * Corrects a closed assessment that ends its record: a new OPEN assessment that names it, with the reason, its
     * items and points copied; it is scored and closed (signed again) like any other. A withdrawn record is reopened
     * the same way: the correction names the withdrawal and copies the items of the last signed assessment before it.
     * Until the correction is closed, the signed assessment it corrects stays in force. Returns the new assessment's
     * id.
     */
    public long correct(Workspace workspace, long id, String reason) {
        String why = checkReason(reason);
        return workspace.write(store -> {
            Row row = correctable(store, id, true);
            long copiedFrom = id;
            if (row.voided()) {
                copiedFrom = new Chains(store.assessments().inPeriod(row.periodId())).lastSigned(id)
                        .orElseThrow(() -> new AssessmentRuleException(messages.get("assessments.error.notInForce")))
                        .id();
            }
            List<Item> items = store.assessments().items(copiedFrom);
            long newId = store.assessments().insertOpen(row.periodId(), row.employeeId(), row.postId(),
                    row.dutyListVersionId(), row.id(), why, items);
            rescore(store, newId);
            store.audit().record("assessment-correct", ENTITY, newId, (row.voided() ? "reopens withdrawn " + id
                    + " (items of " + copiedFrom + ")" : "corrects " + id) + ": " + why);
            return newId;
        });
    }

    /** Withdraws a closed assessment in force: a voided correction entry with the reason. */
    public void withdraw(Workspace workspace, long id, String reason) {
        String why = checkReason(reason);
        workspace.write(store -> {
            Row row = correctable(store, id, false);
            long newId = store.assessments().insertVoid(row, why);
            store.audit().record("assessment-void", ENTITY, newId, "withdraws " + id + ": " + why);
            return null;
        });
    }

    /** Abandons an open correction before it is closed: the corrected assessment is in force again. */
    public void abandonCorrection(Workspace workspace, long id) {
        workspace.write(store -> {
            Row row = find(store, id);
            if (row.closed() || row.correctsId() == null) {
                throw new AssessmentRuleException(messages.get("assessments.error.notOpenCorrection"));
            }
            store.assessments().deleteOpenCorrection(id);
            store.audit().record("assessment-abandon", ENTITY, id, "correction of " + row.correctsId()
                    + " abandoned before closing");
            return null;
        });
    }

    private String checkReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new AssessmentRuleException("reason", messages.get("assessments.error.noReason"));
        }
        return why;
    }

    /** A closed row that ends its chain (a withdrawal only when {@code withdrawn} may be reopened). */
    private Row correctable(Store store, long id, boolean withdrawn) {
        Row row = find(store, id);
        if (!row.closed()) {
            throw new AssessmentRuleException(messages.get("assessments.error.openNoCorrection"));
        }
        Chains chains = new Chains(store.assessments().inPeriod(row.periodId()));
        if ((row.voided() && !withdrawn) || !chains.isHead(id)) {
            throw new AssessmentRuleException(messages.get("assessments.error.notInForce"));
        }
        return row;
    }

    // ---------------------------------------------------------------------------------------------- interviews

    /**
     * Everyone rated low in two consecutive periods of the same kind (closed assessments in force), one case per
     * pair, newest first; a case is done once an interview is recorded for the person's later period, whichever row
     * of that record it was recorded on (a later correction does not undo a held interview).
     */
    public List<InterviewCase> interviewCases(Workspace workspace) {
        return workspace.read(store -> {
            AssessmentRepository repo = store.assessments();
            Map<Long, Period> periods = new HashMap<>();
            repo.periods().forEach(p -> periods.put(p.id(), Period.of(p.kind(), p.startsOn())));
            Chains chains = new Chains(repo.all());
            Map<Long, Map<Period, Row>> byPerson = new HashMap<>();
            for (Row r : chains.inForce()) {
                if (r.closed() && r.rating() != null) {
                    byPerson.computeIfAbsent(r.employeeId(), k -> new HashMap<>()).put(periods.get(r.periodId()), r);
                }
            }
            Map<List<Long>, AssessmentRepository.InterviewRow> interviews = interviewsByRecord(repo);
            People people = People.read(store);
            List<InterviewCase> cases = new ArrayList<>();
            byPerson.forEach((employeeId, rated) -> rated.forEach((period, later) -> {
                Row earlier = rated.get(period.previous());
                Rating laterRating = Rating.valueOf(later.rating());
                if (earlier == null || !rules.isLow(laterRating) || !rules.isLow(Rating.valueOf(earlier.rating()))) {
                    return;
                }
                Employee e = people.employee(employeeId);
                AssessmentRepository.InterviewRow held = interviews.get(List.of(employeeId, later.periodId()));
                cases.add(new InterviewCase(employeeId, e == null ? "" : e.name(), e == null ? ""
                        : people.unitPath(e), people.postName(later.postId()), period.previous(),
                        Rating.valueOf(earlier.rating()), period, laterRating, later.id(),
                        held == null ? null : LocalDate.parse(held.heldOn()), held == null ? null : held.heldBy(),
                        held == null ? null : held.note()));
            }));
            cases.sort(Comparator.comparing((InterviewCase c) -> c.later().endsOn()).reversed()
                    .thenComparing(InterviewCase::name));
            return cases;
        });
    }

    /** Records the interview of a case (date not in the future, by whom, a note). */
    public void recordInterview(Workspace workspace, long assessmentId, LocalDate heldOn, String heldBy, String note,
                                LocalDate today) {
        String by = heldBy == null ? "" : heldBy.strip();
        if (by.isEmpty()) {
            throw new AssessmentRuleException("heldBy", messages.get("assessments.error.noInterviewer"));
        }
        if (heldOn == null) {
            throw new AssessmentRuleException("heldOn", messages.get("assessments.error.noDate"));
        }
        if (heldOn.isAfter(today)) {
            throw new AssessmentRuleException("heldOn", messages.get("assessments.error.futureDate",
                    heldOn.toString()));
        }
        workspace.write(store -> {
            Row row = find(store, assessmentId);
            if (interviewsByRecord(store.assessments()).containsKey(List.of(row.employeeId(), row.periodId()))) {
                throw new AssessmentRuleException(messages.get("assessments.error.interviewDone"));
            }
            long id = store.assessments().insertInterview(row.employeeId(), assessmentId, heldOn.toString(), by,
                    note == null ? "" : note.strip());
            store.audit().record("interview", "interview", id, "assessment " + assessmentId + " held " + heldOn
                    + " by " + by);
            return null;
        });
    }

    /** The first interview recorded for each person and period (employee id, period id): one per record. */
    private static Map<List<Long>, AssessmentRepository.InterviewRow> interviewsByRecord(AssessmentRepository repo) {
        Map<Long, Row> rows = new HashMap<>();
        repo.all().forEach(r -> rows.put(r.id(), r));
        Map<List<Long>, AssessmentRepository.InterviewRow> byRecord = new HashMap<>();
        for (AssessmentRepository.InterviewRow i : repo.interviews()) {
            Row r = rows.get(i.assessmentId());
            if (r != null) {
                byRecord.putIfAbsent(List.of(r.employeeId(), r.periodId()), i);
            }
        }
        return byRecord;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    Row find(Store store, long id) {
        return store.assessments().find(id).orElseThrow(() -> new AssessmentRuleException(
                messages.get("assessments.error.unknown", id)));
    }

    static Period period(Store store, Row row) {
        AssessmentRepository.PeriodRow p = store.assessments().period(row.periodId()).orElseThrow();
        return Period.of(p.kind(), p.startsOn());
    }

    static AssessmentItem item(Item i) {
        return new AssessmentItem(i.position(), i.duty(), i.standard(), i.maxPoints(), i.points(), i.note());
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    /** Points as people write them: 5, 4.5. */
    public static String text(Double value) {
        if (value == null) {
            return "—";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue())
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * The rows of correction chains (one chain per person and period): the newest row of each, the record in force
     * for reporting, and each chain from its original.
     */
    static final class Chains {
        private final Map<Long, Row> byId = new HashMap<>();
        private final Map<Long, Row> correctionOf = new HashMap<>();

        Chains(List<Row> rows) {
            for (Row r : rows) {
                byId.put(r.id(), r);
                if (r.correctsId() != null) {
                    correctionOf.put(r.correctsId(), r);
                }
            }
        }

        /** The newest row of each chain (an open correction, a withdrawal or the record itself), by id. */
        List<Row> heads() {
            return byId.values().stream().filter(r -> !correctionOf.containsKey(r.id()))
                    .sorted(Comparator.comparingLong(Row::id)).toList();
        }

        /**
         * The record in force for reporting (counts, ledger, interviews), one per chain that has one: the newest
         * closed row unless that is a withdrawal. An open correction does not replace the signed record it corrects
         * until it is closed; a chain with no signed record in force (never closed, or reopened after a withdrawal)
         * reports its open row; a withdrawn chain reports nothing.
         */
        List<Row> inForce() {
            List<Row> rows = new ArrayList<>();
            for (Row head : heads()) {
                reported(head).ifPresent(rows::add);
            }
            return rows;
        }

        private Optional<Row> reported(Row head) {
            for (Row r = head; r != null; r = r.correctsId() == null ? null : byId.get(r.correctsId())) {
                if (r.closed()) {
                    if (!r.voided()) {
                        return Optional.of(r);
                    }
                    return head.closed() ? Optional.empty() : Optional.of(head);
                }
            }
            return Optional.of(head);
        }

        /** The newest closed row before the end of a chain that is not a withdrawal (what a reopening copies). */
        Optional<Row> lastSigned(long id) {
            List<Row> chain = chain(id);
            for (int i = chain.size() - 1; i >= 0; i--) {
                if (chain.get(i).closed() && !chain.get(i).voided()) {
                    return Optional.of(chain.get(i));
                }
            }
            return Optional.empty();
        }

        boolean isHead(long id) {
            return byId.containsKey(id) && !correctionOf.containsKey(id);
        }

        /** The chain a row belongs to, from the original to the newest correction. */
        List<Row> chain(long id) {
            Row first = byId.get(id);
            while (first != null && first.correctsId() != null && byId.containsKey(first.correctsId())) {
                first = byId.get(first.correctsId());
            }
            List<Row> chain = new ArrayList<>();
            for (Row r = first; r != null; r = correctionOf.get(r.id())) {
                chain.add(r);
            }
            return chain;
        }

        int length(long id) {
            return chain(id).size();
        }
    }

    /** The roster as the assessments need it: people, posts' names, units' paths. */
    record People(Map<Long, Employee> employees, Map<Long, Post> posts, Map<Long, String> unitPaths) {

        static People read(Store store) {
            Map<Long, Employee> employees = new HashMap<>();
            store.employees().all().forEach(e -> employees.put(e.id(), e));
            Map<Long, Post> posts = new HashMap<>();
            store.posts().all().forEach(p -> posts.put(p.id(), p));
            return new People(employees, posts, OrgPaths.printed(store.orgUnits().all()));
        }

        List<Employee> active() {
            return employees.values().stream().filter(e -> e.status() == EmployeeStatus.ACTIVE)
                    .sorted(Comparator.comparingLong(Employee::id)).toList();
        }

        Employee employee(long id) {
            return employees.get(id);
        }

        String postName(Long postId) {
            Post p = postId == null ? null : posts.get(postId);
            return p == null ? "" : p.name();
        }

        String unitPath(Employee e) {
            return e.orgUnitId() == null ? "" : unitPaths.getOrDefault(e.orgUnitId(), "");
        }
    }
}
