package org.nineones.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nineones.excel.TestWorkbooks.id;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ColumnGuessTest {

    private static Optional<RosterField> guess(Object... values) {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            rows.add(new SheetRow(i + 2, java.util.Arrays.asList("某人", values[i])));
        }
        return ColumnGuess.of(rows, 1);
    }

    @Test
    void eighteenCharacterIdNumbersWithTheRightCheckDigitAreIdNumbers() {
        assertEquals(Optional.of(RosterField.ID_NUMBER), guess(id(1), id(2), null, HrExports.fullWidth(id(3))));
    }

    @Test
    void elevenDigitMobileNumbersArePhones() {
        assertEquals(Optional.of(RosterField.PHONE), guess("13900000001", 13900000002.0, "15812345678"));
    }

    @Test
    void datesAreHireDates() {
        assertEquals(Optional.of(RosterField.HIRE_DATE), guess(LocalDateTime.of(2019, 3, 5, 0, 0), "2020.1.2",
                "2021年3月5日"));
    }

    @Test
    void menAndWomenAreGenders() {
        assertEquals(Optional.of(RosterField.GENDER), guess("男", "女", "男", "女 "));
    }

    @Test
    void namesNumbersAndMixedColumnsSuggestNothing() {
        assertEquals(Optional.empty(), guess("张三", "李四"));
        assertEquals(Optional.empty(), guess(1.0, 2.0, 3.0));
        assertEquals(Optional.empty(), guess(id(1), "张三", "李四"));
        assertEquals(Optional.empty(), guess(id(1).substring(0, 17) + "0", null));
        assertEquals(Optional.empty(), guess((Object) null));
    }
}
