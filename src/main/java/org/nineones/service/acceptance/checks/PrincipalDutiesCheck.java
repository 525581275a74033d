package org.nineones.service.acceptance.checks;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.Target;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyList;

/**
 * Item 1's veto line: the principal's duty list in force covers the seven duties of Art. 21
 * ({@link PrincipalDuties}). The principal's post is the post of category {@link PostCategory#PRINCIPAL} (主要负责人,
 * as the roster import and the post editor classify it); each such post whose list in force (none: nothing covered)
 * misses a duty is one finding naming the duties missed, and a workspace with no principal's post at all is one
 * finding pointing nowhere.
 */
final class PrincipalDutiesCheck implements RecordCheck {

    private final PrincipalDuties duties;

    PrincipalDutiesCheck(PrincipalDuties duties) {
        this.duties = duties;
    }

    @Override
    public List<String> kinds() {
        return List.of(FindingKinds.PRINCIPAL_DUTIES_MISSING);
    }

    @Override
    public void run(CheckDay day, Findings out) {
        List<Post> principals = day.roster().posts().stream().filter(p -> p.category() == PostCategory.PRINCIPAL)
                .toList();
        if (principals.isEmpty()) {
            out.addAs(FindingKinds.PRINCIPAL_DUTIES_MISSING, "checks.principal.noPost", Target.NONE);
            return;
        }
        Map<Long, ContentVersion> inForce = day.inForce(ContentKind.DUTY_LIST);
        for (Post post : principals) {
            ContentVersion version = inForce.get(post.id());
            DutyList list = version != null && version.body() instanceof DutyList l ? l : null;
            List<PrincipalDuties.Duty> missing = duties.missing(list);
            if (!missing.isEmpty()) {
                out.add(FindingKinds.PRINCIPAL_DUTIES_MISSING, day.post(post), day.post(post).label(),
                        missing.size(), missing.stream().map(PrincipalDuties.Duty::name)
                                .collect(Collectors.joining(out.texts().get("checks.listSeparator"))));
            }
        }
    }
}
