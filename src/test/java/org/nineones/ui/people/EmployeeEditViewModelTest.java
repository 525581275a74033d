package org.nineones.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nineones.model.Gender;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.ui.TestData;

/** The employee form's rules, without JavaFX controls. */
class EmployeeEditViewModelTest {

    private static final Messages MESSAGES = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final OrgUnit COMPANY = new OrgUnit(1L, null, "示范化工", OrgUnitKind.COMPANY, 0);
    private static final OrgUnit WORKSHOP = new OrgUnit(2L, 1L, "合成车间", OrgUnitKind.WORKSHOP, 0);
    private static final OrgUnit TEAM = new OrgUnit(3L, 2L, "甲班", OrgUnitKind.TEAM, 0);
    private static final OrgUnit OFFICE = new OrgUnit(4L, 1L, "办公室", OrgUnitKind.DEPARTMENT, 1);
    private static final Post OPERATOR = new Post(10L, 2L, "反应釜操作工", PostCategory.OPERATOR, RiskLevel.SIGNIFICANT);
    private static final Post CLERK = new Post(11L, 4L, "文员", PostCategory.OPERATOR, RiskLevel.LOW);

    private static EmployeeEditViewModel newForm() {
        return new EmployeeEditViewModel(MESSAGES, null, List.of(COMPANY, WORKSHOP, TEAM, OFFICE),
                List.of(OPERATOR, CLERK));
    }

    @Test
    void needsANameAndAValidIdNumber() {
        EmployeeEditViewModel vm = newForm();
        assertEquals("请填写姓名", vm.nameErrorProperty().get());
        assertFalse(vm.validProperty().get());

        vm.nameProperty().set("赵敏");
        vm.idNumberProperty().set(TestData.wrongCheck("37160219950228004"));
        assertEquals("身份证号校验位不正确，请核对", vm.idNumberErrorProperty().get());
        assertFalse(vm.validProperty().get());

        vm.idNumberProperty().set(TestData.id("37160219950228004"));
        assertEquals("", vm.idNumberErrorProperty().get());
        assertTrue(vm.validProperty().get());
        assertEquals(Gender.FEMALE, vm.genderProperty().get());
    }

    @Test
    void rejectsAnIdNumberExcelTurnedIntoANumber() {
        EmployeeEditViewModel vm = newForm();
        vm.idNumberProperty().set("3.70102E+17");
        assertTrue(vm.idNumberErrorProperty().get().startsWith("身份证号被 Excel 存成了数字"));
    }

    @ParameterizedTest
    @CsvSource({"2021-03-05", "2021/3/5", "2021.3.5", "2021年3月5日", "20210305", "' 2021-03-05 '"})
    void readsTheUsualDateSpellings(String text) {
        EmployeeEditViewModel vm = newForm();
        vm.nameProperty().set("赵敏");
        vm.idNumberProperty().set(TestData.id("37160219950228004"));
        vm.hireDateProperty().set(text);

        assertEquals("", vm.hireDateErrorProperty().get());
        assertEquals(LocalDate.of(2021, 3, 5), vm.toEmployee().hireDate());
    }

    @ParameterizedTest
    @CsvSource({"2021-13-05, 日期无法识别，请按 2021-03-05 格式填写", "三月五日, 日期无法识别，请按 2021-03-05 格式填写",
            "2999-01-01, 入职日期不能晚于今天"})
    void showsTheHireDateProblem(String text, String problem) {
        EmployeeEditViewModel vm = newForm();
        vm.hireDateProperty().set(text);
        assertEquals(problem, vm.hireDateErrorProperty().get());
    }

    @Test
    void certificateNumberNeedsItsExpiry() {
        EmployeeEditViewModel vm = newForm();
        vm.certificateNumberProperty().set("T3716001");
        assertEquals("有特种作业证号时，请填写证书有效期", vm.certificateExpiryErrorProperty().get());
        vm.certificateExpiryProperty().set("2027-06-30");
        assertEquals("", vm.certificateExpiryErrorProperty().get());
    }

    @Test
    void offersThePostsOfTheUnitAndTheUnitsAboveIt() {
        EmployeeEditViewModel vm = newForm();
        assertEquals(List.of(OPERATOR, CLERK), vm.postChoices());

        vm.orgUnitProperty().set(TEAM);
        assertEquals(List.of(OPERATOR), vm.postChoices());
        vm.postProperty().set(OPERATOR);

        vm.orgUnitProperty().set(OFFICE);
        assertEquals(List.of(CLERK), vm.postChoices());
        assertEquals(null, vm.postProperty().get());
    }
}
