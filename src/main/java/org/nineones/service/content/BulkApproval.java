package org.nineones.service.content;

import java.util.List;

import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;

/**
 * What 批准所选 did: the versions approved, and each draft (or post) refused with its reason.
 *
 * @param approved the versions approved, in the order of the posts and kinds
 * @param refused  the drafts that stay drafts, each with the sentence of the rule that refused it
 */
public record BulkApproval(List<ContentVersion> approved, List<Refusal> refused) {

    public BulkApproval {
        approved = List.copyOf(approved);
        refused = List.copyOf(refused);
    }

    /**
     * One draft that was not approved: which post, which kind (null when the post had no draft at all or is gone),
     * the rule's bundle key and its sentence.
     */
    public record Refusal(long postId, String postName, ContentKind kind, String key, String reason) {
    }
}
