package org.nineones.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void acceptsValidNumberAndReadsBirthDateAndGender() {
        IdNumber id = IdNumber.check("11010519491231002X", TODAY).idNumber();
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Gender.FEMALE, id.gender());
    }

    @ParameterizedTest
    @CsvSource({
            "'11010519491231002x', 11010519491231002X",
            "' 11010519491231002X　', 11010519491231002X",
            "'110105 1949 1231 002X', 11010519491231002X"})
    void normalisesSpacesAndLowerCaseX(String raw, String expected) {
        assertEquals(expected, IdNumber.check(raw, TODAY).idNumber().value());
    }

    @ParameterizedTest
    @CsvSource({
            "11010519491231002Y, BAD_CHARACTER",
            "110105194912310021, BAD_CHECK_DIGIT",
            "110105194902300028, BAD_BIRTH_DATE",
            "110105203001010013, BAD_BIRTH_DATE",
            "1101051949123100, WRONG_LENGTH",
            "3.70102E+17, SCIENTIFIC_NOTATION",
            "3.70102198001011E17, SCIENTIFIC_NOTATION",
            "'', EMPTY"})
    void rejectsWithTheReason(String raw, IdNumber.Problem problem) {
        IdNumber.Check check = IdNumber.check(raw, TODAY);
        assertFalse(check.valid());
        assertEquals(problem, check.problem());
    }

    @Test
    void masksBirthDate() {
        assertEquals("110105********002X", IdNumber.check("11010519491231002X", TODAY).idNumber().masked());
        assertEquals("110105********002X", IdNumber.check("11010519491231002X", TODAY).idNumber().toString());
    }

    @Test
    void computesCheckCharacterFromWeights() {
        assertEquals('X', IdNumber.checkCharFor("11010519491231002"));
        assertTrue(IdNumber.check("110105194912310029", TODAY).problem() == IdNumber.Problem.BAD_CHECK_DIGIT);
    }
}
