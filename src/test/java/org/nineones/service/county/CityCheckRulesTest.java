package org.nineones.service.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The city check's rules as data (decision 0027): the size of the draw and the score threshold, and bad rules. */
class CityCheckRulesTest {

    private static CityCheckRules read(String json) throws Exception {
        return CityCheckRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tenPercentRoundedUpAtLeastThreeAtMostAll() {
        CityCheckRules rules = CityCheckRules.bundled();
        assertEquals("city-default", rules.sampleSize().name());
        assertEquals(0, rules.scoreThreshold().compareTo(BigDecimal.valueOf(5)));
        assertEquals(List.of(1, 2, 3, 3, 3, 3, 4, 10, 11, 100),
                List.of(1, 2, 3, 10, 29, 30, 31, 100, 101, 1000).stream().map(rules::size).toList());
    }

    @Test
    void aRuleOfTheSameShapeIsReadAndABadOneRefused() throws Exception {
        CityCheckRules capped = read("{\"comment\":\"\",\"sampleSize\":{\"name\":\"capped\",\"percent\":20,"
                + "\"min\":2,\"max\":5},\"scoreThreshold\":2.5}");
        assertEquals(List.of(2, 2, 4, 5), List.of(5, 10, 20, 100).stream().map(capped::size).toList());
        assertEquals(0, capped.scoreThreshold().compareTo(new BigDecimal("2.5")));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> read(
                "{\"sampleSize\":{\"name\":\"x\",\"percent\":10,\"min\":3},\"scoreThreshold\":-1}"));
        assertTrue(negative.getMessage().contains("threshold"), negative.getMessage());
        IllegalArgumentException percent = assertThrows(IllegalArgumentException.class, () -> read(
                "{\"sampleSize\":{\"name\":\"x\",\"percent\":0,\"min\":3},\"scoreThreshold\":5}"));
        assertTrue(percent.getMessage().contains("percent"), percent.getMessage());
        assertThrows(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class, () -> read(
                "{\"sampleSize\":{\"name\":\"x\",\"percent\":10,\"min\":3},\"scoreThreshold\":5,\"extra\":1}"));
    }
}
