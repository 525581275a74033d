package org.nineones.model.acceptance;

import java.util.List;

/**
 * The kinds of finding the records can show, as the keys a checklist line's deduction rule names. The checks
 * (service.acceptance.checks) produce findings of these kinds; the checklist's own check refuses a rule naming a
 * key that is not here. A key's meaning never changes once shipped: a new meaning is a new key.
 */
public final class FindingKinds {

    /** 1: a post with no duty list at all (neither in force nor draft). */
    public static final String POST_WITHOUT_DUTY_LIST = "post-without-duty-list";
    /** 1: a post whose duty list is only a draft, or whose list in force lacks a responsible person, scope or
     * assessment standard on any line. */
    public static final String DUTY_LIST_DRAFT_OR_INCOMPLETE = "duty-list-draft-or-incomplete";
    /** 1 (veto): the principal's duty list in force does not cover the seven duties of Art. 21. */
    public static final String PRINCIPAL_DUTIES_MISSING = "principal-duties-missing";
    /** 2: an operating or special-operation post without an operating procedure in force. */
    public static final String POST_WITHOUT_PROCEDURE = "post-without-procedure";
    /** 3: a post at risk level 一般 or above missing its risk card or its emergency card in force (one finding per
     * missing card). */
    public static final String MISSING_CARD = "missing-card";
    /** 4: a person who should have signed this year's letter and has not. */
    public static final String UNSIGNED_PERSON = "unsigned-person";
    /** 4: a level of letters (an org unit) where nobody has signed this year. */
    public static final String LEVEL_WITHOUT_SIGNATURE = "level-without-signature";
    /** 5: a person short of induction levels or annual hours. */
    public static final String PERSON_SHORT_OF_TRAINING = "person-short-of-training";
    /** 5 (veto): an expired special-operation certificate held by someone on that post. */
    public static final String EXPIRED_CERTIFICATE = "expired-certificate";
    /** 6: no exam held in the 12 months before the day. */
    public static final String NO_EXAM_IN_12_MONTHS = "no-exam-in-12-months";
    /** 6 (spot check, inspector's side): a sampled worker rated 不熟知. */
    public static final String WORKER_NOT_FAMILIAR = "worker-not-familiar";
    /** 6 (spot check, inspector's side): a sampled worker rated 基本熟知. */
    public static final String WORKER_BASICALLY_FAMILIAR = "worker-basically-familiar";
    /** 7: no reward and penalty rules. */
    public static final String NO_REWARD_RULES = "no-reward-rules";
    /** 7: no ledger entry tied to a duty item in the 12 months before the day. */
    public static final String NO_REWARD_ENTRIES = "no-reward-entries";
    /** 8: a period that should have been assessed and was not (or lacks a signature). */
    public static final String MISSING_ASSESSMENT_PERIOD = "missing-assessment-period";
    /** 8: two low ratings in a row not followed by an interview. */
    public static final String MISSING_INTERVIEW = "missing-interview";
    /** 3 (manual): a card not seen posted on site. */
    public static final String CARD_NOT_ON_SITE = "card-not-on-site";
    /** 9 (manual, or computed from the records of duty performance): a kind of record missing. */
    public static final String RECORD_KIND_MISSING = "record-kind-missing";
    /** 9, grids (seed 001): the enterprise has no grid at all (the line counts nothing then). */
    public static final String NO_GRID = "no-grid";
    /** 9, grids: an area without its supervising or its specific responsible person (or one who has left). */
    public static final String GRID_AREA_UNSTAFFED = "grid-area-unstaffed";
    /** 9, grids: an area expected to report that has no dispatch report for one of the checked months. */
    public static final String GRID_MONTH_NOT_REPORTED = "grid-month-not-reported";

    /** Every key, in the order of the nine items. */
    public static final List<String> ALL = List.of(POST_WITHOUT_DUTY_LIST, DUTY_LIST_DRAFT_OR_INCOMPLETE,
            PRINCIPAL_DUTIES_MISSING, POST_WITHOUT_PROCEDURE, MISSING_CARD, CARD_NOT_ON_SITE, UNSIGNED_PERSON,
            LEVEL_WITHOUT_SIGNATURE, PERSON_SHORT_OF_TRAINING, EXPIRED_CERTIFICATE, NO_EXAM_IN_12_MONTHS,
            WORKER_NOT_FAMILIAR, WORKER_BASICALLY_FAMILIAR, NO_REWARD_RULES, NO_REWARD_ENTRIES,
            MISSING_ASSESSMENT_PERIOD, MISSING_INTERVIEW, RECORD_KIND_MISSING, NO_GRID, GRID_AREA_UNSTAFFED,
            GRID_MONTH_NOT_REPORTED);

    private FindingKinds() {
    }
}
