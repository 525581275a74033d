package org.nineones.service.exchange;

import java.nio.file.Path;
import java.util.List;

import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.model.content.RiskCard;
import org.nineones.store.Workspace;

/**
 * A small enterprise for the exchange tests: 示范化工 → 生产部 → 一车间, with posts 电工 and 焊工 in 一车间,
 * 安全员 in 生产部 and 门卫 at the company itself; and rich content of every kind.
 */
final class ExchangeFixtures {

    /** The posts' ids in one workspace. */
    record Posts(long electrician, long welder, long safetyOfficer, long guard) {
    }

    private ExchangeFixtures() {
    }

    static Workspace workspace(Path file) throws Exception {
        String code = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");
        return Workspace.create(file, new Enterprise("示范化工", code, "", false, "", "", "", "", ""));
    }

    static Posts posts(Workspace ws) {
        return ws.write(s -> {
            OrgUnit company = s.orgUnits().insert(new OrgUnit(null, null, "示范化工", OrgUnitKind.COMPANY, 0));
            OrgUnit production = s.orgUnits().insert(new OrgUnit(null, company.id(), "生产部", OrgUnitKind.DEPARTMENT, 1));
            OrgUnit workshop = s.orgUnits().insert(new OrgUnit(null, production.id(), "一车间", OrgUnitKind.WORKSHOP, 2));
            long electrician = s.posts().insert(new Post(null, workshop.id(), "电工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.GENERAL)).id();
            long welder = s.posts().insert(new Post(null, workshop.id(), "焊工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.GENERAL)).id();
            long officer = s.posts().insert(new Post(null, production.id(), "安全员", PostCategory.SAFETY_MANAGER,
                    RiskLevel.LOW)).id();
            long guard = s.posts().insert(new Post(null, company.id(), "门卫", PostCategory.OPERATOR, RiskLevel.LOW)).id();
            return new Posts(electrician, welder, officer, guard);
        });
    }

    static DutyList duties() {
        return new DutyList(List.of(
                new DutyItem("安全操作", "严格执行电气安全操作规程，持证上岗", "本岗位", "一车间配电室及用电设备",
                        "无证上岗一次扣5分", "《安全生产法》第三十条", ResponsibilityForm.DIRECT),
                new DutyItem("隐患排查", "每班检查线路、开关和接地，发现隐患及时报告", "电工班长", "一车间",
                        "未按规定检查的，每次扣2分；\n隐患未上报的，每次扣3分", "", ResponsibilityForm.JOINT),
                DutyItem.of("参加安全培训和应急演练")));
    }

    static DutyList otherDuties() {
        return new DutyList(List.of(DutyItem.of("动火作业前办理动火证"), DutyItem.of("作业后清理现场，确认无火种")));
    }

    static OperatingProcedure procedure() {
        return new OperatingProcedure(List.of("检查绝缘工具和防护用品是否完好", "确认停电、验电、挂牌"),
                List.of("不得带电作业", "一人操作一人监护"), List.of("恢复送电前确认人员撤离"),
                List.of("严禁酒后上岗", "严禁约时停送电"), List.of("绝缘手套", "绝缘鞋", "安全帽"));
    }

    static RiskCard riskCard() {
        return new RiskCard(List.of("带电设备", "临时用电线路老化"),
                List.of(AccidentType.ELECTRIC_SHOCK, AccidentType.FIRE, AccidentType.FALL_FROM_HEIGHT),
                List.of("人员触电伤亡", "电气火灾"), List.of("停电验电挂牌", "定期检测绝缘", "登高系安全带"),
                RiskLevel.SIGNIFICANT, List.of(new EmergencyContact("火警", "119"),
                        new EmergencyContact("急救", "120"), new EmergencyContact("车间值班室", "0543-3211234")));
    }

    static EmergencyCard emergencyCard() {
        return new EmergencyCard(List.of(
                new EmergencyScenario("触电", List.of("立即切断电源", "用绝缘物挑开电线", "进行心肺复苏", "拨打120"),
                        List.of(new EmergencyContact("急救", "120"), new EmergencyContact("安全科", "3211000"))),
                new EmergencyScenario("电气火灾", List.of("切断电源", "使用干粉灭火器灭火"),
                        List.of(new EmergencyContact("火警", "119"), new EmergencyContact("值班室", "3211234"),
                                new EmergencyContact("车间主任 张三", "13800001111")))));
    }

    /** The rich content of a kind, for the electrician. */
    static PostContent rich(org.nineones.model.content.ContentKind kind) {
        return switch (kind) {
            case DUTY_LIST -> duties();
            case PROCEDURE -> procedure();
            case RISK_CARD -> riskCard();
            case EMERGENCY_CARD -> emergencyCard();
        };
    }
}
