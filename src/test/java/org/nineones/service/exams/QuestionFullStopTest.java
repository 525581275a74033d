package org.nineones.service.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A true-or-false statement quotes a duty or a step that may end with its own full stop or semicolon: the statement
 * still ends with exactly one full stop (seen in the spot check: "…按应急处置卡处置并报告。。").
 */
class QuestionFullStopTest {

    @Test
    void aStatementEndsWithOneFullStop() {
        assertEquals("发生险情时停止作业，按应急处置卡处置并报告。",
                QuestionGenerator.oneFullStop("发生险情时停止作业，按应急处置卡处置并报告。。"));
        assertEquals("作业前检查设备。", QuestionGenerator.oneFullStop("作业前检查设备；。"));
        assertEquals("作业前检查设备。", QuestionGenerator.oneFullStop("作业前检查设备. 。"));
        assertEquals("作业前检查设备。", QuestionGenerator.oneFullStop("作业前检查设备。"));
        assertEquals("禁止以下行为：酒后上岗。", QuestionGenerator.oneFullStop("禁止以下行为：酒后上岗。"));
    }
}
