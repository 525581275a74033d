package org.nineones.model.acceptance;

/**
 * The nine ones (九个一), as DOMAIN.md numbers them. A checklist line names the item it belongs to by its number;
 * the wording a county prints is the template's, never this enum's.
 */
public enum NineItem {
    DUTY_LISTS(1), PROCEDURES(2), CARDS(3), LETTERS(4), TRAINING(5), KNOWLEDGE(6), REWARDS(7), ASSESSMENT(8),
    RECORDS(9);

    private final int number;

    NineItem(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The item numbered {@code n} (1–9), or {@code null} when there is none. */
    public static NineItem ofNumber(int n) {
        for (NineItem item : values()) {
            if (item.number == n) {
                return item;
            }
        }
        return null;
    }
}
