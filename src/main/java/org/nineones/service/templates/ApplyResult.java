package org.nineones.service.templates;

import java.util.List;

import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.PostTemplate;

/**
 * What applying a template did: for each post, the drafts it saved (one per kind applied, each recording the
 * template's name and version). Approved versions are never changed; a post with an approved version of a kind got
 * a new draft numbered above it.
 */
public record ApplyResult(PostTemplate template, List<Applied> posts) {

    /** One post and the drafts saved for it, in the order of the kinds. */
    public record Applied(PostRef post, List<ContentVersion> drafts) {

        public Applied {
            drafts = List.copyOf(drafts);
        }
    }

    public ApplyResult {
        posts = List.copyOf(posts);
    }

    public int draftCount() {
        return posts.stream().mapToInt(p -> p.drafts().size()).sum();
    }
}
