package org.nineones.service.print;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.model.content.RiskCard;
import org.nineones.service.cards.CardWorkspaces;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;

/**
 * Workspaces for the print tests, seeded through the real content service: the card workspace's two posts
 * (反应釜操作工 with approved content, 生产部部长 with drafts only) and, when asked, a post with very long content.
 */
public final class PrintWorkspaces {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2026, 1, 1);
    public static final String APPROVER = "王建国";
    public static final String OPERATOR = "反应釜操作工";
    public static final String LEADER = "生产部部长";
    public static final String LONG_POST = "危险化学品装卸工";
    public static final String DUTY_PHONE = "0543-3216000";
    public static final int LONG_ITEMS = 60;

    private static final PostContentService CONTENT = new PostContentService(new Messages(Locale.SIMPLIFIED_CHINESE));

    private PrintWorkspaces() {
    }

    public record Posts(long operator, long leader, Long longPost) {
    }

    /** The card workspace with {@code people} operators, content for both posts, and the long post if asked. */
    public static Workspace create(Path file, int people, boolean withLongPost) throws Exception {
        Workspace ws = CardWorkspaces.create(file, people, CardWorkspaces.EMERGENCY_PHONE);
        seed(ws, withLongPost);
        return ws;
    }

    public static Posts seed(Workspace ws, boolean withLongPost) {
        List<Post> posts = ws.read(s -> s.posts().all());
        long operator = posts.stream().filter(p -> p.name().equals(OPERATOR)).findFirst().orElseThrow().id();
        long leader = posts.stream().filter(p -> p.name().equals(LEADER)).findFirst().orElseThrow().id();
        CONTENT.saveDraft(ws, operator, operatorDuties());
        CONTENT.saveDraft(ws, operator, operatorRiskCard());
        CONTENT.saveDraft(ws, operator, operatorEmergencyCard());
        for (ContentKind kind : List.of(ContentKind.DUTY_LIST, ContentKind.RISK_CARD, ContentKind.EMERGENCY_CARD)) {
            CONTENT.approve(ws, operator, kind, APPROVER, IN_FORCE_FROM);
        }
        CONTENT.saveDraft(ws, leader, new RiskCard(List.of("检查生产现场时接触运转设备和有毒介质。"),
                List.of(AccidentType.MACHINERY, AccidentType.POISONING_ASPHYXIATION),
                List.of("人员伤亡。"), List.of("进入现场按规定佩戴劳动防护用品，由岗位人员陪同。"), RiskLevel.GENERAL,
                List.of(new EmergencyContact("生产调度", DUTY_PHONE))));
        CONTENT.saveDraft(ws, leader, new EmergencyCard(List.of(new EmergencyScenario("火灾",
                List.of("立即报告调度并组织人员撤离。", "组织义务消防队用灭火器初期扑救。"),
                List.of(new EmergencyContact("火警", "119"))))));
        Long longPost = null;
        if (withLongPost) {
            long unit = ws.read(s -> s.orgUnits().all().stream().filter(u -> u.name().equals("一车间")).findFirst()
                    .orElseThrow().id());
            longPost = ws.write(s -> s.posts().insert(new Post(null, unit, LONG_POST, PostCategory.OPERATOR,
                    RiskLevel.MAJOR)).id());
            CONTENT.saveDraft(ws, longPost, longDuties());
            CONTENT.saveDraft(ws, longPost, longRiskCard());
            CONTENT.saveDraft(ws, longPost, longEmergencyCard());
        }
        return new Posts(operator, leader, longPost);
    }

    static DutyList operatorDuties() {
        return new DutyList(List.of(
                new DutyItem("遵章守纪", CardWorkspaces.OPERATOR_DUTIES.get(0), DutyItem.THIS_POST, "本岗位作业全过程",
                        "违反操作规程一次扣2分", "《安全生产法》第五十七条", ResponsibilityForm.DIRECT),
                new DutyItem("个体防护", CardWorkspaces.OPERATOR_DUTIES.get(1), DutyItem.THIS_POST, "反应釜区域",
                        "未按规定佩戴防护用品一次扣1分", "《安全生产法》第五十七条", ResponsibilityForm.DIRECT),
                new DutyItem("隐患报告", CardWorkspaces.OPERATOR_DUTIES.get(2), "班组长", "一车间",
                        "发现隐患未报告的扣5分", "《安全生产法》第五十九条", ResponsibilityForm.JOINT)));
    }

    static RiskCard operatorRiskCard() {
        return new RiskCard(
                List.of("反应釜超温超压，可能引起物料喷出或爆炸。", "搅拌器运转部件无防护罩，可能绞伤。",
                        "投料时接触腐蚀性物料。"),
                List.of(AccidentType.VESSEL_EXPLOSION, AccidentType.MACHINERY, AccidentType.BURN_SCALD,
                        AccidentType.POISONING_ASPHYXIATION),
                List.of("人员伤亡、设备损坏。"),
                List.of("严格控制反应温度和压力，安全阀、爆破片定期校验。", "运转部件设防护罩，检修时断电挂牌。",
                        "投料时佩戴防护面罩和耐腐蚀手套。"),
                RiskLevel.SIGNIFICANT, List.of(new EmergencyContact("生产调度", DUTY_PHONE)));
    }

    static EmergencyCard operatorEmergencyCard() {
        return new EmergencyCard(List.of(
                new EmergencyScenario("反应釜超温超压",
                        List.of("立即停止投料，打开冷却水阀门。", "报告班组长和生产调度。", "压力继续上升时撤离至安全区域。"),
                        List.of(new EmergencyContact("生产调度", DUTY_PHONE))),
                new EmergencyScenario("化学品灼伤",
                        List.of("立即用大量清水冲洗至少15分钟。", "脱去被污染的衣物。", "送医并告知物料名称。"),
                        List.of(new EmergencyContact("急救", "120")))));
    }

    /** {@value #LONG_ITEMS} duty items, some of them long. */
    static DutyList longDuties() {
        List<DutyItem> items = new ArrayList<>();
        for (int i = 1; i <= LONG_ITEMS; i++) {
            String duty = "第" + i + "项职责：装卸作业前核对危险化学品的品名、数量和安全技术说明书，检查槽车静电接地和紧急切断装置"
                    + (i % 3 == 0 ? "，作业中不得离开现场，发现泄漏、超压等异常情况立即停止作业并报告，按应急处置卡处置。" : "。");
            items.add(new DutyItem(i % 2 == 0 ? "作业过程" : "作业准备", duty, DutyItem.THIS_POST, "装卸站台",
                    "未执行的每次扣" + (i % 5 + 1) + "分；造成事故的按公司奖惩制度处理", "《危险化学品安全管理条例》",
                    ResponsibilityForm.DIRECT));
        }
        return new DutyList(items);
    }

    static RiskCard longRiskCard() {
        List<String> hazards = new ArrayList<>();
        List<String> controls = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            hazards.add("危险因素" + i + "：槽车装卸过程中鹤管连接不牢、静电接地失效或流速过快，可能导致危险化学品泄漏并引发火灾、爆炸或中毒事故。");
            controls.add("控制措施" + i + "：装卸前检查鹤管、静电接地和紧急切断装置，控制流速，作业全程专人监护。");
        }
        return new RiskCard(hazards, List.of(AccidentType.FIRE, AccidentType.OTHER_EXPLOSION,
                AccidentType.POISONING_ASPHYXIATION, AccidentType.VEHICLE), List.of("群死群伤、重大财产损失。"),
                controls, RiskLevel.MAJOR, List.of(new EmergencyContact("生产调度", DUTY_PHONE),
                new EmergencyContact("安全科", "0543-3216002")));
    }

    static EmergencyCard longEmergencyCard() {
        List<EmergencyScenario> scenarios = new ArrayList<>();
        for (int s = 1; s <= 6; s++) {
            List<String> steps = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                steps.add("情形" + s + "第" + i + "步：立即关闭紧急切断阀，停止装卸作业，疏散无关人员至上风向安全区域并报告调度。");
            }
            scenarios.add(new EmergencyScenario("危险化学品泄漏情形" + s, steps,
                    List.of(new EmergencyContact("生产调度", DUTY_PHONE), new EmergencyContact("火警", "119"))));
        }
        return new EmergencyCard(scenarios);
    }
}
