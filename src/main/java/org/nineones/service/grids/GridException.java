package org.nineones.service.grids;

import org.nineones.model.UserFacing;

/**
 * A change of the grid the rules refuse, with the sentence (from {@code i18n/grids}) saying what to do; nothing was
 * written. {@link #reason} says which rule and {@link #field} which part of the area, for a front end to mark it.
 */
public final class GridException extends RuntimeException implements UserFacing {

    public enum Reason {
        /** An area without a name. */
        NO_NAME,
        /** A name with a slash, which the sheet's paths use between levels. */
        NAME_SLASH,
        /** A name another area under the same parent has. */
        NAME_TAKEN,
        /** A second area at level one: level one is the enterprise itself. */
        SECOND_ROOT,
        /** No area of that number (gone, or never there). */
        UNKNOWN_AREA,
        /** A parent that is not an area. */
        UNKNOWN_PARENT,
        /** Below level three. */
        TOO_DEEP,
        /** An area under itself or under one of its own sub-areas. */
        CYCLE,
        /** The same person as supervising and specific responsible person. */
        SAME_PERSON,
        /** A person not in the roster. */
        UNKNOWN_PERSON,
        /** A person who has left the enterprise. */
        PERSON_LEFT,
        /** A risk level set by hand without its reason. */
        NO_RISK_REASON,
        /** An org unit that is not in the org tree. */
        UNKNOWN_UNIT,
        /** A post that is not in the org tree. */
        UNKNOWN_POST,
        /** Deleting an area that has sub-areas. */
        HAS_SUB_AREAS,
        /** Deleting an area that has reports of the monthly dispatch. */
        HAS_REPORTS
    }

    /** The part of an area a refusal is about, for a front end to mark it (the sheet: the column). */
    public enum Field { NAME, PARENT, SUPERVISOR, RESPONSIBLE, GRID_INSPECTOR, RISK, ORG_UNITS, POSTS, AREA }

    private final Reason reason;
    private final Field field;

    public GridException(Reason reason, Field field, String sentence) {
        super(sentence);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public Field field() {
        return field;
    }
}
