package org.nineones.service.print;

import java.util.Arrays;
import java.util.Optional;

import org.nineones.model.content.ContentKind;

/** What {@link PrintService} prints; {@link #cliName()} is the command line's {@code --kind}. */
public enum PrintKind {
    /** 岗位责任卡, one per active employee (printed by the card service). */
    CARDS("cards", null),
    /** 岗位风险告知卡, an A4 poster per post. */
    RISK_CARDS("risk-cards", ContentKind.RISK_CARD),
    /** 应急处置卡, pocket cards per post, four to an A4 sheet. */
    EMERGENCY_CARDS("emergency-cards", ContentKind.EMERGENCY_CARD),
    /** 岗位安全生产责任清单汇编: cover, contents, one section per post. */
    DUTY_BOOK("duty-book", ContentKind.DUTY_LIST),
    /** 人员责任登记册: one row per employee with blank signature and date columns. */
    REGISTER("register", ContentKind.DUTY_LIST);

    private final String cliName;
    private final ContentKind content;

    PrintKind(String cliName, ContentKind content) {
        this.cliName = cliName;
        this.content = content;
    }

    public String cliName() {
        return cliName;
    }

    /** The kind of post content it prints (the register shows the duty list's version), or null. */
    public ContentKind content() {
        return content;
    }

    public static Optional<PrintKind> fromCliName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equals(name)).findFirst();
    }
}
