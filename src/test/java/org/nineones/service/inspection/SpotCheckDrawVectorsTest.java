package org.nineones.service.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The pinned test vectors of nineones-draw/1 (decision 0023). Every expected literal here was computed by the
 * independent reference {@code src/test/resources/inspection/draw-vectors.py} (Python's hashlib, written from the
 * decision's text), not by the Java code under test: run {@code python3 draw-vectors.py} to see them. A change that
 * breaks one of these breaks every recorded draw: it needs a new algorithm version instead.
 */
class SpotCheckDrawVectorsTest {

    static final String ONE = "生产部 / 一车间";
    static final String TWO = "生产部 / 二车间";
    static final String SAFETY = "安全环保部";

    /** The frame of draw-vectors.py, in the same (non-canonical) order. */
    static final List<FramePerson> PEOPLE = List.of(
            new FramePerson(ONE, "E001", "张三", "操作工", false, false),
            new FramePerson(ONE, "E002", "李四", "操作工", false, false),
            new FramePerson(ONE, "E003", "王五", "班组长", false, true),
            new FramePerson(ONE, "E004", "赵六", "电工", true, false),
            new FramePerson(ONE, "E005", "钱七", "操作工", false, false),
            new FramePerson(TWO, "E006", "孙八", "操作工", false, false),
            new FramePerson(TWO, "E007", "周九", "操作工", false, false),
            new FramePerson(TWO, "E008", "吴十", "班组长", false, true),
            new FramePerson(TWO, "E009", "郑一", "操作工", false, false),
            new FramePerson(SAFETY, "E010", "冯二", "安全员", false, false),
            new FramePerson(SAFETY, "E011", "陈三", "安全员", false, false),
            new FramePerson(null, "E012", "褚四", null, false, false));

    static final String FRAME_SHA256 = "a1d13b736ba277e31d3f6bbd2bec1311346cee55cfb0f42133eb00583776e40b";

    private static FramePerson person(String number) {
        return PEOPLE.stream().filter(p -> p.employeeNumber().equals(number)).findFirst().orElseThrow();
    }

    private static List<String> numbers(DrawResult result) {
        return result.people().stream().map(d -> d.person().employeeNumber()).toList();
    }

    private static List<String> added(DrawResult result) {
        return result.people().stream().filter(DrawResult.Drawn::added)
                .map(d -> d.person().employeeNumber() + ":" + d.addition()).toList();
    }

    @Test
    void theFrameIsInLineOrderWithItsHashWhateverOrderThePeopleCameIn() {
        List<FramePerson> shuffled = new ArrayList<>(PEOPLE);
        Collections.shuffle(shuffled, new Random(7));
        SamplingFrame frame = SamplingFrame.of(shuffled);
        assertEquals(List.of("E012", "E010", "E011", "E001", "E002", "E003", "E004", "E005", "E006", "E007", "E008",
                "E009"), frame.people().stream().map(FramePerson::employeeNumber).toList());
        assertEquals(FRAME_SHA256, frame.sha256());
        assertEquals(FRAME_SHA256, SamplingFrame.of(PEOPLE).sha256());
        assertEquals(List.of("", SAFETY, ONE, TWO), List.copyOf(frame.strata().keySet()));
        assertEquals("生产部 / 一车间\tE004\t赵六\t电工\tS\t-", person("E004").line());
        assertEquals("\tE012\t褚四\t\t-\t-", person("E012").line());
    }

    @Test
    void drawNumbersAreTheFirstEightBytesUnsigned() {
        assertEquals("9301000823034889231",
                Long.toUnsignedString(SpotCheckDraw.drawNumber(20261207, FRAME_SHA256, person("E003"))));
        // above Long.MAX_VALUE: compared unsigned
        assertEquals("16059053665068700768",
                Long.toUnsignedString(SpotCheckDraw.drawNumber(20261207, FRAME_SHA256, person("E004"))));
        assertEquals("762524066898413030",
                Long.toUnsignedString(SpotCheckDraw.drawNumber(20261207, FRAME_SHA256, person("E010"))));
    }

    @Test
    void aSpecialOperationWorkerIsAddedWhenTheShareDrewNone() {
        DrawResult result = new SpotCheckDraw(SamplingFrame.of(PEOPLE), 20261207).draw(3, "default");
        assertEquals(List.of("E010", "E003", "E004", "E007"), numbers(result));
        assertEquals(List.of("E004:SPECIAL_OPERATION"), added(result));
        assertEquals(3, result.ruleSize());
        assertEquals(4, result.size());
        assertEquals(12, result.population());
        assertEquals(FRAME_SHA256, result.frameSha256());
        assertEquals("nineones-draw/1", result.algorithm());
        assertEquals(List.of(new DrawResult.Stratum("", 1, 0, 0), new DrawResult.Stratum(SAFETY, 2, 1, 1),
                new DrawResult.Stratum(ONE, 5, 1, 2), new DrawResult.Stratum(TWO, 4, 1, 1)), result.plan());
        assertEquals("9301000823034889231", result.people().get(1).drawNumberText());
    }

    @Test
    void bothAdditionsWhenTheShareDrewNeither() {
        DrawResult result = new SpotCheckDraw(SamplingFrame.of(PEOPLE), 3).draw(3, "default");
        assertEquals(List.of("E010", "E001", "E004", "E006", "E008"), numbers(result));
        assertEquals(List.of("E004:SPECIAL_OPERATION", "E008:TEAM_LEADER"), added(result));
    }

    @Test
    void aTeamLeaderAloneIsAddedWhenASpecialOperationWorkerWasDrawn() {
        DrawResult result = new SpotCheckDraw(SamplingFrame.of(PEOPLE), 1).draw(3, null);
        assertEquals(List.of("E011", "E004", "E003", "E009"), numbers(result));
        assertEquals(List.of("E003:TEAM_LEADER"), added(result));
    }

    @Test
    void aTieOfRemaindersGoesToTheLargerStratum() {
        // n = 6 of 12: remainders 6 for 一车间 (5 people) and for the people without a unit (1): 一车间 takes it
        DrawResult result = new SpotCheckDraw(SamplingFrame.of(PEOPLE), 20261207).draw(6, "default");
        assertEquals(List.of(0, 1, 3, 2), result.plan().stream().map(DrawResult.Stratum::allotted).toList());
        assertEquals(List.of("E010", "E003", "E005", "E001", "E004", "E007", "E008"), numbers(result));
        assertEquals(List.of("E004:SPECIAL_OPERATION"), added(result));
        DrawResult noAddition = new SpotCheckDraw(SamplingFrame.of(PEOPLE), 2).draw(6, "default");
        assertEquals(List.of("E010", "E002", "E003", "E004", "E008", "E007"), numbers(noAddition));
        assertTrue(added(noAddition).isEmpty());
    }

    @Test
    void anAbsentWorkerIsReplacedByTheNextOfTheStratumElseTheNextOverall() {
        SpotCheckDraw draw = new SpotCheckDraw(SamplingFrame.of(PEOPLE), 20261207);
        DrawResult result = draw.draw(4, "default");
        assertEquals(List.of("E010", "E003", "E005", "E004", "E007"), numbers(result));
        List<FramePerson> taken = result.people().stream().map(DrawResult.Drawn::person).toList();
        assertEquals("E008", draw.replacement(person("E007"), taken).orElseThrow().person().employeeNumber());
        assertEquals("E001", draw.replacement(person("E003"), taken).orElseThrow().person().employeeNumber());
        assertEquals("E011", draw.replacement(person("E010"), taken).orElseThrow().person().employeeNumber());
        List<FramePerson> safetyGone = new ArrayList<>(taken);
        safetyGone.add(person("E011"));
        assertEquals("E012", draw.replacement(person("E010"), safetyGone).orElseThrow().person().employeeNumber());
        Optional<DrawResult.Drawn> nobody = draw.replacement(person("E010"), PEOPLE);
        assertFalse(nobody.isPresent());
    }

    @Test
    void theSameSeedGivesTheSameDrawAndAnotherSeedAnother() {
        SamplingFrame frame = SamplingFrame.of(PEOPLE);
        assertEquals(new SpotCheckDraw(frame, 8).draw(6, null), new SpotCheckDraw(frame, 8).draw(6, null));
        assertEquals(List.of("E011", "E001", "E003", "E005", "E004", "E009", "E007"),
                numbers(new SpotCheckDraw(frame, 8).draw(6, null)));
    }

    @Test
    void allocationTiesOfTheSameSizeGoToTheNameThatComesFirst() {
        // 乙 (U+4E59) comes before 甲 (U+7532) in String.compareTo, whatever their pinyin order
        assertEquals(Map.of("乙", 1, "甲", 0), Allocation.of(Map.of("甲", 2, "乙", 2), 1));
        assertEquals(Map.of("A", 2, "B", 2, "C", 0, "D", 0), Allocation.of(linked("A", 3, "B", 3, "C", 1, "D", 1), 4));
    }

    private static Map<String, Integer> linked(Object... namesAndSizes) {
        Map<String, Integer> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndSizes.length; i += 2) {
            map.put((String) namesAndSizes[i], (Integer) namesAndSizes[i + 1]);
        }
        return map;
    }
}
