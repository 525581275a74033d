package org.nineones.service.cards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/** Workspaces for card tests, built through the real repositories. */
public final class CardWorkspaces {

    public static final String ENTERPRISE = "滨州示例化工有限公司";
    public static final String EMERGENCY_PHONE = "0543-3216119";
    public static final String CONTACT_PHONE = "0543-8887766";
    public static final List<String> OPERATOR_DUTIES = List.of(
            "严格遵守安全生产法律法规、本单位规章制度和岗位安全操作规程。",
            "正确佩戴和使用劳动防护用品，班前检查设备设施和作业环境。",
            "发现事故隐患或其他不安全因素，立即向班组长或安全管理人员报告。",
            "参加安全生产教育培训和应急演练，掌握本岗位应急处置措施。");

    private CardWorkspaces() {
    }

    /** A valid ID number: region 370102, born 1990-01-01 plus {@code n} days, sequence from {@code n}. */
    public static IdNumber idNumber(int n) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n % 12000);
        String first17 = "370102" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
        return IdNumber.of(first17 + IdNumber.checkCharFor(first17));
    }

    public static Enterprise enterprise(String emergencyPhone) {
        return new Enterprise(ENTERPRISE, "91371600MA3C7E2X1C", "化工", true, "滨城区", "滨州市滨城区黄河五路",
                "王建国", CONTACT_PHONE, emergencyPhone);
    }

    /** The ids of what {@link #createSmall} made. */
    public record Ids(long company, long production, long workshop, long operatorPost, long leaderPost) {
    }

    /** 生产部 / 一车间 with two posts with duties. */
    public static Ids orgAndPosts(Store store) {
        OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, ENTERPRISE, OrgUnitKind.COMPANY, 0));
        OrgUnit production = store.orgUnits().insert(new OrgUnit(null, company.id(), "生产部", OrgUnitKind.DEPARTMENT, 1));
        OrgUnit workshop = store.orgUnits().insert(new OrgUnit(null, production.id(), "一车间", OrgUnitKind.WORKSHOP, 1));
        Post operator = store.posts().insert(new Post(null, workshop.id(), "反应釜操作工", PostCategory.OPERATOR, RiskLevel.SIGNIFICANT));
        Post leader = store.posts().insert(new Post(null, production.id(), "生产部部长", PostCategory.DEPARTMENT_HEAD, RiskLevel.GENERAL));
        store.posts().replaceDuties(operator.id(), OPERATOR_DUTIES);
        store.posts().replaceDuties(leader.id(), List.of("组织落实本部门安全生产责任制和安全生产规章制度。",
                "组织本部门安全检查，督促整改事故隐患。"));
        return new Ids(company.id(), production.id(), workshop.id(), operator.id(), leader.id());
    }

    public static Employee employee(int n, String name, long orgUnit, Long post, EmployeeStatus status) {
        return new Employee(null, name, Gender.MALE, idNumber(n), "E" + n, "1380000" + String.format("%04d", n % 10000),
                orgUnit, post, LocalDate.of(2020, 3, 5), status, "", null);
    }

    /** A workspace with {@code people} active operators (and one who left) in 一车间 and one department head. */
    public static Workspace create(Path file, int people, String emergencyPhone) throws Exception {
        Workspace ws = Workspace.create(file, enterprise(emergencyPhone));
        ws.write(store -> {
            Ids ids = orgAndPosts(store);
            List<Employee> staff = new ArrayList<>();
            IntStream.range(0, people).forEach(i -> staff.add(employee(i + 1, name(i), ids.workshop(), ids.operatorPost(),
                    EmployeeStatus.ACTIVE)));
            staff.add(employee(people + 1, "离职者", ids.workshop(), ids.operatorPost(), EmployeeStatus.LEFT));
            store.employees().saveAll(staff);
            return null;
        });
        return ws;
    }

    /** Distinct plausible Chinese names. */
    public static String name(int i) {
        String surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
        String given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰";
        return "" + surnames.charAt(i % surnames.length()) + given.charAt((i / surnames.length()) % given.length())
                + (i >= surnames.length() * given.length() ? given.charAt((i / 7) % given.length()) : "");
    }
}
