package org.nineones.model.inspection;

/**
 * How well a worker drawn for the spot check knows his or her own post's duties (ACCEPTANCE.md, the spot check):
 * 熟知, 基本熟知 or 不熟知. The default checklist's knowledge line deducts per worker by this rating.
 */
public enum Familiarity {
    /** 熟知. */
    FAMILIAR,
    /** 基本熟知. */
    BASICALLY_FAMILIAR,
    /** 不熟知. */
    UNFAMILIAR;

    /** The key of its Chinese/English label in the {@code inspection} bundle. */
    public String labelKey() {
        return "familiarity." + name();
    }
}
