package org.nineones.service.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.ui.TestData;

/** The one place a ledger row's person is found, with ID numbers as Excel leaves them. */
class PersonMatcherTest {

    static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    static final String ZHANG = TestData.id("11010119800101123");
    static final String WITH_X = findWithX();
    final PersonMatcher matcher = new PersonMatcher(ZH, List.of(
            new PersonMatcher.Person(1, "张三", ZHANG, "A001"),
            new PersonMatcher.Person(2, "李四", WITH_X, "A002"),
            new PersonMatcher.Person(3, "王五", TestData.id("11010119820303345"), "A002"),
            new PersonMatcher.Person(4, "张三", TestData.id("11010119830404456"), "")));

    /** An ID number whose check character is X, to be typed with a lower-case x. */
    static String findWithX() {
        for (int i = 100; i < 999; i++) {
            String id = TestData.id("11010119850505" + i);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new IllegalStateException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s", " %s ", "%s.0"})
    void findsByTheIdNumberAsExcelLeavesIt(String form) {
        assertEquals(1, matcher.find(String.format(form, ZHANG), "", "").person().id());
    }

    @Test
    void readsFullWidthDigitsAndALowerCaseX() {
        StringBuilder wide = new StringBuilder();
        ZHANG.chars().forEach(c -> wide.append((char) (c - '0' + '０')));
        assertEquals(1, matcher.find(wide.toString(), "", "").person().id());
        assertEquals(2, matcher.find(WITH_X.toLowerCase(Locale.ROOT), "", "").person().id());
    }

    @Test
    void refusesAnIdNumberExcelTurnedIntoScientificNotation() {
        PersonMatcher.Match m = matcher.find("1.10101E+17", "A001", "张三");
        assertFalse(m.found());
        assertEquals(PersonMatcher.Field.ID_NUMBER, m.field());
        assertTrue(m.problem().contains("科学计数法"), m.problem());
    }

    @Test
    void aMaskedIdNumberIsMatchedWithTheNameAndNeverGuessed() {
        assertEquals(1, matcher.find(IdNumber.mask(ZHANG), "", "张三").person().id());
        assertEquals(1, matcher.find(IdNumber.mask(ZHANG), "", "").person().id());
        PersonMatcher.Match nobody = matcher.find("110101********0000", "", "");
        assertFalse(nobody.found());
        assertEquals("花名册中没有身份证号为 110101********0000 的人员，请核对身份证号或先在“人员”中添加此人。",
                nobody.problem());
        // a masked number narrows an employee number several people share
        assertEquals(2, matcher.find(IdNumber.mask(WITH_X), "A002", "").person().id());
    }

    @Test
    void anEmployeeNumberOrNameSeveralPeopleShareListsThemAll() {
        PersonMatcher.Match number = matcher.find("", "A002", "");
        assertEquals(PersonMatcher.Field.EMPLOYEE_NUMBER, number.field());
        assertEquals("工号“A002”对应 2 人：李四（工号 A002，身份证号 " + IdNumber.mask(WITH_X) + "）、王五（工号 A002，身份证号 "
                + IdNumber.mask(TestData.id("11010119820303345")) + "）。请填写身份证号。", number.problem());
        PersonMatcher.Match name = matcher.find("", "", "张三");
        assertEquals(PersonMatcher.Field.NAME, name.field());
        assertTrue(name.problem().startsWith("花名册中有 2 人叫“张三”：张三（工号 A001，") && name.problem()
                .contains("张三（工号 无，"), name.problem());
    }

    @Test
    void aNameThatContradictsTheIdNumberIsRefused() {
        assertEquals("姓名“李四”与花名册中的“张三”不符，请核对身份证号或工号。",
                matcher.find(ZHANG, "", "李四").problem());
        assertEquals("花名册中没有工号为“A404”的人员，请核对工号或改填身份证号。", matcher.find("", "A404", "").problem());
        assertEquals("请填写身份证号、工号或姓名。", matcher.find("", "", "").problem());
    }
}
