package org.nineones.service.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineones.model.PostCategory;

/** The legal training-hour defaults (DOMAIN.md) as the bundled rules table gives them, and a broken table refused. */
class TrainingRulesTest {

    private static final TrainingRules DEFAULTS = TrainingRules.defaults();

    @ParameterizedTest(name = "{0}, high risk {1}: {2} h before the post, {3} h a year")
    @CsvSource({
            "OPERATOR,          false, 24, 0",
            "OPERATOR,          true,  72, 20",
            "SPECIAL_OPERATION, false, 24, 0",
            "SPECIAL_OPERATION, true,  72, 20",
            "TEAM_LEADER,       true,  72, 20",
            "WORKSHOP_HEAD,     false, 24, 0",
            "DEPARTMENT_HEAD,   true,  72, 20",
            "PRINCIPAL,         false, 32, 12",
            "PRINCIPAL,         true,  48, 16",
            "SAFETY_DEPUTY,     false, 32, 12",
            "SAFETY_MANAGER,    false, 32, 12",
            "SAFETY_MANAGER,    true,  48, 16"})
    void givesTheLegalDefaults(PostCategory category, boolean highRisk, int initial, int annual) {
        assertEquals(new TrainingRequirement(initial, annual), DEFAULTS.requirement(category, highRisk));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void countsSomeoneWithoutAPostAsAWorker(boolean highRisk) {
        assertEquals(DEFAULTS.requirement(PostCategory.OPERATOR, highRisk), DEFAULTS.requirement(null, highRisk));
    }

    private static final String HEADER = "role\thigh_risk\tinitial_hours\tannual_hours\n";

    static Stream<Arguments> brokenTables() {
        return Stream.of(
                Arguments.of(HEADER + "WORKER\tfalse\t24\t0\nWORKER\ttrue\t72\t20\nMANAGER\tfalse\t32\t12\n",
                        "no rule for MANAGER with high_risk true"),
                Arguments.of(HEADER + "WORKER\tmaybe\t24\t0\n", "line 2: high_risk is true or false"),
                Arguments.of(HEADER + "BOSS\tfalse\t24\t0\n", "line 2: "),
                Arguments.of(HEADER + "WORKER\tfalse\t-1\t0\n", "line 2: hours cannot be negative"),
                Arguments.of(HEADER + "WORKER\tfalse\tzwei\t0\n", "line 2: "),
                Arguments.of(HEADER + "WORKER\tfalse\t24\n", "line 2: 4 columns"),
                Arguments.of(HEADER + "WORKER\tfalse\t24\t0\nWORKER\tfalse\t24\t0\n", "line 3: WORKER/false twice"),
                Arguments.of("role,high_risk,initial_hours,annual_hours\n", "line 1: the header must be"));
    }

    @ParameterizedTest
    @MethodSource("brokenTables")
    void refusesABrokenTableNamingTheLine(String table, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingRules.read(new StringReader(table)));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
