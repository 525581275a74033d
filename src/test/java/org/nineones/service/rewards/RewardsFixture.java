package org.nineones.service.rewards;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.service.content.PostContentService;
import org.nineones.service.org.OrgService;
import org.nineones.service.people.PeopleService;
import org.nineones.service.workspace.RecentFiles;
import org.nineones.service.workspace.WorkspaceService;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;

/**
 * A small enterprise for the rewards tests: 示范化工 / 生产部 / 一车间 with the post 操作工 (an approved duty list of
 * three items), and three people: 张三 (操作工, 一车间, A001), 李四 (生产部, A002) and 王五 (一车间, no number).
 * Today is 2026-11-20.
 */
final class RewardsFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String ZHANG_ID = TestData.id("37010219800101001");
    static final String LI_ID = TestData.id("37010219850202002");
    static final String WANG_ID = TestData.id("37010219900303003");

    final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    final RewardsService service = new RewardsService(messages,
            Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    final Workspace workspace;
    final OrgUnit company;
    final OrgUnit department;
    final OrgUnit workshop;
    final Post operator;
    final ContentVersion duties;
    final Employee zhang;
    final Employee li;
    final Employee wang;

    RewardsFixture(Path dir) throws Exception {
        this(dir.resolve("企业").resolve("示范化工.nineones"), true);
    }

    RewardsFixture(Path file, boolean create) throws Exception {
        workspace = new WorkspaceService(new RecentFiles(file.resolveSibling("recent.txt")))
                .create(file, "示范化工有限公司", TestData.CREDIT_CODE);
        OrgService org = new OrgService(messages);
        company = org.addUnit(workspace, null, "示范化工有限公司", OrgUnitKind.COMPANY);
        department = org.addUnit(workspace, company.id(), "生产部", OrgUnitKind.DEPARTMENT);
        workshop = org.addUnit(workspace, department.id(), "一车间", OrgUnitKind.WORKSHOP);
        operator = org.savePost(workspace, new Post(null, workshop.id(), "操作工", PostCategory.OPERATOR,
                RiskLevel.GENERAL));
        PostContentService content = new PostContentService(messages);
        content.saveDraft(workspace, operator.id(), new DutyList(List.of(DutyItem.of("严格遵守安全操作规程"),
                DutyItem.of("正确佩戴和使用劳动防护用品"), DutyItem.of("发现事故隐患立即报告"))));
        duties = content.approve(workspace, operator.id(), ContentKind.DUTY_LIST, "厂长", LocalDate.of(2026, 1, 1));
        PeopleService people = new PeopleService(messages);
        zhang = people.save(workspace, person("张三", ZHANG_ID, "A001", workshop.id(), operator.id()));
        li = people.save(workspace, person("李四", LI_ID, "A002", department.id(), null));
        wang = people.save(workspace, person("王五", WANG_ID, "", workshop.id(), null));
    }

    private static Employee person(String name, String id, String number, Long unit, Long post) {
        return new Employee(null, name, Gender.MALE, IdNumber.of(id), number, "", unit, post,
                LocalDate.of(2020, 1, 1), EmployeeStatus.ACTIVE, "", null);
    }
}
