package org.nineones.service.inspection.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;

/**
 * The four printouts' inputs as an inspector's review of the sample chemical plant would give them, by hand: the
 * default checklist's lines, 40 findings, 13 workers drawn, long notes and a long opinion.
 */
public final class Printouts {

    public static final String FINGERPRINT = "3f9a0c4e7b21d85f6a1e0c9b4d7f2a83e5c16b09d4a7f3e2c81b5d06a9e4f7c2";
    public static final String FRAME = "c04d9e1f7a3b6285e0f4c9d1a7b3e6f20958c4d1e7a3b9f6025c8d4e1a7b3f96";
    /** A note long enough to wrap over several lines of its cell; printed whole, never cut. */
    public static final String LONG_NOTE = "该员工能说出本岗位的主要职责，但对反应釜超温超压时的应急处置步骤叙述不完整："
            + "未提到先切断进料阀、再开启紧急冷却水阀，也说不清应急处置卡上的报警电话和集合地点；"
            + "对“动火作业前必须办理作业票并进行气体检测”这一要点回答正确，经提示后能够补充说明检测合格的判定标准。"
            + "建议车间在班前会上结合应急处置卡逐条讲解，并在一个月内组织一次现场应急演练，演练记录存入专档。";
    public static final String OPINION = "经查阅企业提交的验收资料包并现场核查，该企业建立了覆盖全员的安全生产责任制，"
            + "主要负责人、分管负责人、各职能部门和各岗位的安全生产责任清单基本齐全，责任书逐级签订率较高，"
            + "岗位风险告知卡和应急处置卡在主要生产场所张贴到位。".repeat(3)
            + "但现场抽查发现部分从业人员对本岗位应急处置要点掌握不牢，个别特种作业人员操作证已过期仍在岗作业，"
            + "部分岗位的安全操作规程尚为草稿未经批准生效，奖惩台账与责任清单条目的关联不够清晰。"
            + "检查组认为该企业安全生产责任制落实总体较好，但存在否决项，结论为限期整改。"
            + "请企业对照下列问题逐项制定整改措施，明确责任人和完成时限，整改完成后将整改报告及证明材料报送县应急管理局。";

    private Printouts() {
    }

    public static Inspection inspection() {
        return new Inspection(7L, "0f8fad5b-d9cb-469f-a165-70867728950e", "滨州示例化工有限公司",
                "91371600MA3C7E2X1C", "滨城区", "化工", "滨州示例化工有限公司-验收资料包-2026-12-01.zip", 1_234_567L,
                FINGERPRINT, "2026-12-01 09:30", "1.4.0", "standard", FINGERPRINT, "李明", "2026-12-07 08:55");
    }

