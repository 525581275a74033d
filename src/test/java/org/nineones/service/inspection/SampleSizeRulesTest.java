package org.nineones.service.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.nineones.model.Messages;

/** The bundled sample-size rules against ACCEPTANCE.md's examples, and the draw's refusals of a size or a rule. */
class SampleSizeRulesTest {

    private final SampleSizeRules rules = SampleSizeRules.bundled();

    private int size(String rule, int population) {
        return rules.byName(rule).orElseThrow().size(population);
    }

    @Test
    void theDefaultIsFivePercentRoundedUpFromFiveToThirtyNeverAboveThePeople() {
        assertEquals("default", rules.byDefault().name());
        assertEquals(3, size("default", 3));
        assertEquals(5, size("default", 5));
        assertEquals(5, size("default", 100));
        assertEquals(6, size("default", 101));
        assertEquals(30, size("default", 600));
        assertEquals(30, size("default", 10_000));
    }

    @Test
    void isoSpecialLevelS3ReadsTheWorkforceAsTheLot() {
        // ACCEPTANCE.md: 26–50 → 3, 51–90 → 5, 151–280 → 8, 501–1200 → 13
        assertEquals(List.of(1, 2, 2, 3, 3, 3, 5, 5, 8, 8, 13, 13, 20, 20, 32),
                List.of(1, 2, 15, 16, 26, 50, 51, 90, 151, 280, 501, 1200, 10_000, 35_000, 35_001).stream()
                        .map(n -> size("iso2859-s3", n)).toList());
    }

    @Test
    void theDrawRefusesASizeOutsideThePeopleAnUnknownRuleAndABadSeed() {
        DrawService service = new DrawService(new Messages(Locale.SIMPLIFIED_CHINESE));
        SamplingFrame frame = SamplingFrame.of(SpotCheckDrawVectorsTest.PEOPLE);
        InspectionException above = assertThrows(InspectionException.class, () -> service.draw(frame, 1, 13, null));
        assertEquals("抽查人数 13 不可用：应在 1 到抽样框人数 12 之间。请改用这个范围内的人数，或不填写而按规则计算。",
                above.getMessage());
        assertEquals("抽查人数 0 不可用：至少抽查 1 人。请给出 1 到在册人数之间的人数，或不填写而按规则计算。",
                assertThrows(InspectionException.class, () -> service.draw(frame, 1, 0, null)).getMessage());
        InspectionException rule = assertThrows(InspectionException.class, () -> service.draw(frame, 1, null, "iso"));
        assertEquals("没有名为“iso”的抽样人数规则。可用的规则：default, iso2859-s3。", rule.getMessage());
        assertEquals(InspectionException.Reason.BAD_INPUT, rule.reason());
        assertThrows(InspectionException.class, () -> service.parseSeed("-1"));
        assertThrows(InspectionException.class, () -> service.parseSeed("99999999999999999999"));
        assertEquals(7, service.parseSeed(" 007 "));
        assertEquals(5, service.draw(frame, 1, null, null).ruleSize());
        assertEquals(2, service.draw(frame, 1, null, "iso2859-s3").ruleSize()); // 9–15 → A = 2
        long seed = service.newSeed();
        assertEquals(8, String.valueOf(seed).length(), String.valueOf(seed));
    }
}
