package org.nineones.ui.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.Target;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.content.ContentKind;

/** Every kind of finding leads to the screen that fixes it. */
class FixPlaceTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    private static FixPlace place(String kind, Target target, String what) {
        return FixPlace.of(new Charge(kind, what, target, BigDecimal.ONE), ZH).orElseThrow();
    }

    @Test
    void findingsOfPostsOpenThePostsContentOfTheRightKind() {
        Target post = new Target(TargetKind.POST, "42", "合成车间 操作工");
        assertEquals(new FixPlace(null, 42L, ContentKind.DUTY_LIST, null, null),
                place(FindingKinds.POST_WITHOUT_DUTY_LIST, post, "没有责任清单"));
        assertEquals(new FixPlace(null, 42L, ContentKind.PROCEDURE, null, null),
                place(FindingKinds.POST_WITHOUT_PROCEDURE, post, "没有操作规程"));
        assertEquals(new FixPlace(null, 42L, ContentKind.EMERGENCY_CARD, null, null),
                place(FindingKinds.MISSING_CARD, post, "合成车间 操作工：缺" + ZH.of(ContentKind.EMERGENCY_CARD)));
        assertEquals(new FixPlace(null, 42L, ContentKind.RISK_CARD, null, null),
                place(FindingKinds.MISSING_CARD, post, "合成车间 操作工：缺" + ZH.of(ContentKind.RISK_CARD)));
        assertEquals(new FixPlace(null, null, ContentKind.DUTY_LIST, null, null),
                place(FindingKinds.PRINCIPAL_DUTIES_MISSING, Target.NONE, "没有主要负责人岗位"),
                "no post: the org screen");
    }

    @Test
    void findingsOfPeopleAndPeriodsOpenTheirFeaturesTab() {
        Target person = new Target(TargetKind.EMPLOYEE, "7", "张三");
        assertEquals("letters", place(FindingKinds.UNSIGNED_PERSON, person, "未签").feature());
        assertEquals("training", place(FindingKinds.PERSON_SHORT_OF_TRAINING, person, "学时不足").feature());
        assertEquals("training", place(FindingKinds.EXPIRED_CERTIFICATE, person, "证书过期").feature());
        assertEquals("exams", place(FindingKinds.NO_EXAM_IN_12_MONTHS, Target.NONE, "没有考试").feature());
        assertEquals("rewards", place(FindingKinds.NO_REWARD_RULES, Target.NONE, "没有奖惩制度").feature());
        assertEquals("assessments", place(FindingKinds.MISSING_ASSESSMENT_PERIOD, Target.NONE, "缺考核").feature());
        assertEquals("records", place(FindingKinds.RECORD_KIND_MISSING, Target.NONE, "缺会议纪要").feature());
        for (String kind : FindingKinds.ALL) {
            assertTrue(FixPlace.of(new Charge(kind, "x", Target.NONE, BigDecimal.ONE), ZH).isPresent(),
                    kind + " has a screen");
        }
        assertEquals(new FixPlace(null, null, null, 7L, null), FixPlace.of(new Charge("unknown-kind", "x", person,
                BigDecimal.ONE), ZH).orElseThrow(), "an unknown kind falls back on its record");
        assertTrue(FixPlace.of(new Charge("unknown-kind", "x", Target.NONE, BigDecimal.ONE), ZH).isEmpty());
    }

    @Test
    void gridFindingsOpenTheirAreaOrTheGridTab() {
        Target area = new Target(TargetKind.GRID_AREA, "12", "示范化工/罐区");
        assertEquals(new FixPlace(null, null, null, null, 12L),
                place(FindingKinds.GRID_AREA_UNSTAFFED, area, "缺具体责任人"));
        assertEquals(new FixPlace(null, null, null, null, 12L),
                place(FindingKinds.GRID_MONTH_NOT_REPORTED, area, "2026-11 没有网格调度记录"));
        assertEquals("grid", place(FindingKinds.NO_GRID, new Target(TargetKind.GRID_AREA, "", "网格化管理"),
                "未划分网格").feature(), "no grid yet: the grid tab itself");
    }
}