    public static ScoringSheet scoringSheet() {
        List<ScoringSheet.Line> lines = List.of(
                ScoringSheet.Line.scored("1.1", "1 责任清单", "每个岗位都有经批准并生效的安全生产责任清单，写明责任人、责任范围和考核标准。",
                        bd("15"), bd("14.5"), bd("12"), "现场抽查发现 3 个岗位的责任清单仍为草稿，2 个岗位清单缺少考核标准；企业自评只计入 1 处。"),
                ScoringSheet.Line.veto("1.2", "1 责任清单", "主要负责人的安全生产责任清单涵盖《安全生产法》第二十一条规定的七项职责。",
                        false, false, ""),
                ScoringSheet.Line.scored("2.1", "2 操作规程", "每个操作岗位和特种作业岗位都有生效的安全操作规程。",
                        bd("10"), bd("10"), bd("8"), "合成车间甲班“反应釜操作工”“离心机操作工”两个岗位的操作规程未经批准生效。"),
                ScoringSheet.Line.scored("3.1", "3 两卡", "风险等级为“一般”及以上的岗位都有岗位风险告知卡和应急处置卡，并在现场张贴。",
                        bd("10"), bd("10"), bd("6"), "罐区两处未见张贴岗位风险告知卡（各扣 2 分）。"),
                ScoringSheet.Line.scored("4.1", "4 责任书", "本年度安全生产责任书逐级签订。",
                        bd("10"), bd("9.2"), bd("9.2"), ""),
                ScoringSheet.Line.scored("5.1", "5 教育培训", "全员岗前培训层级和年度再培训学时符合规定。",
                        bd("15"), bd("14.4"), bd("14.4"), ""),
                ScoringSheet.Line.veto("5.2", "5 教育培训", "特种作业人员持有效的特种作业操作证上岗。",
                        false, true, "电工赵强的特种作业操作证已于 2026-09-30 过期，仍在岗作业；企业自评未发现。"),
                ScoringSheet.Line.scored("6.1", "6 考试抽查", "组织了安全生产责任制考试；现场抽查的从业人员熟知本岗位安全职责、操作要点和应急处置。",
                        bd("15"), bd("15"), bd("10"), "抽查 13 人：不熟知 1 人（扣 3 分），基本熟知 2 人（各扣 1 分）。" + LONG_NOTE),
                ScoringSheet.Line.scored("7.1", "7 奖惩", "建立了安全生产奖惩制度；近12个月的奖惩台账有与责任清单条目相关联的记录。",
                        bd("10"), bd("10"), bd("10"), ""),
                ScoringSheet.Line.scored("8.1", "8 考核", "每个考核周期都有考核人和被考核人双方签字的考核记录；连续两次考核结果较差的已进行约谈。",
                        bd("10"), bd("8"), bd("7"), "第三季度考核记录缺少被考核人签字 1 处，另缺约谈记录 1 次。"),
                new ScoringSheet.Line("9.1", "9 公示记录", "登记表已签字，清单已公示，专档记录（会议纪要、学习笔记、照片等）齐全。",
                        bd("5"), bd("5"), null, true, false, false, "检查人员认定为缺项：企业尚未满一个公示周期。"));
        List<ScoringSheet.Deduction> deductions = new ArrayList<>();
        deductions.add(new ScoringSheet.Deduction("1.1", bd("3"), "3 个岗位的责任清单仅为草稿，每个扣 0.5 分；2 个岗位生效清单缺少考核标准，每个扣 0.5 分；另有 1 个岗位无清单扣 1 分。",
                "合成车间/甲班 反应釜操作工；合成车间/乙班 离心机操作工；罐区 装卸工；机修班 钳工；仓储部 叉车司机"));
        deductions.add(new ScoringSheet.Deduction("2.1", bd("2"), "2 个岗位没有生效的操作规程，每个扣 1 分。",
                "合成车间/甲班 反应釜操作工；合成车间/甲班 离心机操作工"));
        deductions.add(new ScoringSheet.Deduction("3.1", bd("4"), "现场未见张贴的风险告知卡 2 张，每张扣 2 分。", "罐区 装卸工；罐区 巡检工"));
        deductions.add(new ScoringSheet.Deduction("6.1", bd("5"), "抽查 13 人：不熟知 1 人扣 3 分，基本熟知 2 人各扣 1 分。" + LONG_NOTE,
                "抽查记录第 3、7、11 人"));
        deductions.add(new ScoringSheet.Deduction("8.1", bd("3"), "缺第三季度考核周期的双方签字扣 2 分；缺约谈 1 次扣 1 分。", "2026 年第三季度考核表"));
        return new ScoringSheet(inspection(), "九个一验收标准（默认）", "2026.1", LocalDate.of(2026, 12, 7), lines,
                bd("100"), bd("96.1"), Conclusion.PASS, bd("80.6"), Conclusion.RECTIFY, vetoes(), deductions,
                List.of("李明", "王芳"));
    }

    public static List<VetoLine> vetoes() {
        return List.of(new VetoLine("5.2", "特种作业人员持有效的特种作业操作证上岗。",
                "电工赵强（工号 E0215）的特种作业操作证已于 2026-09-30 过期，检查当日仍在配电室作业。",
                "持过期证书的人员停止特种作业，复审或重新取证后方可上岗。"));
    }

