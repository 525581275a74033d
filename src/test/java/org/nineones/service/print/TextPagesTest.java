package org.nineones.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nineones.report.ReportRunner;
import org.nineones.report.TextFitter;

class TextPagesTest {

    private static TextFitter fitter;

    @BeforeAll
    static void measureTheEmergencyCard() throws Exception {
        fitter = new ReportRunner().textFitter(PrintService.EMERGENCY_CARDS, PrintService.EMERGENCY_BODY);
    }

    private final TextPages pages = new TextPages(fitter, "（续）");

    @Test
    void keepsShortContentInOneBoxAndEscapesMarkup() {
        List<String> boxes = pages.split(List.of(TextPages.Para.heading("■ 危险因素"), TextPages.Para.item(1, "A<B & C>D"),
                TextPages.Para.blank(), TextPages.Para.plain("电话：119")));
        assertEquals(List.of("<style isBold=\"true\">■ 危险因素</style>\n1. A&lt;B &amp; C&gt;D\n\n电话：119"), boxes);
    }

    @Test
    void movesAnItemWholeToTheNextBoxRepeatsItsHeadingAndBreaksOnlyWhatIsLongerThanABox() {
        List<TextPages.Para> paras = new ArrayList<>();
        paras.add(TextPages.Para.userHeading("一、火灾", "#B71C1C"));
        for (int i = 1; i <= 40; i++) {
            paras.add(TextPages.Para.item(i, "立即报告调度并组织人员撤离，用灭火器初期扑救，第" + i + "步。"));
        }
        String huge = "很长的一步".repeat(400);
        paras.add(TextPages.Para.item(41, huge));
        List<String> boxes = pages.split(paras);
        assertTrue(boxes.size() >= 4, boxes.size() + " boxes");
        StringBuilder all = new StringBuilder();
        for (int b = 0; b < boxes.size(); b++) {
            String[] lines = boxes.get(b).split("\n");
            int used = 0;
            for (String line : lines) {
                used += fitter.lines(line.replaceAll("<[^>]+>", ""));
            }
            assertTrue(used <= fitter.maxLines(), "box " + (b + 1) + " holds " + used + " of " + fitter.maxLines());
            if (b > 0) {
                assertEquals("<style forecolor=\"#B71C1C\">一、火灾（续）</style>", lines[0], "box " + (b + 1));
            }
            for (String line : lines) {
                if (!line.startsWith("<style")) {
                    all.append(line);
                }
            }
        }
        String text = all.toString();
        for (int i = 1; i <= 40; i++) {
            assertTrue(text.contains(i + ". 立即报告调度并组织人员撤离，用灭火器初期扑救，第" + i + "步。"), "item " + i + " whole");
        }
        assertEquals(huge, text.substring(text.indexOf("41. ") + 4).replace(" ", ""), "the long item, all of it");
    }

    @Test
    void neverEndsABoxWithAHeadingOrStartsOneWithABlankLine() {
        List<TextPages.Para> paras = new ArrayList<>();
        for (int s = 1; s <= 12; s++) {
            paras.add(TextPages.Para.blank());
            paras.add(TextPages.Para.heading("■ 第" + s + "节"));
            for (int i = 1; i <= 3; i++) {
                paras.add(TextPages.Para.item(i, "第" + s + "节第" + i + "条，内容稍长一些以便换行，内容稍长一些以便换行。"));
            }
        }
        for (String box : pages.split(paras)) {
            String[] lines = box.split("\n");
            assertFalse(lines[0].isEmpty(), box);
            assertFalse(lines[lines.length - 1].startsWith("<style"), "a heading ends the box:\n" + box);
        }
    }
}
