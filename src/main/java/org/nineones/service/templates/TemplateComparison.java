package org.nineones.service.templates;

import org.nineones.model.content.ContentKind;

/**
 * How a post's content of one kind (the version being edited: the draft, else the newest approved version) stands
 * against the template it was made from.
 *
 * @param number          the number of the version compared
 * @param templateName    the template recorded with it
 * @param recordedVersion the template's version recorded with it
 * @param libraryVersion  the version of that template in the library now, or 0 when the library no longer has it
 * @param diff            how the content differs from the library's template, or null when the library no longer
 *                        has it
 */
public record TemplateComparison(long postId, ContentKind kind, int number, String templateName, int recordedVersion,
                                 int libraryVersion, ContentDiff diff) {

    public boolean templateKnown() {
        return diff != null;
    }

    /** True when the library's template is newer than the one the content was made from. */
    public boolean newerTemplate() {
        return templateKnown() && libraryVersion > recordedVersion;
    }

    /** True when the content was edited after it was made from the template (or the template changed since). */
    public boolean differs() {
        return templateKnown() && !diff.same();
    }
}
