package org.nineones.model.county;

import java.math.BigDecimal;

import org.nineones.model.acceptance.Conclusion;

/**
 * The city's own re-inspection of an enterprise drawn by a city check (decision 0027), read from a city inspector's
 * inspection file loaded for that check: signed, with its score out of the template's points and its conclusion. It is
 * kept apart from the county's inspections and never counted in the county summary.
 *
 * @param signedAt UTC, {@code yyyy-MM-dd HH:mm:ss}, as the inspection file wrote it
 */
public record CityInspection(String checkUid, String uid, String creditCode, String enterpriseName, String signedAt,
                             BigDecimal score, BigDecimal maxScore, Conclusion conclusion, int vetoes,
                             String sourceFile) {
}
