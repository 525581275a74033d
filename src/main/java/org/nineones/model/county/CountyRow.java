package org.nineones.model.county;

import java.math.BigDecimal;
import java.util.List;

/**
 * One county's line of the summary (ACCEPTANCE.md, the county summary; seed 003, attachment 2): the enterprises (of
 * the batch, or every one inspected), how many handed a signed self-assessment, how many are accepted (a signed
 * inspection) and with which conclusion, how many are not inspected yet, the average score (null when none is
 * accepted), the pass rate in percent of those accepted (null likewise), the three colours, the enterprises to
 * interview, the findings open and overdue on the day, and the lines most often deducted.
 */
public record CountyRow(String county, int enterprises, int selfAssessed, int accepted, int passed, int rectify,
                        int failed, int notInspected, BigDecimal averageScore, BigDecimal passRate, int green,
                        int yellow, int red, int interviews, int findingsOpen, int findingsOverdue,
                        List<LineCount> topDeductions) {

    public CountyRow {
        topDeductions = List.copyOf(topDeductions);
    }

    /** A checklist line and the number of accepted enterprises whose latest inspection lost points on it. */
    public record LineCount(String lineId, int count) {
    }
}
