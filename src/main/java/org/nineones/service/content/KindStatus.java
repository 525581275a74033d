package org.nineones.service.content;

import java.time.LocalDate;

/**
 * One kind of one post's content as the gaps view shows it.
 *
 * @param state           where it stands on the day asked about
 * @param inForceNumber   the number of the version in force, or null
 * @param inForceFrom     its effective date, or null
 * @param draftNumber     the number of the draft, or null
 * @param pendingFrom     the effective date of an approved version that takes effect after the day, or null
 * @param templateName    the template the current content was made from (the draft's, else the version in force's,
 *                        else the pending one's), or null when written by hand or missing
 * @param templateVersion that template's version, or 0
 */
public record KindStatus(ContentState state, Integer inForceNumber, LocalDate inForceFrom, Integer draftNumber,
                         LocalDate pendingFrom, String templateName, int templateVersion) {

    static final KindStatus MISSING = new KindStatus(ContentState.MISSING, null, null, null, null, null, 0);

    public boolean fromTemplate() {
        return templateName != null && !templateName.isBlank();
    }
}
