package org.nineones.model.county;

import java.math.BigDecimal;

import org.nineones.model.acceptance.Conclusion;

/**
 * One enterprise on the county desk: as the batch names it (or its latest inspection without a batch), its latest
 * inspection's uid (null when not inspected), whether that is signed, its score and conclusion (null unless signed),
 * its colour (null unless accepted), whether it is to be interviewed (its last two signed inspections both concluded
 * 限期整改 or 不通过), and its findings open and overdue on the day.
 */
public record EnterpriseRow(String county, String enterpriseName, String creditCode, String industry,
                            String inspectionUid, boolean selfAssessed, boolean signed, String signedAt,
                            BigDecimal score, Conclusion conclusion, Colour colour, boolean interview,
                            int findingsOpen, int findingsOverdue) {

    public boolean inspected() {
        return inspectionUid != null;
    }
}
