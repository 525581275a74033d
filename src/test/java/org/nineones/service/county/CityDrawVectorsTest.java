package org.nineones.service.county;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nineones.service.inspection.DrawFrame;
import org.nineones.service.inspection.StratifiedDraw;

/**
 * The city's draw of enterprises is nineones-draw/1 over a frame of enterprises (decision 0027). Every expected literal
 * comes from the independent reference {@code src/test/resources/inspection/draw-vectors.py} (its "enterprise" lines),
 * not from the Java code under test.
 */
class CityDrawVectorsTest {

    /** The enterprises of draw-vectors.py, in the same (non-canonical) order. */
    static final List<FrameEnterprise> ENTERPRISES = List.of(
            new FrameEnterprise("91370100000000007X", "丙化工", "化工", "u1"),
            new FrameEnterprise("913701000000000011", "甲化工", "化工", "u2"),
            new FrameEnterprise("913701000000000038", "乙冶金", "冶金", "u3"),
            new FrameEnterprise("91370100000000005A", "丁化工", "化工", "u4"),
            new FrameEnterprise("913701000000000062", "戊建材", "建材", "u5"),
            new FrameEnterprise("913701000000000089", "己冶金", "冶金", "u6"),
            new FrameEnterprise("91370100000000010K", "庚化工", "化工", "u7"),
            new FrameEnterprise("913701000000000126", "辛企业", "", "u8"));

    static final String FRAME_SHA256 = "2d027b9deb9cc855d9b9af25f7702c3dbde659d90c169d30b78f8a8392dea1e7";

    private static List<String> drawn(long seed, int n) {
        return new StratifiedDraw<>(DrawFrame.of(ENTERPRISES), seed).draw(n, List.of()).picks().stream()
                .map(p -> p.member().creditCode()).toList();
    }

    @Test
    void theFrameIsInCreditCodeOrderWithItsHashWhateverOrderTheEnterprisesCameIn() {
        List<FrameEnterprise> shuffled = new ArrayList<>(ENTERPRISES);
        Collections.shuffle(shuffled, new Random(3));
        DrawFrame<FrameEnterprise> frame = DrawFrame.of(shuffled);
        assertEquals(List.of("913701000000000011", "913701000000000038", "91370100000000005A", "913701000000000062",
                "91370100000000007X", "913701000000000089", "91370100000000010K", "913701000000000126"),
                frame.members().stream().map(FrameEnterprise::creditCode).toList());
        assertEquals(FRAME_SHA256, frame.sha256());
        assertEquals("91370100000000007X\t化工\t丙化工", ENTERPRISES.get(0).line());
        assertEquals(List.of("", "冶金", "化工", "建材"), List.copyOf(frame.strata().keySet()));
    }

    @Test
    void drawNumbersAreTheWorkersFormulaOverTheEnterprisesLines() {
        assertEquals("10486809914016021728", Long.toUnsignedString(
                StratifiedDraw.drawNumber(20261207, FRAME_SHA256, ENTERPRISES.get(1))));
        assertEquals("2104531572556525290", Long.toUnsignedString(
                StratifiedDraw.drawNumber(20261207, FRAME_SHA256, ENTERPRISES.get(6))));
        assertEquals("16380259220176254641", Long.toUnsignedString(
                StratifiedDraw.drawNumber(20261207, FRAME_SHA256, ENTERPRISES.get(0))));
    }

    @Test
    void eachIndustryGivesItsShareToItsLowestNumbersAndNobodyIsAdded() {
        StratifiedDraw.Result<FrameEnterprise> three = new StratifiedDraw<>(DrawFrame.of(ENTERPRISES), 20261207)
                .draw(3, List.of());
        assertEquals(List.of(new StratifiedDraw.Plan("", 1, 0, 0), new StratifiedDraw.Plan("冶金", 2, 1, 1),
                new StratifiedDraw.Plan("化工", 4, 2, 2), new StratifiedDraw.Plan("建材", 1, 0, 0)), three.plan());
        assertEquals(List.of("913701000000000038", "91370100000000010K", "913701000000000011"), drawn(20261207, 3));
        assertEquals(List.of(-1, -1, -1), three.picks().stream().map(StratifiedDraw.Pick::addition).toList());
        assertEquals(List.of("913701000000000038", "91370100000000010K", "91370100000000007X"), drawn(1, 3));
        assertEquals(List.of("913701000000000126", "913701000000000038", "91370100000000010K", "913701000000000011",
                "913701000000000062"), drawn(20261207, 5));
    }
}
