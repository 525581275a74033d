package org.nineones.service.roster;

import org.nineones.excel.RosterField;

/**
 * A column of the roster that will not be imported, and why: {@code column} is 0-based, {@code header} its header;
 * {@code suggestion} is the field it could be imported as (told by its values, or by its header for an org unit or
 * post column), or null; {@code twin} the 0-based column that holds the same field instead, or -1; {@code note} the
 * sentence the preview shows.
 */
public record UnusedColumn(int column, String header, Why why, RosterField suggestion, int twin, String note) {

    /** Why a column is not imported. */
    public enum Why {
        /** Its header names no field (a suggestion may come from its values). */
        UNKNOWN,
        /** Another column with the same meaning has values and this one is empty. */
        EMPTY_TWIN,
        /** Another column with the same meaning is imported (the first one with values). */
        TWIN,
        /** The user said to leave it out. */
        IGNORED,
        /** It looks like org units or posts and would be lost: the import stops until the user maps or ignores it. */
        ORG_OR_POST
    }

    public boolean blocks() {
        return why == Why.ORG_OR_POST;
    }
}
