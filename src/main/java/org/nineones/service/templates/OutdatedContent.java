package org.nineones.service.templates;

import org.nineones.model.content.ContentKind;

/**
 * A post's content of one kind made from a template the library now has in a newer version.
 *
 * @param number          the number of the post's newest version of the kind (the draft, else the newest approved)
 * @param recordedVersion the template's version it was made from
 * @param libraryVersion  the template's version in the library now
 */
public record OutdatedContent(long postId, ContentKind kind, int number, String templateName, int recordedVersion,
                              int libraryVersion) {
}
