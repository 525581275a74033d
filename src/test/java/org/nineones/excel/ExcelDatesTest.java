package org.nineones.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExcelDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021.03.05", "2021.3.5", "2021/3/5", "2021/03/05", "2021-3-5", "2021-03-05",
            "2021年3月5日", "2021年03月05日", "2021年3月5", "20210305", "　2021-03-05 ", "2021-03-05 00:00:00",
            "２０２１．３．５"})
    void readsEveryWayHrWritesADate(String text) {
        assertEquals(Optional.of(LocalDate.of(2021, 3, 5)), ExcelDates.parse(text));
    }

    @Test
    void readsRealExcelDatesAndNumbersThatAreDates() {
        assertEquals(Optional.of(LocalDate.of(2021, 3, 5)), ExcelDates.parse(LocalDateTime.of(2021, 3, 5, 0, 0)));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 5)), ExcelDates.parse(20210305.0));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 5)), ExcelDates.parse(44260.0));
    }

    @Test
    void neverGuessesADateFromABareYearOrAnOddNumber() {
        assertTrue(ExcelDates.parse(2021.0).isEmpty());
        assertTrue(ExcelDates.parse(44260.5 * 3).isEmpty());
        assertTrue(ExcelDates.parse(Boolean.TRUE).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021.02.30", "20211305", "2021-3", "三月五日", "明年", "2021/3/5/1", "abc"})
    void rejectsTextThatIsNoRealDate(String text) {
        assertTrue(ExcelDates.parse(text).isEmpty());
    }
}
