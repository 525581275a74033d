package org.nineones.model.county;

import java.time.LocalDate;
import java.util.List;

/**
 * The county summary of a batch (null: every enterprise inspected) on a day: one row per county, their total (county
 * empty; null when there is no county), the enterprises to interview and those not inspected yet, and the colour rule
 * it was made with.
 */
public record CountySummary(DeskBatch batch, LocalDate asOf, ColourRule rule, List<CountyRow> counties,
                            CountyRow total, List<EnterpriseRow> interviews, List<EnterpriseRow> notInspected) {

    public CountySummary {
        counties = List.copyOf(counties);
        interviews = List.copyOf(interviews);
        notInspected = List.copyOf(notInspected);
    }
}
