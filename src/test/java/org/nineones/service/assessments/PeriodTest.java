package org.nineones.service.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Periods as people write them: start, end, kind, canonical code, the period before. */
class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2026-11, MONTH, 2026-11-01, 2026-11-30, 2026-11, 2026-10",
            "2026/2, MONTH, 2026-02-01, 2026-02-28, 2026-02, 2026-01",
            "2028.02, MONTH, 2028-02-01, 2028-02-29, 2028-02, 2028-01",
            "2026年1月, MONTH, 2026-01-01, 2026-01-31, 2026-01, 2025-12",
            "2026-Q3, QUARTER, 2026-07-01, 2026-09-30, 2026-Q3, 2026-Q2",
            "2026q1, QUARTER, 2026-01-01, 2026-03-31, 2026-Q1, 2025-Q4",
            "2026年第4季度, QUARTER, 2026-10-01, 2026-12-31, 2026-Q4, 2026-Q3",
            "２０２６－Ｑ２, QUARTER, 2026-04-01, 2026-06-30, 2026-Q2, 2026-Q1",
            "2026, YEAR, 2026-01-01, 2026-12-31, 2026, 2025",
            "2026年度, YEAR, 2026-01-01, 2026-12-31, 2026, 2025"
    })
    void readsThePeriod(String text, PeriodKind kind, LocalDate start, LocalDate end, String code, String previous) {
        Period period = Period.parse(text).orElseThrow();
        assertEquals(kind, period.kind());
        assertEquals(start, period.startsOn());
        assertEquals(end, period.endsOn());
        assertEquals(code, period.code());
        assertEquals(previous, period.previous().code());
        assertEquals(period, period.previous().next());
        assertEquals(period, Period.of(kind.name(), start.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-13", "2026-0", "2026-Q5", "1999", "26-11", "十一月", "2026-11-05"})
    void refusesWhatIsNoPeriod(String text) {
        assertTrue(Period.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({"MONTH, 2026-11-28, 2026-11", "QUARTER, 2026-11-28, 2026-Q4", "YEAR, 2026-11-28, 2026"})
    void findsThePeriodOfADay(PeriodKind kind, LocalDate day, String code) {
        assertEquals(code, Period.containing(kind, day).code());
    }
}
