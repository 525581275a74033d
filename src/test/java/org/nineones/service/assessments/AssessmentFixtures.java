package org.nineones.service.assessments;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.nineones.model.CreditCode;
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
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;

/**
 * A small enterprise for the assessment tests: 示范化工 → 一车间 with 电工 (an approved duty list of three items,
 * worth 5, 3 and 33.33 points) and 门卫 (no duty list); 张三 and 李四 are electricians, 王五 a guard, 赵六 has no post,
 * 钱七 has left. Today is 2026-11-28.
 */
public final class AssessmentFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    public static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    public record People(long zhang, long li, long wang, long zhao, long electrician, long guard) {
    }

    private AssessmentFixtures() {
    }

    static String id(String first17) {
        return first17 + IdNumber.checkCharFor(first17);
    }

    static final String ZHANG_ID = id("37010219900101001");
    static final String LI_ID = id("37010219910202002");

    public static Workspace workspace(Path file) throws Exception {
        String code = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");
        return Workspace.create(file, new Enterprise("示范化工", code, "", false, "", "", "", "", ""));
    }

    static DutyList duties() {
        return new DutyList(List.of(
                new DutyItem("安全操作", "严格执行电气安全操作规程，持证上岗", "本岗位", "配电室", "无证上岗一次扣5分", "",
                        ResponsibilityForm.DIRECT),
                new DutyItem("隐患排查", "每班检查线路、开关和接地", "本岗位", "一车间",
                        "未按规定检查的，每次扣2分；隐患未上报的，每次扣3分", "", ResponsibilityForm.DIRECT),
                DutyItem.of("参加安全培训和应急演练")));
    }

    public static People people(Workspace ws) {
        People p = ws.write(s -> {
            OrgUnit company = s.orgUnits().insert(new OrgUnit(null, null, "示范化工", OrgUnitKind.COMPANY, 0));
            OrgUnit workshop = s.orgUnits().insert(new OrgUnit(null, company.id(), "一车间", OrgUnitKind.WORKSHOP, 1));
            long electrician = s.posts().insert(new Post(null, workshop.id(), "电工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.GENERAL)).id();
            long guard = s.posts().insert(new Post(null, company.id(), "门卫", PostCategory.OPERATOR, RiskLevel.LOW))
                    .id();
            long zhang = s.employees().insert(person("张三", ZHANG_ID, "E001", workshop.id(), electrician,
                    EmployeeStatus.ACTIVE)).id();
            long li = s.employees().insert(person("李四", LI_ID, "E002", workshop.id(), electrician,
                    EmployeeStatus.ACTIVE)).id();
            long wang = s.employees().insert(person("王五", id("37010219920303003"), "E003", company.id(), guard,
                    EmployeeStatus.ACTIVE)).id();
            long zhao = s.employees().insert(person("赵六", id("37010219930404004"), "E004", company.id(), null,
                    EmployeeStatus.ACTIVE)).id();
            s.employees().insert(person("钱七", id("37010219940505005"), "E005", workshop.id(), electrician,
                    EmployeeStatus.LEFT));
            return new People(zhang, li, wang, zhao, electrician, guard);
        });
        new PostContentService(ZH).saveAndApprove(ws, p.electrician(), ContentKind.DUTY_LIST, duties(), "厂长",
                LocalDate.of(2026, 1, 1));
        return p;
    }

    static Employee person(String name, String id, String number, Long unit, Long post, EmployeeStatus status) {
        return new Employee(null, name, Gender.MALE, IdNumber.of(id), number, "", unit, post, LocalDate.of(2020, 1, 1),
                status, "", null);
    }
}
