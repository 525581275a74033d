package org.nineones.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

import org.junit.jupiter.api.Test;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.IdNumber;
import org.nineones.ui.TestData;

/** The search predicate and Chinese sorting behind the employee table, without JavaFX controls. */
class EmployeeSearchTest {

    private static EmployeeRow row(String name, String first17, String number, String post) {
        Employee e = new Employee(1L, name, null, IdNumber.of(TestData.id(first17)), number, "", null, null,
                LocalDate.of(2020, 1, 1), EmployeeStatus.ACTIVE, "", null);
        return new EmployeeRow(e, "", "合成车间", post, "在岗");
    }

    private static final List<EmployeeRow> ROWS = List.of(
            row("张伟", "37160219850312001", "A001", "反应釜操作工"),
            row("李娜", "37160219900701002", "A002", "反应釜操作工"),
            row("王强", "37160219781120003", "B107", "电焊工"));

    private static List<String> search(String text) {
        var predicate = EmployeesViewModel.predicate(text);
        return ROWS.stream().filter(r -> predicate == null || predicate.test(r)).map(EmployeeRow::name).toList();
    }

    @Test
    void findsByNameNumberPostAndTheEndOfTheIdNumber() {
        assertEquals(List.of("张伟"), search("张"));
        assertEquals(List.of("王强"), search("b107"));
        assertEquals(List.of("张伟", "李娜"), search("反应釜"));
        String liId = ROWS.get(1).fullId();
        assertEquals(List.of("李娜"), search(liId.substring(14)));
        assertEquals(List.of("李娜"), search(liId));
    }

    @Test
    void doesNotMatchTheMiddleOfTheIdNumber() {
        assertEquals(List.of(), search("19850312"));
    }

    @Test
    void everyTermMustMatch() {
        assertEquals(List.of("李娜"), search("反应釜\u3000李"));
        assertEquals(List.of("张伟", "李娜", "王强"), search("  "));
    }

    @Test
    void sortsNamesInChineseOrder() {
        ObservableList<String> names = FXCollections.observableArrayList("张伟", "李娜", "王强", "安然", "赵敏");
        SortedList<String> sorted = new SortedList<>(names, new ChineseCollation());
        assertEquals(List.of("安然", "李娜", "王强", "张伟", "赵敏"), new ArrayList<>(sorted));
    }

    @Test
    void showsAUnitBelowADepartmentWithItsParent() {
        var company = new org.nineones.model.OrgUnit(1L, null, "示范化工", org.nineones.model.OrgUnitKind.COMPANY, 0);
        var workshop = new org.nineones.model.OrgUnit(2L, 1L, "生产一车间", org.nineones.model.OrgUnitKind.WORKSHOP, 0);
        var team = new org.nineones.model.OrgUnit(3L, 2L, "甲班", org.nineones.model.OrgUnitKind.TEAM, 0);
        var byId = java.util.Map.of(1L, company, 2L, workshop, 3L, team);
        assertEquals("生产一车间/甲班", EmployeeRows.label(team, byId));
        assertEquals("生产一车间", EmployeeRows.label(workshop, byId));
    }
}
