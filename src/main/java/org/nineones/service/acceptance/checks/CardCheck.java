package org.nineones.service.acceptance.checks;

import java.util.List;

import org.nineones.model.Post;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.content.ContentKind;
import org.nineones.service.content.KindStatus;

/**
 * Item 3, the cards: a post at risk level 一般 or above without its risk card, or without its emergency card, in
 * force on the day (one finding per missing card). Whether the cards hang on site is the inspector's to see.
 */
final class CardCheck implements RecordCheck {

    private static final List<ContentKind> CARDS = List.of(ContentKind.RISK_CARD, ContentKind.EMERGENCY_CARD);

    @Override
    public List<String> kinds() {
        return List.of(FindingKinds.MISSING_CARD);
    }

    @Override
    public void run(CheckDay day, Findings out) {
        for (Post post : day.roster().posts()) {
            if (!post.riskLevel().atLeastGeneral()) {
                continue;
            }
            for (ContentKind card : CARDS) {
                KindStatus status = day.status(post.id(), card);
                if (status == null || status.state().isGap()) {
                    out.add(FindingKinds.MISSING_CARD, day.post(post), day.post(post).label(),
                            out.texts().of(card));
                }
            }
        }
    }
}
