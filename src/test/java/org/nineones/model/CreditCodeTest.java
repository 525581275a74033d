package org.nineones.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeTest {

    @ParameterizedTest
    @CsvSource({"91371600MA3C7E2X1C", "91350100M000100Y43", "' 91371600ma3c7e2x1c '"})
    void acceptsValidCodes(String raw) {
        assertTrue(CreditCode.check(raw).valid(), raw);
    }

    @ParameterizedTest
    @CsvSource({
            "91371600MA3C7E2X1K, BAD_CHECK_CHARACTER",
            "91371600MA3C7E2X1, WRONG_LENGTH",
            "91371600MA3C7E2XIC, BAD_CHARACTER",
            "'', EMPTY"})
    void rejectsWithTheReason(String raw, CreditCode.Problem problem) {
        assertEquals(problem, CreditCode.check(raw).problem());
    }
}
