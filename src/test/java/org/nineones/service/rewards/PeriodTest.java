package org.nineones.service.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The periods a publicity sheet is asked for: a month, a quarter, a year; anything else is refused. */
class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11, 2026-11, 2026-11-01, 2026-11-30",
        "2024-2, 2024-02, 2024-02-01, 2024-02-29",
        "2026-Q3, 2026-Q3, 2026-07-01, 2026-09-30",
        "' 2026-q1 ', 2026-Q1, 2026-01-01, 2026-03-31",
        "2026, 2026, 2026-01-01, 2026-12-31"})
    void readsMonthsQuartersAndYears(String text, String name, String from, String to) {
        assertEquals(Optional.of(new Period(name, LocalDate.parse(from), LocalDate.parse(to))), Period.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"2026-13", "2026-Q5", "26", "2026年11月", "''", "11-2026"})
    void refusesAnythingElse(String text) {
        assertEquals(Optional.empty(), Period.parse(text));
    }
}
