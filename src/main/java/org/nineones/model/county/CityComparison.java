package org.nineones.model.county;

import java.math.BigDecimal;
import java.util.List;

import org.nineones.model.acceptance.Conclusion;

/**
 * A city check compared (decision 0027): for each enterprise drawn, the county's conclusion and score (its latest
 * signed inspection when drawn) against the city's (its latest re-inspection loaded for the check); they differ when
 * the conclusions differ or the scores are more than {@code scoreThreshold} points apart. The summary counts the
 * county's enterprises drawn, re-inspected, agreeing and differing.
 */
public record CityComparison(CityCheck check, BigDecimal scoreThreshold, List<Row> rows, Summary summary) {

    public CityComparison {
        rows = List.copyOf(rows);
    }

    /** What the city's re-inspection says of the county's. */
    public enum Outcome { NOT_REINSPECTED, AGREE, DIFFER }

    /**
     * One enterprise drawn; the city's fields are null until it is re-inspected. {@code scoreDifference} is the
     * city's score minus the county's.
     */
    public record Row(String creditCode, String enterpriseName, String stratum, String countyInspectionUid,
                      String countySignedAt, BigDecimal countyScore, Conclusion countyConclusion,
                      String cityInspectionUid, String citySignedAt, BigDecimal cityScore, Conclusion cityConclusion,
                      BigDecimal scoreDifference, boolean conclusionDiffers, boolean scoreDiffers) {

        public boolean reinspected() {
            return cityInspectionUid != null;
        }

        public Outcome outcome() {
            return !reinspected() ? Outcome.NOT_REINSPECTED
                    : conclusionDiffers || scoreDiffers ? Outcome.DIFFER : Outcome.AGREE;
        }
    }

    /** The county's line: enterprises drawn, re-inspected by the city, agreeing, differing. */
    public record Summary(String county, int drawn, int reinspected, int agree, int differ) {
    }

    /** The rows where the county and the city differ. */
    public List<Row> differences() {
        return rows.stream().filter(r -> r.outcome() == Outcome.DIFFER).toList();
    }
}
