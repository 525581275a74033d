package org.nineones.service.letters;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;

/**
 * A small enterprise for the letters tests: 示范化工 with a safety department, a production department with a
 * workshop and a team, one person per post, duty lists approved through {@link PostContentService}; today is
 * 2026-06-15.
 */
public final class LetterFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    public final Services services;
    public final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    public final LetterService letters = new LetterService(messages, CLOCK);
    public final PostContentService content = new PostContentService(messages);
    public final Workspace ws;
    public final Map<String, Employee> people = new HashMap<>();
    public final Map<String, Post> posts = new HashMap<>();
    public final Map<String, OrgUnit> units = new HashMap<>();
    private int serial = 1;

    public LetterFixture(Path folder) throws Exception {
        services = new Services(new Settings(folder.resolve("设置")), messages);
        ws = services.workspaces().create(folder.resolve("示范化工.nineones"), "示范化工", TestData.CREDIT_CODE);
        OrgUnit company = unit(null, "示范化工", OrgUnitKind.COMPANY);
        OrgUnit safety = unit(company, "安全部", OrgUnitKind.DEPARTMENT);
        OrgUnit production = unit(company, "生产部", OrgUnitKind.DEPARTMENT);
        OrgUnit workshop = unit(production, "合成车间", OrgUnitKind.WORKSHOP);
        OrgUnit team = unit(workshop, "甲班", OrgUnitKind.TEAM);
        person("王总", post(company, "总经理", PostCategory.PRINCIPAL));
        person("李副总", post(company, "安全副总经理", PostCategory.SAFETY_DEPUTY));
        person("赵安全", post(safety, "专职安全员", PostCategory.SAFETY_MANAGER));
        person("钱部长", post(production, "生产部部长", PostCategory.DEPARTMENT_HEAD));
        person("孙主任", post(workshop, "车间主任", PostCategory.WORKSHOP_HEAD));
        person("周班长", post(team, "班长", PostCategory.TEAM_LEADER));
        person("吴操作", post(team, "巡检工", PostCategory.OPERATOR));
        person("郑焊工", post(workshop, "电焊工", PostCategory.SPECIAL_OPERATION));
        for (Post p : posts.values()) {
            approve(p, LocalDate.of(2026, 1, 1), "履行" + p.name() + "安全职责");
        }
    }

    public OrgUnit unit(OrgUnit parent, String name, OrgUnitKind kind) {
        OrgUnit u = services.org().addUnit(ws, parent == null ? null : parent.id(), name, kind);
        units.put(name, u);
        return u;
    }

    public Post post(OrgUnit unit, String name, PostCategory category) {
        Post p = services.org().savePost(ws, new Post(null, unit.id(), name, category, RiskLevel.LOW));
        posts.put(name, p);
        return p;
    }

    public Employee person(String name, Post post) {
        String first17 = String.format("3716021985031%04d", serial);
        Employee e = services.people().save(ws, new Employee(null, name, null, IdNumber.of(TestData.id(first17)),
                String.format("A%03d", serial), "", post.orgUnitId(), post.id(), null, EmployeeStatus.ACTIVE, "", null));
        serial++;
        people.put(name, e);
        return e;
    }

    /** Saves and approves a duty list of two items for the post, in force from {@code from}. */
    public void approve(Post post, LocalDate from, String firstDuty) {
        DutyList list = new DutyList(List.of(
                new DutyItem("组织领导", firstDuty, DutyItem.THIS_POST, "本岗位作业区域", "未履行的，每次扣2分", "",
                        ResponsibilityForm.DIRECT),
                new DutyItem("隐患排查", "每日检查作业现场，及时报告事故隐患", DutyItem.THIS_POST, "作业现场",
                        "未按时检查的，每次扣1分", "", ResponsibilityForm.DIRECT)));
        content.saveAndApprove(ws, post.id(), list.kind(), list, "王总", from);
    }

    public long id(String name) {
        return people.get(name).id();
    }
}
