package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

/** The stored days read back digit by digit give what {@link LocalDate#parse} gives, and fail where it fails. */
class IsoDatesTest {

    @Test
    void readsEveryDayOfALeapYearAsLocalDateParseDoes() {
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            assertEquals(LocalDate.parse(day.toString()), IsoDates.date(day.toString()));
        }
        assertEquals(LocalDate.of(1, 1, 1), IsoDates.date("0001-01-01"));
    }

    @Test
    void nothingStoredIsNoDay() {
        assertNull(IsoDates.date(null));
        assertNull(IsoDates.date(""));
        assertNull(IsoDates.date("  "));
    }

    @Test
    void whatIsNoDayFailsAsLocalDateParseFails() {
        for (String bad : new String[] {"2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-3",
                "2026/04/03", "２０２６-04-03", "2026-04-03 08:00:00"}) {
            DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> IsoDates.date(bad), bad);
            assertEquals(bad, e.getParsedString());
        }
    }
}
