package org.nineones.ui.gaps;

import java.util.Arrays;
import java.util.Map;

import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.service.content.KindStatus;

/** One post in the gaps view: where it is, its risk level, and each kind's status. */
public record GapRow(long postId, String unitPath, String postName, RiskLevel riskLevel,
                     Map<ContentKind, KindStatus> statuses) {

    public KindStatus status(ContentKind kind) {
        return statuses.get(kind);
    }

    /** True when some kind has nothing approved in force. */
    public boolean hasGap() {
        return statuses.values().stream().anyMatch(s -> s.state().isGap());
    }

    /** The first kind that needs attention (the duty list when none does). */
    public ContentKind firstGap() {
        return Arrays.stream(ContentKind.values()).filter(k -> status(k).state().isGap()).findFirst()
                .orElse(ContentKind.DUTY_LIST);
    }
}
