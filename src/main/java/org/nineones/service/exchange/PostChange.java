package org.nineones.service.exchange;

import org.nineones.model.content.PostContent;

/**
 * A post whose imported content differs from the version being edited: it becomes the post's draft.
 *
 * @param label      the org unit path and post name, for messages ("生产部/一车间：电工")
 * @param baseNumber the number of the version being edited, or 0 when the post has none
 * @param baseDraft  true when that version is a draft (it is updated); false when a new draft is started
 */
public record PostChange(long postId, String label, PostContent body, int baseNumber, boolean baseDraft) {
}
