package org.nineones.ui.gaps;

import java.util.Arrays;
import java.util.Map;

import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.service.content.KindStatus;
import org.nineones.service.templates.OutdatedContent;

/** One post in the gaps view: where it is, its risk level, and each kind's status. */
public record GapRow(long postId, String unitPath, String postName, RiskLevel riskLevel,
                     Map<ContentKind, KindStatus> statuses, Map<ContentKind, OutdatedContent> outdated) {

    public GapRow {
        outdated = Map.copyOf(outdated);
    }

    public KindStatus status(ContentKind kind) {
        return statuses.get(kind);
    }

    /** The newer template version the kind's content lags behind, or null when it does not. */
    public OutdatedContent outdated(ContentKind kind) {
        return outdated.get(kind);
    }

    /** True when the kind has nothing approved in force, or was made from a template the library has updated. */
    public boolean isGap(ContentKind kind) {
        return status(kind).state().isGap() || outdated.containsKey(kind);
    }

    /** True when some kind is a gap. */
    public boolean hasGap() {
        return Arrays.stream(ContentKind.values()).anyMatch(this::isGap);
    }

    /** The first kind that needs attention (the duty list when none does). */
    public ContentKind firstGap() {
        return Arrays.stream(ContentKind.values()).filter(this::isGap).findFirst().orElse(ContentKind.DUTY_LIST);
    }
}
