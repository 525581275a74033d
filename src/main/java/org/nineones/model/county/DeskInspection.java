package org.nineones.model.county;

import java.math.BigDecimal;
import java.util.List;

import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.InspectionFinding;

/**
 * An inspection as the county desk keeps it (decision 0025): who the enterprise is, whether its package held a signed
 * self-assessment, and, once the on-site record is signed, when (UTC, {@code yyyy-MM-dd HH:mm:ss}), the score out of
 * the template's points, the conclusion, the lines that lost points or triggered a veto, and the findings with their
 * deadlines. {@code signedAt}, {@code score}, {@code maxScore} and {@code conclusion} are null while not signed.
 */
public record DeskInspection(String uid, String enterpriseName, String creditCode, String county, String industry,
                             String packageFingerprint, String openedAt, boolean selfAssessed, String signedAt,
                             BigDecimal score, BigDecimal maxScore, Conclusion conclusion, List<DeskLine> lines,
                             List<DeskFinding> findings, String sourceFile) {

    public DeskInspection {
        enterpriseName = enterpriseName == null ? "" : enterpriseName.strip();
        creditCode = creditCode == null ? "" : creditCode.strip();
        county = county == null ? "" : county.strip();
        industry = industry == null ? "" : industry.strip();
        openedAt = openedAt == null ? "" : openedAt;
        lines = lines == null ? List.of() : List.copyOf(lines);
        findings = findings == null ? List.of() : List.copyOf(findings);
        sourceFile = sourceFile == null ? "" : sourceFile;
        if ((signedAt == null) != (conclusion == null) || (signedAt == null) != (score == null)) {
            throw new IllegalArgumentException("signed time, score and conclusion come together: " + uid);
        }
    }

    public boolean signed() {
        return signedAt != null;
    }

    /** What ties an enterprise's inspections together: its credit code, or this inspection's uid without one. */
    public String enterpriseKey() {
        return creditCode.isEmpty() ? uid : creditCode;
    }

    /** The number of vetoes triggered. */
    public int vetoes() {
        return (int) lines.stream().filter(DeskLine::veto).count();
    }

    /** A line of a signed inspection that lost points ({@code deducted} &gt; 0) or triggered a veto. */
    public record DeskLine(String lineId, BigDecimal deducted, boolean veto) {
    }

    /**
     * A finding with its deadline; open until the inspector accepts its rectification (closed, {@code closedOn} the
     * day accepted). {@code decidedAt} is when the inspector's latest decision on it was made (accepted or sent back;
     * UTC, {@code yyyy-MM-dd HH:mm:ss}), null while none: of two copies of an inspection, the later decision counts.
     */
    public record DeskFinding(String uid, String lineId, InspectionFinding.Source source, String seen,
                              java.time.LocalDate deadline, String responsible, boolean open,
                              java.time.LocalDate closedOn, String decidedAt) {
    }
}
