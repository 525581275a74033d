package org.nineones.model.content;

/** The four kinds of safety content every post has (items 1–3 of the nine ones). */
public enum ContentKind {
    /** 岗位安全生产责任清单. */
    DUTY_LIST,
    /** 岗位安全操作规程. */
    PROCEDURE,
    /** 岗位风险告知卡. */
    RISK_CARD,
    /** 应急处置卡. */
    EMERGENCY_CARD
}
