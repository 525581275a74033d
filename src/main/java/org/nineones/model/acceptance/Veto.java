package org.nineones.model.acceptance;

/**
 * A checklist line's veto: its type, the percentage of a floor veto (the item's score below it caps the conclusion;
 * null for other types) and what must be rectified when it is triggered.
 */
public record Veto(VetoType type, Integer percent, String rectification) {

    public static final Veto NONE = new Veto(VetoType.NONE, null, "");

    public Veto {
        type = type == null ? VetoType.NONE : type;
        rectification = rectification == null ? "" : rectification.strip();
    }

    public boolean any() {
        return type != VetoType.NONE;
    }
}