    public static SpotCheckSheet spotCheck() {
        String[][] people = {
                {"张伟", "E0012", "合成车间/甲班", "反应釜操作工", ""},
                {"王秀英", "E0047", "合成车间/甲班", "离心机操作工", ""},
                {"李强", "E0103", "合成车间/乙班", "反应釜操作工", ""},
                {"刘洋", "E0131", "合成车间/乙班", "班组长", "补充：班组长"},
                {"陈静", "E0166", "罐区", "装卸工", ""},
                {"杨磊", "E0172", "罐区", "巡检工", ""},
                {"赵强", "E0215", "机修班", "电工", "补充：特种作业人员"},
                {"黄敏", "E0233", "机修班", "钳工", ""},
                {"周杰", "E0260", "仓储部", "叉车司机", ""},
                {"吴霞", "E0288", "仓储部", "保管员", ""},
                {"徐涛", "E0301", "安全环保部", "安全员", ""},
                {"孙丽", "E0319", "质检中心", "化验员", ""},
                {"马超", "E0342", "质检中心", "取样工", ""}};
        Familiarity[] ratings = Familiarity.values();
        List<SpotCheckSheet.Worker> workers = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            boolean absent = i == 8;
            List<SpotCheckSheet.Question> questions = absent ? List.of() : List.of(
                    new SpotCheckSheet.Question("你所在岗位“" + p[3] + "”的主要安全生产职责有哪些？",
                            "严格执行本岗位安全操作规程；作业前检查设备和防护设施；发现隐患及时报告；参加安全培训和应急演练。"),
                    new SpotCheckSheet.Question("发生物料泄漏时，你首先应当怎么做？",
                            "立即报告班组长和调度，关闭上游阀门，佩戴防护用品后按应急处置卡进行处置，无法控制时撤离至集合点。"),
                    new SpotCheckSheet.Question("本岗位应急处置卡上的报警电话是多少？", "厂内应急电话 6110，外部 119 / 120。"));
            Familiarity rating = absent ? null : ratings[i % 3 == 2 && i > 6 ? 2 : i % 4 == 1 ? 1 : 0];
            String note = i == 2 ? LONG_NOTE : i == 5 ? "回答完整，能指出集合点位置。" : "";
            workers.add(new SpotCheckSheet.Worker(p[0], p[1], p[2], p[3], p[4], absent, questions, rating, note));
        }
        workers.add(new SpotCheckSheet.Worker("郑凯", "E0265", "仓储部", "叉车司机", "", false, List.of(
                new SpotCheckSheet.Question("叉车作业前要检查哪些项目？", "制动、转向、喇叭、灯光、货叉和链条、轮胎气压。")),
                Familiarity.BASICALLY_FAMILIAR, "能说出大部分检查项，漏了链条。"));
        List<SpotCheckSheet.PlanRow> plan = List.of(
                new SpotCheckSheet.PlanRow("合成车间/甲班", 62, 3, 2),
                new SpotCheckSheet.PlanRow("合成车间/乙班", 58, 2, 2),
                new SpotCheckSheet.PlanRow("罐区", 31, 2, 2),
                new SpotCheckSheet.PlanRow("机修班", 22, 1, 2),
                new SpotCheckSheet.PlanRow("仓储部", 27, 2, 2),
                new SpotCheckSheet.PlanRow("安全环保部", 9, 1, 1),
                new SpotCheckSheet.PlanRow("质检中心", 35, 2, 2));
        List<SpotCheckSheet.Replacement> replacements = List.of(new SpotCheckSheet.Replacement("周杰", "E0260", "郑凯",
                "E0265", "当日休假（有请假单），由同一次抽取的下一人替补。"));
        return new SpotCheckSheet(inspection(), Long.parseUnsignedLong("18446744073709551557"),
                "nineones-stratified-draw/1", FRAME, "默认规则：在册人数的 5%，至少 5 人，至多 30 人", 244,
                LocalDateTime.of(2026, 12, 7, 9, 12), "李明", plan, workers, replacements);
    }

    public static List<InspectionFinding> findings(int count) {
        String[] lines = {"1.1", "2.1", "3.1", "5.2", "6.1", "8.1", ""};
        String[] units = {"合成车间/甲班", "合成车间/乙班", "罐区", "机修班", "仓储部", "质检中心"};
        List<InspectionFinding> findings = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String line = lines[i % lines.length];
            String unit = units[i % units.length];
            String seen = unit + "第 " + i + " 项：" + (i % 5 == 0 ? LONG_NOTE
                    : "岗位安全生产责任清单中“考核标准”一栏为空，无法据此考核。");
            findings.add(new InspectionFinding(String.format("6f1c2a9e-4b7d-4e3a-9c1f-%012d", i), line,
                    line.isEmpty() ? InspectionFinding.Source.MANUAL : InspectionFinding.Source.DEDUCTION, seen,
                    "补齐考核标准，经主要负责人批准后生效，并组织岗位人员学习签字。",
                    LocalDate.of(2026, 12, 7).plusDays(15 + i % 4 * 15), i % 3 == 0 ? "安全环保部 徐涛" : unit + " 主任",
                    "李明", "2026-12-07 11:0" + i % 10));
        }
        return findings;
    }

    public static OnSiteSheet onSite() {
        List<OnSiteSheet.Problem> problems = new ArrayList<>();
        for (InspectionFinding f : findings(12)) {
            problems.add(new OnSiteSheet.Problem(f.lineId(), f.seen(),
                    "责令限期整改，期限至 " + f.deadline() + "，责任人：" + f.responsible() + "。"));
        }
        problems.add(new OnSiteSheet.Problem("5.2", vetoes().get(0).seen(), "当场责令停止特种作业，复审取证后方可上岗。"));
        String content = "按《九个一验收标准（默认）》2026.1 版逐项检查：查阅验收资料包中的组织机构、岗位、人员、"
                + "岗位安全生产责任清单、操作规程、风险告知卡和应急处置卡、责任书、培训和考试记录、奖惩台账、考核记录和专档记录；"
                + "现场查看合成车间、罐区、机修班、仓储部的两卡张贴情况；随机抽取 13 名从业人员进行问答（见抽查记录）。"
                + LONG_NOTE;
        return new OnSiteSheet(inspection(), LocalDateTime.of(2026, 12, 7, 8, 55), LocalDateTime.of(2026, 12, 7, 16, 20),
                "滨州市滨城区化工产业园黄河五路 18 号 滨州示例化工有限公司", List.of("李明（执法证号 37160020190123）",
                "王芳（执法证号 37160020200456）"), "孙建国（总经理）", content, problems, "");
    }

    public static AcceptanceOpinion opinion() {
        return new AcceptanceOpinion(inspection(), "滨城应急验〔2026〕第 12 号", "九个一验收标准（默认）", "2026.1",
                LocalDate.of(2026, 12, 7), bd("80.6"), bd("100"), Conclusion.RECTIFY, vetoes(), findings(40), OPINION,
                List.of("李明", "王芳"));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
