package org.nineones.service.assessments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.Post;
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
 *
 * <p>This class is the one entry point the GUI, the ledger and the printout use; the work is done by one class per
 * responsibility: {@link PeriodStarter} (starting a period), {@link AssessmentQueries} (overviews, summaries,
 * history), {@link AssessmentScoring} (scoring and closing with signatures), {@link AssessmentCorrections}
 * (corrections, withdrawals, reopening) and {@link InterviewCases} (约谈). What they share — the correction
 * {@link Chains}, the {@link People} of the roster, {@link Totals} — is here.
 */
public final class AssessmentService {

    static final String ENTITY = "assessment";
    /** The largest scan of a signed form kept in the workspace. */
    public static final long MAX_SCAN_BYTES = 20L * 1024 * 1024;

    private final AssessmentSupport support;
    private final PeriodStarter starter;
    private final AssessmentQueries queries;
    private final AssessmentScoring scoring;
    private final AssessmentCorrections corrections;
    private final InterviewCases interviews;

    public AssessmentService(Messages messages) {
        this(messages, RatingRules.defaults());
    }

    public AssessmentService(Messages messages, RatingRules rules) {
        this.support = new AssessmentSupport(messages, rules);
        this.starter = new PeriodStarter(support);
        this.queries = new AssessmentQueries(support);
        this.scoring = new AssessmentScoring(support);
        this.corrections = new AssessmentCorrections(support, scoring);
        this.interviews = new InterviewCases(support);
    }

    public RatingRules rules() {
        return support.rules;
    }

    /** The name of a rating for people (优秀…). */
    public String ratingName(Rating rating) {
        return support.ratingName(rating);
    }

    /** The name of a period for people (2026年11月, 2026年第3季度, 2026年度). */
    public String periodName(Period period) {
        return support.periodName(period);
    }

    // ----------------------------------------------------------------------------------------------- periods

    /** Every period that has been created, newest first. */
    public List<Period> periods(Workspace workspace) {
        return queries.periods(workspace);
    }

    /**
     * Starts the assessments of a period (creating the period if needed): one OPEN assessment for each active person
     * with a post who has none in it yet, its items copied from the post's duty list in force on the period's last day
     * (or today, when the period is still running). People without a post, or whose post has no duty list in force,
     * are listed as not assessable.
     */
    public StartResult start(Workspace workspace, Period period, LocalDate today) {
        return starter.start(workspace, period, today);
    }

    // ---------------------------------------------------------------------------------------------- overview

    /**
     * A period's assessments, who is not assessable (and not assessed), and the counts per rating. The list has the
     * newest row of each person's record (an open correction, in progress, or a withdrawal, which may be reopened);
     * the counts are of the records in force ({@link Chains#inForce()}): a signed record counts until its correction
     * is closed, a withdrawn one not at all.
     */
    public PeriodOverview overview(Workspace workspace, Period period, LocalDate today) {
        return queries.overview(workspace, period, today);
    }

    /** One assessment as the lists show it. */
    public AssessmentSummary summary(Workspace workspace, long id) {
        return queries.summary(workspace, id);
    }

    /** The items of an assessment, in order. */
    public List<AssessmentItem> items(Workspace workspace, long id) {
        return queries.items(workspace, id);
    }

    /** The history of a record: the original first, then each correction (with its reason, who, when). */
    public List<AssessmentSummary> history(Workspace workspace, long id) {
        return queries.history(workspace, id);
    }

    /** An attachment's file name and SHA-256. */
    public Optional<String[]> attachment(Workspace workspace, long attachmentId) {
        return queries.attachment(workspace, attachmentId);
    }

    // ------------------------------------------------------------------------------------------------ scoring

    /**
     * Sets an item's points (null clears them) and note on an open assessment; the total, the percentage and the
     * rating follow. The change (old → new) is in the audit log.
     *
     * @throws AssessmentRuleException when the assessment is closed, the item unknown, or the points out of range
     */
    public AssessmentSummary score(Workspace workspace, long id, int position, Double points, String note) {
        scoring.score(workspace, id, position, points, note);
        return summary(workspace, id);
    }

    /** Points must be a number from 0 to the item's maximum. */
    void checkPoints(Double points, double max) {
        scoring.checkPoints(points, max);
    }

    /** Recomputes the total, maximum and rating of an open assessment from its items. */
    void rescore(Store store, long id) {
        scoring.rescore(store, id);
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
        return support.rate(t);
    }

    // ------------------------------------------------------------------------------------------------ closing

    /**
     * Closes an open assessment: every item scored, the assessor named, both signing dates given (not in the future,
     * not before the period starts), optionally the scan of the signed form kept with its SHA-256. From then on the
     * assessment is final.
     */
    public AssessmentSummary close(Workspace workspace, long id, CloseRequest request, LocalDate today) {
        scoring.close(workspace, id, request, today);
        return summary(workspace, id);
    }

    /** Closes an open assessment (no scan) inside the caller's transaction, checked as {@link #close} is. */
    void close(Store store, long id, CloseRequest request, LocalDate today) {
        scoring.close(store, id, request, today);
    }

    void checkSigned(String field, LocalDate day, Period period, LocalDate today) {
        scoring.checkSigned(field, day, period, today);
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
        return corrections.correct(workspace, id, reason);
    }

    /** Withdraws a closed assessment in force: a voided correction entry with the reason. */
    public void withdraw(Workspace workspace, long id, String reason) {
        corrections.withdraw(workspace, id, reason);
    }

    /** Abandons an open correction before it is closed: the corrected assessment is in force again. */
    public void abandonCorrection(Workspace workspace, long id) {
        corrections.abandonCorrection(workspace, id);
    }

    /**
     * Every period created, with the day each record in force of it was signed by both sides (the later of the two
     * signature days; null while the record is still open), for judging on any day which periods were assessed.
     */
    public Map<Period, List<LocalDate>> signedDays(Workspace workspace) {
        return queries.signedDays(workspace);
    }

    // ---------------------------------------------------------------------------------------------- interviews

    /**
     * Everyone rated low in two consecutive periods of the same kind (closed assessments in force), one case per
     * pair, newest first; a case is done once an interview is recorded for the person's later period, whichever row
     * of that record it was recorded on (a later correction does not undo a held interview).
     */
    public List<InterviewCase> interviewCases(Workspace workspace) {
        return interviews.cases(workspace);
    }

    /** Records the interview of a case (date not in the future, by whom, a note). */
    public void recordInterview(Workspace workspace, long assessmentId, LocalDate heldOn, String heldBy, String note,
                                LocalDate today) {
        interviews.record(workspace, assessmentId, heldOn, heldBy, note, today);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    Row find(Store store, long id) {
        return support.find(store, id);
    }

    static Period period(Store store, Row row) {
        AssessmentRepository.PeriodRow p = store.assessments().period(row.periodId()).orElseThrow();
        return Period.of(p.kind(), p.startsOn());
    }

    static AssessmentItem item(Item i) {
        return new AssessmentItem(i.position(), i.duty(), i.standard(), i.maxPoints(), i.points(), i.note());
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
