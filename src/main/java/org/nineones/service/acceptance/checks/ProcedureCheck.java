package org.nineones.service.acceptance.checks;

import java.util.List;

import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.content.ContentKind;
import org.nineones.service.content.KindStatus;

/** Item 2, a procedure for every operating post: an operating or special-operation post with none in force. */
final class ProcedureCheck implements RecordCheck {

    @Override
    public List<String> kinds() {
        return List.of(FindingKinds.POST_WITHOUT_PROCEDURE);
    }

    @Override
    public void run(CheckDay day, Findings out) {
        for (Post post : day.roster().posts()) {
            if (post.category() != PostCategory.OPERATOR && post.category() != PostCategory.SPECIAL_OPERATION) {
                continue;
            }
            KindStatus status = day.status(post.id(), ContentKind.PROCEDURE);
            if (status == null || status.state().isGap()) {
                out.add(FindingKinds.POST_WITHOUT_PROCEDURE, day.post(post), day.post(post).label());
            }
        }
    }
}
