package org.nineones.model.acceptance;

/**
 * What a person decided about one checklist line (a stored {@link LineJudgement}): the records' result confirmed
 * (符合), points deducted (扣分), a score given (得分), a veto failed or met (否决 触发/未触发), the line marked 缺项, or
 * the line taken back to not judged (未评).
 */
public enum Verdict {
    CONFIRMED, DEDUCTED, SCORED, VETO_FAILED, VETO_MET, NOT_APPLICABLE, NOT_JUDGED;

    /** True for the verdicts that carry points (deducted or given). */
    public boolean withPoints() {
        return this == DEDUCTED || this == SCORED;
    }

    /** True for the verdicts that judge the line (not 缺项, not back to not judged). */
    public boolean judges() {
        return this != NOT_APPLICABLE && this != NOT_JUDGED;
    }
}
