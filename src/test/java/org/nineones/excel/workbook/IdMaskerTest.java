package org.nineones.excel.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdMaskerTest {

    private static final String ID = RegisterFixtures.id(LocalDate.of(1985, 3, 12), 2).value();
    private static final String MASKED = "370102********" + ID.substring(14);

    @Test
    void masksAnIdNumberInsideACertificateNumber() {
        assertEquals("T" + MASKED, IdMasker.mask("T" + ID));
        assertEquals("证号" + MASKED + "（复审）", IdMasker.mask("证号" + ID + "（复审）"));
    }

    @Test
    void masksEveryIdNumberInAText() {
        assertEquals(MASKED + "," + MASKED, IdMasker.mask(ID + "," + ID));
    }

    @Test
    void masksAnIdNumberRunTogetherWithOtherDigits() {
        assertEquals("9" + MASKED, IdMasker.mask("9" + ID));
    }

    @Test
    void masksALowerCaseCheckX() {
        String first17 = "11010519491231002";
        String id = first17 + org.nineones.model.IdNumber.checkCharFor(first17);
        String lower = id.replace('X', 'x');
        assertEquals("110105********" + id.substring(14), IdMasker.mask(lower));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TS202100123", "13800000003", "370102198503120021", "0543-3219119", "370102********1234", "滨州示例化工有限公司"})
    void leavesTextsWithoutAValidIdNumberAlone(String text) {
        assertSame(text, IdMasker.mask(text));
    }
}
