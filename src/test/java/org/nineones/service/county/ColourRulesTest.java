package org.nineones.service.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.county.ColourRule;

/** The three colours' rule as data: ACCEPTANCE.md's default as shipped, a county's own, and malformed tables refused. */
class ColourRulesTest {

    private static final String HEADER = "colour\tconclusions\tmin_score\tveto_overdue\n";

    @Test
    void theShippedRuleIsAcceptanceMdsDefault() {
        ColourRule rule = ColourRules.defaults();
        assertEquals(Set.of(Conclusion.PASS), rule.greenConclusions());
        assertEquals(0, new BigDecimal("90").compareTo(rule.greenMinScore()));
        assertEquals(Set.of(Conclusion.FAIL), rule.redConclusions());
        assertTrue(rule.redWhenVetoOverdue());
    }

    @Test
    void aCountyMayIssueItsOwn() throws Exception {
        ColourRule rule = ColourRules.read(new StringReader("# 本县规则\n" + HEADER
                + "GREEN\tPASS\t85\tfalse\nRED\tFAIL,RECTIFY\t-\tfalse\n"));
        assertEquals(Set.of(Conclusion.FAIL, Conclusion.RECTIFY), rule.redConclusions());
        assertEquals(0, new BigDecimal("85").compareTo(rule.greenMinScore()));
        assertFalse(rule.redWhenVetoOverdue());
    }

    @Test
    void aMalformedTableIsRefusedNamingTheLine() {
        IllegalArgumentException colour = assertThrows(IllegalArgumentException.class, () -> ColourRules.read(
                new StringReader(HEADER + "BLUE\tPASS\t90\tfalse\nRED\tFAIL\t-\ttrue\n")));
        assertTrue(colour.getMessage().startsWith("line 2:"), colour.getMessage());
        IllegalArgumentException conclusion = assertThrows(IllegalArgumentException.class, () -> ColourRules.read(
                new StringReader(HEADER + "GREEN\tGOOD\t90\tfalse\nRED\tFAIL\t-\ttrue\n")));
        assertTrue(conclusion.getMessage().contains("GOOD"), conclusion.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ColourRules.read(new StringReader(HEADER
                + "GREEN\tPASS\t90\tfalse\n")), "a RED line is needed");
        assertThrows(IllegalArgumentException.class, () -> ColourRules.read(new StringReader(HEADER
                + "GREEN\tPASS\t90\tfalse\nRED\tPASS\t-\ttrue\n")), "a conclusion both green and red");
    }
}
