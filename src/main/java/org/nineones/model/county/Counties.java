package org.nineones.model.county;

import org.nineones.model.Messages;

/**
 * How a county is named to people on the county summary: as the package or the batch gave it, or, when the
 * enterprise's package named none, one label for all of them ({@value #NOT_GIVEN}: 未填县区, "County not given"),
 * the same in the window's tables, the workbook, the PDF and the command's text. The data (the desk, the JSON) keeps
 * the empty name, so that machines can tell it from a county of that name.
 */
public final class Counties {

    /** The bundle key of the label of a county not given. */
    public static final String NOT_GIVEN = "county.notGiven";

    private Counties() {
    }

    /** The county as shown: its name, or the label of a county not given when blank. */
    public static String label(Messages messages, String county) {
        return county == null || county.isBlank() ? messages.get(NOT_GIVEN) : county;
    }
}
