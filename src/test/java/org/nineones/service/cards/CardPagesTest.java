package org.nineones.service.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nineones.report.ReportRunner;
import org.nineones.report.TextFitter;

class CardPagesTest {

    private static final TextFitter FITTER = fitter();

    private static TextFitter fitter() {
        try {
            return new ReportRunner().textFitter(CardPrintService.TEMPLATE, CardPrintService.DUTIES_ELEMENT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private final CardPages pages = new CardPages(FITTER);

    @Test
    void keepsAShortNumberedListOnOneCard() {
        List<String> cards = pages.splitDuties(CardWorkspaces.OPERATOR_DUTIES, "无");
        assertEquals(1, cards.size());
        assertTrue(cards.get(0).startsWith("①\u2002严格遵守"), cards.get(0));
        assertTrue(cards.get(0).contains("\n④\u2002参加安全生产教育培训"), cards.get(0));
    }

    @Test
    void hangsEveryFurtherLineExactlyUnderTheFirstLinesText() {
        assertEquals(FITTER.width(CardPages.number(1)), FITTER.width(CardPages.HANGING_INDENT), 0.01);
        assertEquals(FITTER.width(CardPages.number(50)), FITTER.width(CardPages.HANGING_INDENT), 0.01);
        String duty = "对本岗位设备设施进行巡回检查，发现隐患及时报告并如实记录在交接班记录中。".repeat(2);
        String card = pages.splitDuties(List.of(duty), "无").get(0);
        String[] lines = card.split("\n");
        assertTrue(lines.length >= 2, card);
        assertTrue(lines[0].startsWith("①\u2002"), lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith(CardPages.HANGING_INDENT), lines[i]);
        }
    }

    @Test
    void numbersWithCircledDigitsUpToFiftyThenWithDigits() {
        assertEquals("①\u2002", CardPages.number(1));
        assertEquals("⑳\u2002", CardPages.number(20));
        assertEquals("㉑\u2002", CardPages.number(21));
        assertEquals("㉟\u2002", CardPages.number(35));
        assertEquals("㊱\u2002", CardPages.number(36));
        assertEquals("㊿\u2002", CardPages.number(50));
        assertEquals("51.\u2002", CardPages.number(51));
    }

    @Test
    void keepsNumberingAcrossCardsAndEveryLineWithinTheCardsWidth() {
        List<String> duties = java.util.stream.IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "第" + i + "条：按规定参加班前会，检查本岗位设备设施。").toList();
        List<String> cards = pages.splitDuties(duties, "无");
        assertTrue(cards.size() >= 3, "60 duties take several cards: " + cards.size());
        String all = String.join("\n", cards);
        assertTrue(all.contains("㊿\u2002第50条"), all);
        assertTrue(all.contains("51.\u2002第51条"), all);
        assertTrue(all.contains("60.\u2002第60条"), all);
        for (String card : cards) {
            String[] lines = card.split("\n");
            assertTrue(lines.length <= FITTER.maxLines(), "card holds " + lines.length + " of " + FITTER.maxLines());
            for (String line : lines) {
                assertEquals(1, FITTER.lines(line), "a line Jasper keeps whole: " + line);
            }
        }
    }

    @Test
    void givesOneCardWithThePlaceholderForAnEmptyList() {
        assertEquals(List.of("尚未录入"), pages.splitDuties(List.of(), "尚未录入"));
    }

    @Test
    void splitsADutyLongerThanACardWithoutLosingACharacter() {
        String longDuty = "严格执行动火作业票证制度，作业前进行可燃气体分析并落实监护人。".repeat(60);
        List<String> cards = pages.splitDuties(List.of("短职责一条。", longDuty), "无");
        assertTrue(cards.size() >= 3, "a duty of " + longDuty.length() + " characters spans cards: " + cards.size());
        String rejoined = cards.stream().flatMap(c -> Arrays.stream(c.split("\n")))
                .map(line -> line.substring(2)).collect(Collectors.joining());
        assertEquals("短职责一条。" + longDuty, rejoined);
        assertTrue(cards.get(1).startsWith(CardPages.HANGING_INDENT), "the broken duty continues unnumbered");
        for (String card : cards) {
            int lines = card.split("\n").length;
            assertTrue(lines <= FITTER.maxLines(), "card holds " + lines + " of " + FITTER.maxLines() + " lines");
        }
    }

    @Test
    void movesADutyThatFitsACardWholeToTheNextCard() {
        String duty = "对本岗位设备设施进行巡回检查，发现隐患及时报告并如实记录在交接班记录中。".repeat(3);
        List<String> cards = pages.splitDuties(List.of(duty, duty, duty, duty, duty, duty, duty), "无");
        assertTrue(cards.size() >= 2);
        for (String card : cards) {
            assertTrue(card.matches("(?s)[①-⑳]\u2002.*"), "every card starts with a numbered duty: " + card);
        }
    }

    @Test
    void keepsASectionsHeadingWithItsFirstItemAndNumbersEachSectionFromOne() {
        String duty = "对本岗位设备设施进行巡回检查，发现隐患及时报告并如实记录。";
        int capacity = FITTER.maxLines();
        // fill the first card up to its last line, so the heading cannot stay there alone
        List<String> duties = java.util.Collections.nCopies(capacity - 1, "持证上岗。");
        List<String> cards = pages.split(List.of(new CardPages.Section(null, duties, true),
                new CardPages.Section("【禁止行为】", List.of(duty, "严禁脱岗。"), true)), "无");
        assertEquals(2, cards.size(), String.join("|", cards));
        assertTrue(cards.get(1).startsWith("【禁止行为】\n①\u2002对本岗位"), cards.get(1));
        assertTrue(cards.get(1).contains("\n②\u2002严禁脱岗。"), cards.get(1));
    }

    @Test
    void printsAnUnnumberedItemFromTheLeftEdge() {
        List<String> cards = pages.split(List.of(new CardPages.Section(null, List.of("持证上岗。"), true),
                new CardPages.Section("【劳动防护用品】", List.of("安全帽、防护眼镜"), false)), "无");
        assertEquals(List.of("①\u2002持证上岗。\n【劳动防护用品】\n安全帽、防护眼镜"), cards);
    }

    @Test
    void givesThePlaceholderWhenEverySectionIsEmpty() {
        assertEquals(List.of("尚未录入"), pages.split(List.of(new CardPages.Section(null, List.of(), true),
                new CardPages.Section("【禁止行为】", List.of(), true)), "尚未录入"));
    }
}
