package org.nineones.service.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An item's maximum points from its assessment standard, in the forms the template library uses. */
class MaxPointsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "无票作业的每次扣5分|3|5",
            "5分|3|5",
            "本项满分10分|3|10",
            "制度或规程缺项的，每项扣2分；超过一年未评审修订的扣5分|3|5",
            "安全生产费用未按标准提取或挪作他用的扣10分；安全隐患因资金未整改的每项扣3分|3|10",
            "培训计划完成率低于90%的扣3分；发现无证上岗的每人扣2分|3|3",
            "扣1-3分|3|3",
            "扣２.５分|3|2.5",
            "未及时报告的本项不得分|4|25",
            "无证或证书过期作业的，本项不得分并停止作业|3|33.33",
            "''|6|16.67",
            "''|1|100",
    })
    void readsTheLargestStatedNumberElseSharesOneHundred(String standard, int items, double expected) {
        assertEquals(expected, MaxPoints.of(standard, items), 1e-9);
    }

    @Test
    void everyStandardOfTheTemplateLibraryGivesPositivePoints() throws Exception {
        Pattern standard = Pattern.compile("\"assessmentStandard\"\\s*:\\s*\"([^\"]*)\"");
        int seen = 0;
        try (var files = Files.list(Path.of("sample-data", "templates", "library"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Matcher m = standard.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    double points = MaxPoints.of(m.group(1), 8);
                    assertEquals(true, points > 0 && points <= 100, m.group(1) + " → " + points);
                    seen++;
                }
            }
        }
        assertEquals(true, seen > 100, "standards read: " + seen);
        try (InputStream in = RatingRules.class.getResourceAsStream(RatingRules.RESOURCE)) {
            assertEquals(true, in != null, "the ratings table is in the jar");
        }
    }
}
