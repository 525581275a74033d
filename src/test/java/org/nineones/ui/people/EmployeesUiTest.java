package org.nineones.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.Test;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.EmployeeDialogHandle;
import org.nineones.ui.handles.EmployeesHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class EmployeesUiTest extends UiTestBase {

    private static final String ZHANG = TestData.id("37160219850312001");
    private static final String LI = TestData.id("37160219900701002");
    private static final String WANG = TestData.id("37160219781120003");

    /** A workspace with a workshop, two posts and three people, opened in the window. */
    private void openWorkspaceWithPeople(FxRobot robot) throws Exception {
        Path file = tempDir.resolve("企业").resolve("示范化工.nineones");
        var services = ui.context.services();
        try (Workspace ws = services.workspaces().create(file, "示范化工", TestData.CREDIT_CODE)) {
            OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
            OrgUnit workshop = services.org().addUnit(ws, company.id(), "合成车间", OrgUnitKind.WORKSHOP);
            Post operator = services.org().savePost(ws,
                    new Post(null, workshop.id(), "反应釜操作工", PostCategory.OPERATOR, RiskLevel.SIGNIFICANT));
            Post welder = services.org().savePost(ws,
                    new Post(null, workshop.id(), "电焊工", PostCategory.SPECIAL_OPERATION, RiskLevel.GENERAL));
            services.people().save(ws, person("张伟", ZHANG, "A001", workshop, operator));
            services.people().save(ws, person("李娜", LI, "A002", workshop, operator));
            services.people().save(ws, new Employee(null, "王强", Gender.MALE, IdNumber.of(WANG), "B107", "",
                    workshop.id(), welder.id(), LocalDate.of(2010, 5, 1), EmployeeStatus.ACTIVE, "T3716001",
                    LocalDate.of(2027, 6, 30)));
        }
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Employee person(String name, String id, String number, OrgUnit unit, Post post) {
        return new Employee(null, name, null, IdNumber.of(id), number, "", unit.id(), post.id(),
                LocalDate.of(2020, 3, 5), EmployeeStatus.ACTIVE, "", null);
    }

    @Test
    void searchAsYouTypeFindsByNameLastIdDigitsEmployeeNumberAndPost(FxRobot robot) throws Exception {
        openWorkspaceWithPeople(robot);
        EmployeesHandle people = window(robot).people();
        assertEquals(List.of("李娜", "王强", "张伟"), people.names());

        assertEquals(List.of("张伟"), people.search("张").names());
        assertEquals(List.of("李娜"), people.search(LI.substring(14)).names());
        assertEquals(List.of("王强"), people.search("b107").names());
        assertEquals(List.of("王强"), people.search("电焊").names());
        assertEquals(List.of("李娜", "张伟"), people.search("反应釜").names());
        assertEquals("找到 2 人（共 3 人）", people.count());
        assertEquals(List.of("李娜", "王强", "张伟"), people.search("").names());
    }

    @Test
    void idNumbersAreMaskedUntilRevealed(FxRobot robot) throws Exception {
        openWorkspaceWithPeople(robot);
        EmployeesHandle people = window(robot).people();

        assertEquals("371602********" + ZHANG.substring(14), people.idShownFor("张伟"));
        people.revealIds(true);
        assertEquals(ZHANG, people.idShownFor("张伟"));
        people.revealIds(false);
        assertEquals(IdNumber.mask(ZHANG), people.idShownFor("张伟"));
    }

    @Test
    void addsAnEmployeeAfterAnInvalidThenAValidIdNumber(FxRobot robot) throws Exception {
        openWorkspaceWithPeople(robot);
        EmployeesHandle people = window(robot).people();
        String zhao = TestData.id("37160219950228004");

        EmployeeDialogHandle dialog = people.add();
        assertEquals("请填写姓名", dialog.nameProblem());
        dialog.name("赵敏").idNumber(TestData.wrongCheck("37160219950228004"));
        assertEquals("身份证号校验位不正确，请核对", dialog.idProblem());
        assertFalse(dialog.canSave());

        dialog.idNumber("371602199502300041");
        assertEquals("身份证号中的出生日期不存在", dialog.idProblem());
        dialog.hireDate("2021年3月32日");
        assertEquals("日期无法识别，请按 2021-03-05 格式填写", dialog.hireDateProblem());

        dialog.idNumber(zhao).hireDate("2021.3.5").employeeNumber("A003").orgUnit("合成车间").post("反应釜操作工");
        assertEquals("", dialog.idProblem());
        assertEquals("", dialog.hireDateProblem());
        assertTrue(dialog.canSave());
        dialog.save();

        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertEquals(List.of("李娜", "王强", "张伟", "赵敏"), people.names());
        Workspace ws = ui.main.viewModel().session().workspace();
        Employee saved = ws.read(s -> s.employees().findByIdNumber(IdNumber.of(zhao))).orElseThrow();
        assertEquals(LocalDate.of(2021, 3, 5), saved.hireDate());
        assertEquals(Gender.FEMALE, saved.gender());
        assertEquals("赵敏", ws.read(s -> s.audit().latest(1)).get(0).detail());
    }

    @Test
    void deletesAnEmployeeOnlyAfterConfirmation(FxRobot robot) throws Exception {
        openWorkspaceWithPeople(robot);
        EmployeesHandle people = window(robot).people();

        ui.dialogs.confirmations.add(false);
        people.select("李娜").pressDelete();
        assertEquals(List.of("李娜", "王强", "张伟"), people.names());
        assertEquals("确定要删除 李娜（身份证号 " + IdNumber.mask(LI) + "）吗？删除后不能恢复。", ui.dialogs.questions.get(0));

        ui.dialogs.confirmations.add(true);
        people.select("李娜").pressDelete();
        assertEquals(List.of("王强", "张伟"), people.names());
        Workspace ws = ui.main.viewModel().session().workspace();
        assertEquals(Integer.valueOf(2), ws.read(s -> s.employees().count()));
    }

    @Test
    void enterEditsTheSelectedEmployee(FxRobot robot) throws Exception {
        openWorkspaceWithPeople(robot);
        EmployeesHandle people = window(robot).people();

        EmployeeDialogHandle dialog = people.select("张伟").pressEnter();
        assertTrue(dialog.canSave());
        dialog.name("张伟明").hireDate("2019/4/1");
        dialog.save();

        assertEquals(List.of("李娜", "王强", "张伟明"), people.names());
        Workspace ws = ui.main.viewModel().session().workspace();
        Employee saved = ws.read(s -> s.employees().findByIdNumber(IdNumber.of(ZHANG))).orElseThrow();
        assertEquals("张伟明", saved.name());
        assertEquals(LocalDate.of(2019, 4, 1), saved.hireDate());
        assertEquals(Integer.valueOf(3), ws.read(s -> s.employees().count()));
    }

    @Test
    void ctrlFPutsTheCursorInTheSearchFieldFromAnotherTab(FxRobot robot) throws Exception {
        openWorkspaceWithPeople(robot);
        window(robot).org();

        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();

        TextField search = robot.lookup("#searchField").query();
        assertTrue(search.isFocused());
        assertTrue(search.getScene().getWindow().isShowing());
    }
}
