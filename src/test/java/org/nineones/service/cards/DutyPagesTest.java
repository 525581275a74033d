package org.nineones.service.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nineones.report.ReportRunner;
import org.nineones.report.TextFitter;

class DutyPagesTest {

    private static final TextFitter FITTER = fitter();

    private static TextFitter fitter() {
        try {
            return new ReportRunner().textFitter(CardPrintService.TEMPLATE, CardPrintService.DUTIES_ELEMENT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private final DutyPages pages = new DutyPages(FITTER);

    @Test
    void keepsAShortNumberedListOnOneCard() {
        List<String> cards = pages.split(CardWorkspaces.OPERATOR_DUTIES, "无");
        assertEquals(1, cards.size());
        assertTrue(cards.get(0).startsWith("1.\t严格遵守"), cards.get(0));
        assertTrue(cards.get(0).contains("\n4.\t参加安全生产教育培训"), cards.get(0));
    }

    @Test
    void givesOneCardWithThePlaceholderForAnEmptyList() {
        assertEquals(List.of("尚未录入"), pages.split(List.of(), "尚未录入"));
    }

    @Test
    void splitsADutyLongerThanACardWithoutLosingACharacter() {
        String longDuty = "严格执行动火作业票证制度，作业前进行可燃气体分析并落实监护人。".repeat(60);
        List<String> cards = pages.split(List.of("短职责一条。", longDuty), "无");
        assertTrue(cards.size() >= 3, "a duty of " + longDuty.length() + " characters spans cards: " + cards.size());
        String rejoined = cards.stream().flatMap(c -> Arrays.stream(c.split("\n")))
                .map(line -> line.replaceFirst("^\\d*\\.?\\t", "")).collect(Collectors.joining());
        assertEquals("短职责一条。" + longDuty, rejoined);
        for (String card : cards) {
            int lines = Arrays.stream(card.split("\n")).mapToInt(p -> FITTER.lines(p.replaceFirst("^\\d*\\.?\\t", ""))).sum();
            assertTrue(lines <= FITTER.maxLines(), "card holds " + lines + " of " + FITTER.maxLines() + " lines");
        }
    }

    @Test
    void movesADutyThatFitsACardWholeToTheNextCard() {
        String duty = "对本岗位设备设施进行巡回检查，发现隐患及时报告并如实记录在交接班记录中。".repeat(3);
        List<String> cards = pages.split(List.of(duty, duty, duty, duty, duty, duty, duty), "无");
        assertTrue(cards.size() >= 2);
        for (String card : cards) {
            for (String paragraph : card.split("\n")) {
                assertTrue(paragraph.matches("\\d+\\.\\t.*"), "every paragraph starts with its number: " + paragraph);
            }
        }
    }
}
