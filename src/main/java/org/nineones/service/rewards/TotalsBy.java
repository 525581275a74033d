package org.nineones.service.rewards;

/** How totals are grouped. */
public enum TotalsBy {
    PERSON, UNIT, MONTH
}
