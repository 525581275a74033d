package org.nineones.service.exams;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.service.content.PostContentService;
import org.nineones.service.org.OrgService;
import org.nineones.service.people.PeopleService;
import org.nineones.service.workspace.WorkspaceService;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;

/**
 * Workspaces for the exam tests: a workshop with an electrician post (approved duty list and procedure), a welder
 * post (drafts only, the distractors' pool), three electricians and one welder.
 */
public final class ExamWorkspaces {

    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2026, 1, 1);
    public static final String ELECTRICIAN = "维修电工";
    public static final String WELDER = "电焊工";
    public static final String ZHANG = TestData.id("37160219850312001");
    public static final String LI = TestData.id("37160219900701002");
    public static final String WANG = TestData.id("37160219781120003");
    public static final String ZHAO = TestData.id("37160219950228004");

    static final Messages MESSAGES = new Messages(Locale.SIMPLIFIED_CHINESE);
    static final PostContentService CONTENT = new PostContentService(MESSAGES);

    private ExamWorkspaces() {
    }

    /** The ids of the seeded posts and people. */
    public record Seeded(Workspace workspace, long electrician, long welder, long zhang, long li, long wang, long zhao) {
    }

    public static Seeded create(Path file) throws Exception {
        Workspace ws = new WorkspaceService(new org.nineones.service.workspace.RecentFiles(
                file.resolveSibling("recent.txt"))).create(file, "示范化工", TestData.CREDIT_CODE);
        OrgService org = new OrgService(MESSAGES);
        PeopleService people = new PeopleService(MESSAGES);
        OrgUnit company = org.addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        OrgUnit workshop = org.addUnit(ws, company.id(), "维修车间", OrgUnitKind.WORKSHOP);
        Post electrician = org.savePost(ws, new Post(null, workshop.id(), ELECTRICIAN, PostCategory.SPECIAL_OPERATION,
                RiskLevel.SIGNIFICANT));
        Post welder = org.savePost(ws, new Post(null, workshop.id(), WELDER, PostCategory.SPECIAL_OPERATION,
                RiskLevel.GENERAL));
        CONTENT.saveAndApprove(ws, electrician.id(), ContentKind.DUTY_LIST, electricianDuties(), "王建国", IN_FORCE_FROM);
        CONTENT.saveAndApprove(ws, electrician.id(), ContentKind.PROCEDURE, electricianProcedure(), "王建国",
                IN_FORCE_FROM);
        CONTENT.saveDraft(ws, welder.id(), welderDuties());
        CONTENT.saveDraft(ws, welder.id(), new OperatingProcedure(List.of("检查焊机接地和电缆绝缘"),
                List.of("动火作业办理动火作业票"), List.of("清理现场火种"), List.of("严禁在易燃易爆场所无票动火"),
                List.of("焊接面罩", "焊工手套", "阻燃工作服", "防砸安全鞋")));
        long zhang = people.save(ws, person("张伟", ZHANG, "A001", workshop, electrician)).id();
        long li = people.save(ws, person("李娜", LI, "A002", workshop, electrician)).id();
        long wang = people.save(ws, person("王强", WANG, "A003", workshop, electrician)).id();
        long zhao = people.save(ws, person("赵敏", ZHAO, "B001", workshop, welder)).id();
        return new Seeded(ws, electrician.id(), welder.id(), zhang, li, wang, zhao);
    }

    static Employee person(String name, String id, String number, OrgUnit unit, Post post) {
        return new Employee(null, name, null, IdNumber.of(id), number, "", unit.id(), post.id(),
                LocalDate.of(2020, 3, 5), EmployeeStatus.ACTIVE, "", null);
    }

    static DutyList electricianDuties() {
        return new DutyList(List.of(
                new DutyItem("持证上岗", "取得电工作业特种作业操作证，按期复审，不得超范围作业", DutyItem.THIS_POST, "本人资格",
                        "无证作业的本项不得分", "《安全生产法》第三十条", ResponsibilityForm.DIRECT),
                new DutyItem("工作票", "电气作业执行工作票、操作票制度，倒闸操作一人操作一人监护", DutyItem.THIS_POST,
                        "配电室、变压器和线路", "无票作业的每次扣5分", "", ResponsibilityForm.DIRECT),
                new DutyItem("巡视检查", "每日巡视配电设施，检查温度、声响、仪表和接地情况并记录", DutyItem.THIS_POST,
                        "配电室、电缆沟", "未巡检的每次扣2分", "", ResponsibilityForm.DIRECT),
                new DutyItem("隐患报告", "发现电气隐患立即处理，不能处理的报告班组长并采取临时措施", "班组长", "本岗位作业范围",
                        "发现隐患未报告的每次扣2分", "《安全生产法》第五十九条", ResponsibilityForm.JOINT),
                new DutyItem("应急处置", "掌握触电急救和电气火灾扑救方法，参加应急演练", DutyItem.THIS_POST, "电气突发事件",
                        "不会心肺复苏的扣2分", "", ResponsibilityForm.DIRECT)));
    }

    static OperatingProcedure electricianProcedure() {
        return new OperatingProcedure(
                List.of("检查绝缘手套、绝缘靴、验电器等安全用具完好并在检验期内", "核对工作票内容和停电范围"),
                List.of("停电后先验电，确认无电后装设接地线", "在断开的开关把手上悬挂标示牌并上锁", "高处电气作业系好安全带"),
                List.of("清点工具材料，拆除接地线，确认人员撤离后方可送电", "终结工作票，填写检修记录"),
                List.of("严禁无证上岗或超范围作业", "严禁带电作业", "严禁约时停送电", "严禁用铜丝、铁丝代替熔丝"),
                List.of("绝缘手套", "绝缘鞋", "安全帽", "护目镜"));
    }

    static DutyList welderDuties() {
        return new DutyList(List.of(DutyItem.of("持焊工特种作业操作证上岗"), DutyItem.of("动火作业前办理动火作业票并清理周边可燃物"),
                DutyItem.of("作业时设专人监护，配备灭火器材"), DutyItem.of("作业结束后检查现场，确认无遗留火种")));
    }

    /** The services of the app, over a settings folder in {@code home}. */
    static Services services(Path home) {
        return new Services(new Settings(home), MESSAGES);
    }
}
