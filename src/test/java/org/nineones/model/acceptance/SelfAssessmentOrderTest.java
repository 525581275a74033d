package org.nineones.model.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Self-assessments in the order they were made, whatever the text of their signing time looks like. */
class SelfAssessmentOrderTest {

    private static final ChecklistScore RESULT = new ChecklistScore("九个一验收标准（默认）", "2026.1", List.of(),
            BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.TEN, Conclusion.FAIL, Conclusion.FAIL,
            List.of());

    private static SelfAssessment signed(long id, String day, String signedAt) {
        return new SelfAssessment(id, LocalDate.parse(day), "九个一验收标准（默认）", "2026.1", "a".repeat(64),
                BigDecimal.TEN, BigDecimal.valueOf(100), Conclusion.FAIL, "李安全", signedAt, RESULT);
    }

    @Test
    void aSigningAtAWholeMinuteComesBeforeOneASecondLater() {
        // OffsetDateTime.toString() leaves ":00" out, as an earlier version stored it; as text "03:33Z" > "03:33:01Z"
        SelfAssessment first = signed(1, "2026-12-07", "2026-12-07T03:33Z");
        SelfAssessment second = signed(2, "2026-12-07", "2026-12-07T03:33:01Z");
        List<SelfAssessment> list = new ArrayList<>(List.of(second, first));
        list.sort(SelfAssessment.ORDER);
        assertEquals(List.of(first, second), list);
    }

    @Test
    void byDayThenMomentAcrossOffsetsThenNumber() {
        SelfAssessment earlierDay = signed(9, "2026-11-30", "2026-12-07T12:00:00+08:00");
        SelfAssessment beijing = signed(3, "2026-12-07", "2026-12-07T11:00:00+08:00"); // 03:00 UTC
        SelfAssessment utc = signed(2, "2026-12-07", "2026-12-07T03:30:00Z");
        SelfAssessment sameSecond = signed(4, "2026-12-07", "2026-12-07T03:30:00Z");
        List<SelfAssessment> list = new ArrayList<>(List.of(sameSecond, utc, beijing, earlierDay));
        list.sort(SelfAssessment.ORDER);
        assertEquals(List.of(earlierDay, beijing, utc, sameSecond), list);
    }
}
