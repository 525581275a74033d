package org.nineones.service.acceptance.checks;

import java.util.List;
import java.util.Map;

import org.nineones.model.Post;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.service.content.ContentState;
import org.nineones.service.content.KindStatus;

/**
 * Item 1, a duty list for every post: a post with no duty list at all on the day (neither approved nor draft), a
 * post whose list is only a draft (or approved but not yet in force), and a post whose list in force has a line
 * without its responsible person, scope or assessment standard.
 */
final class DutyListCheck implements RecordCheck {

    @Override
    public List<String> kinds() {
        return List.of(FindingKinds.POST_WITHOUT_DUTY_LIST, FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE);
    }

    @Override
    public void run(CheckDay day, Findings out) {
        Map<Long, ContentVersion> inForce = day.inForce(ContentKind.DUTY_LIST);
        for (Post post : day.roster().posts()) {
            KindStatus status = day.status(post.id(), ContentKind.DUTY_LIST);
            ContentState state = status == null ? ContentState.MISSING : status.state();
            if (state == ContentState.MISSING) {
                out.add(FindingKinds.POST_WITHOUT_DUTY_LIST, day.post(post), day.post(post).label());
            } else if (state.isGap()) {
                out.add(FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE, day.post(post), day.post(post).label(),
                        out.texts().get("checks.dutyList." + state.name()));
            } else {
                int line = incompleteLine(inForce.get(post.id()));
                if (line > 0) {
                    out.add(FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE, day.post(post), day.post(post).label(),
                            out.texts().get("checks.dutyList.incomplete", line));
                }
            }
        }
    }

    /** The number (1-based) of the first line lacking its responsible person, scope or standard; 0 when none. */
    static int incompleteLine(ContentVersion version) {
        if (version == null || !(version.body() instanceof DutyList list)) {
            return 0;
        }
        for (int i = 0; i < list.items().size(); i++) {
            DutyItem item = list.items().get(i);
            if (item.responsible().isEmpty() || item.scope().isEmpty() || item.assessmentStandard().isEmpty()) {
                return i + 1;
            }
        }
        return 0;
    }
}
