package org.nineones.service.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineones.model.Messages;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;

/** The rules table: the bundled defaults, and every kind of malformed line refused with its line number. */
class RewardRulesTest {

    private static final String HEADER = "# comment\ncode\tkind\tdescription\tamount\tpoints\n";

    @Test
    void theBundledDefaultsHoldRewardsAndPenaltiesWithUniqueCodes() {
        RewardRules rules = RewardRules.defaults();
        assertTrue(rules.rules().size() >= 12, "about a dozen rules");
        assertTrue(rules.rules().stream().anyMatch(r -> r.kind() == RewardKind.REWARD
                && r.description().contains("隐患")));
        assertTrue(rules.rules().stream().anyMatch(r -> r.kind() == RewardKind.PENALTY
                && r.description().contains("劳动防护用品")));
        assertEquals(rules.rules().size(), rules.rules().stream().map(RewardRule::code).distinct().count());
        assertTrue(rules.rules().stream().allMatch(r -> r.active() && r.amount() >= 0 && r.points() >= 0));
    }

    @Test
    void readsChineseKindsBlankNumbersAndAByteOrderMark() throws Exception {
        RewardRules rules = RewardRules.read(new StringReader("\uFEFF" + HEADER
                + "X1\t奖励\t合理化建议\t\t2\nX2\tpenalty\t违章\t50.5\t0\n"));
        assertEquals(2, rules.rules().size());
        RewardRule first = rules.rules().get(0);
        assertEquals(new RewardRule(null, "X1", RewardKind.REWARD, "合理化建议", 0, 2, true), first);
        assertEquals(RewardKind.PENALTY, rules.rules().get(1).kind());
        assertEquals(50.5, rules.rules().get(1).amount());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("code\tkind\n", 1, RulesFileException.Problem.HEADER),
                Arguments.of("", 1, RulesFileException.Problem.HEADER),
                Arguments.of(HEADER, 2, RulesFileException.Problem.EMPTY),
                Arguments.of(HEADER + "P1\tPENALTY\t违章\t100\n", 3, RulesFileException.Problem.COLUMNS),
                Arguments.of(HEADER + "\tPENALTY\t违章\t100\t1\n", 3, RulesFileException.Problem.CODE),
                Arguments.of(HEADER + "P1\tPENALTY\t违章\t100\t1\n\nP1\tREWARD\t奖\t1\t1\n", 5,
                        RulesFileException.Problem.DUPLICATE),
                Arguments.of(HEADER + "P1\t罚款\t违章\t100\t1\n", 3, RulesFileException.Problem.KIND),
                Arguments.of(HEADER + "P1\tPENALTY\t \t100\t1\n", 3, RulesFileException.Problem.DESCRIPTION),
                Arguments.of(HEADER + "P1\tPENALTY\t违章\t-5\t1\n", 3, RulesFileException.Problem.AMOUNT),
                Arguments.of(HEADER + "P1\tPENALTY\t违章\t一百\t1\n", 3, RulesFileException.Problem.AMOUNT),
                Arguments.of(HEADER + "P1\tPENALTY\t违章\t99999999\t1\n", 3, RulesFileException.Problem.AMOUNT),
                Arguments.of(HEADER + "P1\tPENALTY\t违章\t100\t5000\n", 3, RulesFileException.Problem.POINTS));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void refusesAMalformedTableNamingTheLine(String text, int line, RulesFileException.Problem problem) {
        RulesFileException e = assertThrows(RulesFileException.class, () -> RewardRules.read(new StringReader(text)));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(problem, e.problem());
        String sentence = new RewardsService(new Messages(Locale.SIMPLIFIED_CHINESE)).describe(e);
        assertTrue(sentence.startsWith("规则文件第 " + line + " 行有误："), sentence);
        assertTrue(!sentence.contains("!rewards."), sentence);
    }
}
