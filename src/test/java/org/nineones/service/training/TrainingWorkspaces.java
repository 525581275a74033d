package org.nineones.service.training;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Enterprise;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.store.Workspace;

/**
 * Workspaces for the training tests: 示例化工 / 生产部 / 一车间 / 甲班, a principal (张总), a safety manager (李安全), operators
 * (王一, 王二, 王三), a welder on a special-operation post (赵焊工), and two people called 刘同名. Today is {@link #TODAY}.
 */
public final class TrainingWorkspaces {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    public static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    private TrainingWorkspaces() {
    }

    /** The ids made. */
    public record Ids(long company, long production, long workshop, long team, long principalPost, long safetyPost,
                      long operatorPost, long welderPost, long principal, long safety, long wang1, long wang2,
                      long wang3, long welder, long liu1, long liu2) {
    }

    public static IdNumber idNumber(int n) {
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(n % 12000);
        String first17 = "371602" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
        return IdNumber.of(first17 + IdNumber.checkCharFor(first17));
    }

    public static Enterprise enterprise(boolean highRisk) {
        return new Enterprise("滨州示例化工有限公司", "91371600MA3C7E2X1C", "化工", highRisk, "滨城区", "黄河五路",
                "张总", "0543-8887766", "0543-3216119");
    }

    public static Employee person(int n, String name, long unit, long post, LocalDate hired, LocalDate certificate) {
        return new Employee(null, name, Gender.MALE, idNumber(n), "E" + String.format("%03d", n), "", unit, post,
                hired, EmployeeStatus.ACTIVE, certificate == null ? "" : "T" + n, certificate);
    }

    public static Ids populate(Workspace ws) {
        return ws.write(store -> {
            OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, "滨州示例化工有限公司", OrgUnitKind.COMPANY, 0));
            OrgUnit production = store.orgUnits().insert(new OrgUnit(null, company.id(), "生产部", OrgUnitKind.DEPARTMENT, 1));
            OrgUnit workshop = store.orgUnits().insert(new OrgUnit(null, production.id(), "一车间", OrgUnitKind.WORKSHOP, 1));
            OrgUnit team = store.orgUnits().insert(new OrgUnit(null, workshop.id(), "甲班", OrgUnitKind.TEAM, 1));
            Post principal = store.posts().insert(new Post(null, company.id(), "总经理", PostCategory.PRINCIPAL, RiskLevel.LOW));
            Post safety = store.posts().insert(new Post(null, company.id(), "安全管理员", PostCategory.SAFETY_MANAGER,
                    RiskLevel.LOW));
            Post operator = store.posts().insert(new Post(null, team.id(), "反应釜操作工", PostCategory.OPERATOR,
                    RiskLevel.SIGNIFICANT));
            Post welder = store.posts().insert(new Post(null, team.id(), "电焊工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.MAJOR));
            LocalDate longAgo = LocalDate.of(2020, 3, 1);
            List<Employee> people = List.of(
                    person(1, "张总", company.id(), principal.id(), longAgo, null),
                    person(2, "李安全", company.id(), safety.id(), longAgo, null),
                    person(3, "王一", team.id(), operator.id(), longAgo, null),
                    person(4, "王二", team.id(), operator.id(), TODAY.minusMonths(3), null),
                    person(5, "王三", team.id(), operator.id(), longAgo, null),
                    person(6, "赵焊工", team.id(), welder.id(), longAgo, TODAY.plusDays(20)),
                    person(7, "刘同名", team.id(), operator.id(), longAgo, null),
                    person(8, "刘同名", team.id(), operator.id(), longAgo, null));
            store.employees().saveAll(people);
            List<Employee> saved = store.employees().all();
            long[] ids = saved.stream().mapToLong(Employee::id).toArray();
            return new Ids(company.id(), production.id(), workshop.id(), team.id(), principal.id(), safety.id(),
                    operator.id(), welder.id(), ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7]);
        });
    }

    public static Workspace create(Path file, boolean highRisk) throws Exception {
        return Workspace.create(file, enterprise(highRisk));
    }
}
