package org.nineones.excel.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Enterprise;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;

/** A small chemical plant for workbook and package tests: three levels of units, posts of every risk, people. */
public final class RegisterFixtures {

    public static final String CREDIT_CODE = "91371600MA3C7E2X1C";

    private RegisterFixtures() {
    }

    /** A valid ID number: region 370102, the given birth date, a sequence number, the right check character. */
    public static IdNumber id(LocalDate birth, int sequence) {
        String first17 = "370102" + birth.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        return IdNumber.of(first17 + IdNumber.checkCharFor(first17));
    }

    public static Enterprise enterprise() {
        return new Enterprise("滨州示例化工有限公司", CREDIT_CODE, "危险化学品", true, "滨城区", "滨州市滨城区黄河五路 1 号",
                "张建国", "0543-3210000", "0543-3219119");
    }

    public static List<OrgUnit> units() {
        return List.of(
                new OrgUnit(1L, null, "滨州示例化工有限公司", OrgUnitKind.COMPANY, 0),
                new OrgUnit(2L, 1L, "生产部", OrgUnitKind.DEPARTMENT, 2),
                new OrgUnit(3L, 1L, "安全环保部", OrgUnitKind.DEPARTMENT, 1),
                new OrgUnit(4L, 2L, "合成车间", OrgUnitKind.WORKSHOP, 0),
                new OrgUnit(5L, 4L, "甲班", OrgUnitKind.TEAM, 0),
                new OrgUnit(6L, 2L, "储运车间", OrgUnitKind.WORKSHOP, 1));
    }

    public static List<Post> posts() {
        return List.of(
                new Post(10L, 1L, "总经理", PostCategory.PRINCIPAL, RiskLevel.LOW),
                new Post(11L, 3L, "安全管理员", PostCategory.SAFETY_MANAGER, RiskLevel.GENERAL),
                new Post(12L, 5L, "合成操作工", PostCategory.OPERATOR, RiskLevel.MAJOR),
                new Post(13L, 5L, "电工", PostCategory.SPECIAL_OPERATION, RiskLevel.SIGNIFICANT),
                new Post(14L, 6L, "叉车司机", PostCategory.SPECIAL_OPERATION, RiskLevel.SIGNIFICANT));
    }

    public static Map<Long, List<String>> duties() {
        Map<Long, List<String>> duties = new LinkedHashMap<>();
        duties.put(10L, List.of("建立健全并落实本单位全员安全生产责任制", "组织制定并实施安全生产规章制度和操作规程"));
        duties.put(11L, List.of("组织开展危险源辨识和评估", "检查本单位的安全生产状况，及时排查事故隐患", "制止和纠正违章指挥"));
        duties.put(12L, List.of("严格遵守合成岗位安全操作规程", "正确佩戴和使用劳动防护用品"));
        duties.put(13L, List.of("持证上岗，严禁无证作业"));
        return duties;
    }

    /** Employees: 王五 has left (not on the register); 李四's certificate is numbered with his ID number. */
    public static List<Employee> employees() {
        List<Employee> list = new ArrayList<>();
        list.add(employee(1, "张三", Gender.MALE, 1, 10L, null, null));
        list.add(employee(2, "赵六", Gender.FEMALE, 3, 11L, null, null));
        IdNumber liSi = id(LocalDate.of(1985, 3, 12), 2);
        list.add(new Employee(3L, "李四", Gender.MALE, liSi, "E003", "13800000003", 5L, 13L, LocalDate.of(2020, 7, 1),
                EmployeeStatus.ACTIVE, "T" + liSi.value(), LocalDate.of(2027, 6, 30)));
        list.add(employee(4, "王五", Gender.MALE, 5, 12L, EmployeeStatus.LEFT, null));
        list.add(employee(5, "阿宝", Gender.FEMALE, 5, 12L, null, null));
        list.add(employee(6, "周七", Gender.MALE, 6, 14L, null, "TS202100123"));
        return list;
    }

    private static Employee employee(int n, String name, Gender gender, long unit, long post, EmployeeStatus status,
                                     String certificate) {
        return new Employee((long) n, name, gender, id(LocalDate.of(1980 + n, n, 10 + n), n * 2), "E00" + n,
                "1380000000" + n, unit, post, LocalDate.of(2015 + n, 3, 5), status == null ? EmployeeStatus.ACTIVE : status,
                certificate, certificate == null ? null : LocalDate.of(2028, 1, 31));
    }

    public static RegisterData sample() {
        return new RegisterData(enterprise(), units(), posts(), employees(), duties());
    }

    /** A synthetic enterprise of {@code people} employees over 10 workshops of 5 teams with 4 posts each. */
    public static RegisterData large(int people) {
        List<OrgUnit> units = new ArrayList<>(List.of(new OrgUnit(1L, null, "大型化工集团", OrgUnitKind.COMPANY, 0)));
        List<Post> posts = new ArrayList<>();
        Map<Long, List<String>> duties = new LinkedHashMap<>();
        long id = 2;
        for (int w = 0; w < 10; w++) {
            long workshop = id++;
            units.add(new OrgUnit(workshop, 1L, "第" + (w + 1) + "车间", OrgUnitKind.WORKSHOP, w));
            for (int t = 0; t < 5; t++) {
                long team = id++;
                units.add(new OrgUnit(team, workshop, "班组" + (t + 1), OrgUnitKind.TEAM, t));
                for (int p = 0; p < 4; p++) {
                    long post = id++;
                    posts.add(new Post(post, team, "岗位" + (p + 1), PostCategory.OPERATOR, RiskLevel.values()[p]));
                    duties.put(post, List.of("遵守操作规程", "正确佩戴劳动防护用品", "发现隐患及时报告"));
                }
            }
        }
        String surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨";
        List<Employee> employees = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Post post = posts.get(i % posts.size());
            employees.add(new Employee((long) i + 1, surnames.charAt(i % surnames.length()) + "员工" + i, Gender.MALE,
                    id(LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28), i), "G" + i, "", post.orgUnitId(), post.id(),
                    LocalDate.of(2010, 1, 1).plusDays(i % 4000), EmployeeStatus.ACTIVE, "", null));
        }
        return new RegisterData(enterprise(), units, posts, employees, duties);
    }
}
