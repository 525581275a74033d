package org.nineones.service.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rating thresholds as data: the shipped defaults, table-driven, and malformed tables refused by line. */
class RatingRulesTest {

    private static final String HEADER = "rating\tmin_percent\tlow\n";

    @ParameterizedTest
    @CsvSource({"100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.9, PASS", "60, PASS",
            "59.99, FAIL", "0, FAIL"})
    void theDefaultsRateByPercentage(double percent, Rating expected) {
        assertEquals(expected, RatingRules.defaults().rate(percent));
    }

    @Test
    void passAndFailAreLowByDefault() {
        RatingRules rules = RatingRules.defaults();
        assertFalse(rules.isLow(Rating.EXCELLENT));
        assertFalse(rules.isLow(Rating.GOOD));
        assertTrue(rules.isLow(Rating.PASS));
        assertTrue(rules.isLow(Rating.FAIL));
        assertEquals(4, rules.thresholds().size());
    }

    @Test
    void aStricterTableIsData() throws Exception {
        RatingRules rules = RatingRules.read(new StringReader("# stricter\n" + HEADER
                + "EXCELLENT\t95\tfalse\nGOOD\t85\tfalse\nPASS\t70\tfalse\nFAIL\t0\ttrue\n"));
        assertEquals(Rating.GOOD, rules.rate(94));
        assertEquals(Rating.FAIL, rules.rate(69));
        assertFalse(rules.isLow(Rating.PASS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "role~min~low|line 1",
            "rating~min_percent~low;BEST~90~false|line 2: unknown rating 'BEST'",
            "rating~min_percent~low;GOOD~ninety~false|line 2: min_percent is a number",
            "rating~min_percent~low;GOOD~120~false|line 2: min_percent must be from 0 to 100",
            "rating~min_percent~low;GOOD~80~maybe|line 2: low is true or false",
            "rating~min_percent~low;GOOD~80|line 2: 3 columns",
            "rating~min_percent~low;GOOD~80~false;GOOD~70~false|line 3: GOOD twice",
            "rating~min_percent~low;EXCELLENT~80~false;GOOD~90~false|line 3: GOOD must need less",
            "rating~min_percent~low;EXCELLENT~90~false;GOOD~80~false|no rating starts at 0",
    })
    void refusesAMalformedTableNamingTheLine(String table, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RatingRules.read(new StringReader(table.replace("~", "\t").replace(";", "\n"))));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
