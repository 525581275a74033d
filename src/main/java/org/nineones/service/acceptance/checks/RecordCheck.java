package org.nineones.service.acceptance.checks;

import java.util.List;

/** One item's checks of the records: the kinds of finding it can make, and making them for a day. */
interface RecordCheck {

    /** The finding kinds ({@link org.nineones.model.acceptance.FindingKinds}) this check produces. */
    List<String> kinds();

    /** Adds what the records show on {@code day.asOf()} to {@code out}. */
    void run(CheckDay day, Findings out);
}
