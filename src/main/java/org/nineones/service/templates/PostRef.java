package org.nineones.service.templates;

import org.nineones.model.Post;

/** A post with the name of the org unit it belongs to, for saying which of several posts of one name is meant. */
public record PostRef(Post post, String orgUnit) {

    /** {@code 生产一车间/班长}: the form {@code apply-template --post} accepts when a name is not enough. */
    public String qualifiedName() {
        return orgUnit.isEmpty() ? post.name() : orgUnit + "/" + post.name();
    }
}
