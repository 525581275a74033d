package org.nineones.sample;

import static org.nineones.model.PostCategory.DEPARTMENT_HEAD;
import static org.nineones.model.PostCategory.OPERATOR;
import static org.nineones.model.PostCategory.PRINCIPAL;
import static org.nineones.model.PostCategory.SAFETY_DEPUTY;
import static org.nineones.model.PostCategory.SAFETY_MANAGER;
import static org.nineones.model.PostCategory.SPECIAL_OPERATION;
import static org.nineones.model.PostCategory.TEAM_LEADER;
import static org.nineones.model.PostCategory.WORKSHOP_HEAD;
import static org.nineones.model.RiskLevel.GENERAL;
import static org.nineones.model.RiskLevel.LOW;
import static org.nineones.model.RiskLevel.MAJOR;
import static org.nineones.model.RiskLevel.SIGNIFICANT;

/** The posts of a chemical plant, as its HR department names them. */
final class Posts {

    static final PostPlan GENERAL_MANAGER = new PostPlan("总经理", PRINCIPAL, SIGNIFICANT, null, 0.0);
    static final PostPlan SAFETY_VICE = new PostPlan("安全副总经理", SAFETY_DEPUTY, SIGNIFICANT, null, 0.0);
    static final PostPlan PRODUCTION_VICE = new PostPlan("生产副总经理", DEPARTMENT_HEAD, SIGNIFICANT, null, 0.0);
    static final PostPlan OFFICE_DIRECTOR = new PostPlan("主任", DEPARTMENT_HEAD, LOW, null, 0.4);
    static final PostPlan CLERK = new PostPlan("行政文员", OPERATOR, LOW, null, 0.7);
    static final PostPlan MINISTER = new PostPlan("部长", DEPARTMENT_HEAD, GENERAL, null, 0.2);
    static final PostPlan ACCOUNTANT = new PostPlan("会计", OPERATOR, LOW, null, 0.8);
    static final PostPlan SAFETY_OFFICER = new PostPlan("专职安全管理员", SAFETY_MANAGER, GENERAL, null, 0.25);
    static final PostPlan TEAM_LEADER_POST = new PostPlan("班长", TEAM_LEADER, SIGNIFICANT, null, 0.1);
    static final PostPlan LAB_ANALYST = new PostPlan("化验员", OPERATOR, GENERAL, null, 0.7);
    static final PostPlan ELECTRICIAN = new PostPlan("电工", SPECIAL_OPERATION, SIGNIFICANT,
            SpecialOperation.LOW_VOLTAGE_ELECTRICIAN, 0.0);
    static final PostPlan INSTRUMENT = new PostPlan("仪表工", OPERATOR, GENERAL, null, 0.1);
    static final PostPlan FITTER = new PostPlan("维修钳工", OPERATOR, GENERAL, null, 0.0);
    static final PostPlan WELDER = new PostPlan("焊工", SPECIAL_OPERATION, SIGNIFICANT, SpecialOperation.WELDING, 0.0);
    static final PostPlan TANK_FARM = new PostPlan("罐区操作工", OPERATOR, SIGNIFICANT, null, 0.1);
    static final PostPlan LOADER = new PostPlan("装卸工", OPERATOR, GENERAL, null, 0.0);
    static final PostPlan FORKLIFT = new PostPlan("叉车司机", SPECIAL_OPERATION, GENERAL, SpecialOperation.FORKLIFT, 0.0);
    static final PostPlan CRANE = new PostPlan("起重机司机", SPECIAL_OPERATION, SIGNIFICANT, SpecialOperation.CRANE, 0.0);
    static final PostPlan WORKSHOP_DIRECTOR = new PostPlan("车间主任", WORKSHOP_HEAD, SIGNIFICANT, null, 0.0);
    static final PostPlan BOILER = new PostPlan("司炉工", SPECIAL_OPERATION, SIGNIFICANT, SpecialOperation.BOILER, 0.1);
    static final PostPlan FIELD_OPERATOR = new PostPlan("外操工", OPERATOR, SIGNIFICANT, null, 0.05);
    static final PostPlan PACKER = new PostPlan("包装工", OPERATOR, LOW, null, 0.5);

    /** The eighteen hazardous chemical processes (重点监管危险化工工艺); each workshop runs one. */
    static final String[] PROCESSES = {"加氢", "聚合", "氯化", "硝化", "氧化", "磺化", "胺基化", "重氮化", "裂解",
            "氟化", "过氧化", "偶氮化", "烷基化", "氯碱电解", "合成氨", "光气及光气化", "新型煤化工", "电石生产"};

    private Posts() {
    }

    /** The control-room operator of a workshop's hazardous process (a special operation). */
    static PostPlan processOperator(String process) {
        return new PostPlan(process + "工艺操作工", SPECIAL_OPERATION, MAJOR, SpecialOperation.HAZARDOUS_PROCESS, 0.1);
    }
}
