package org.nineones.model.acceptance;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A scored checklist as JSON, as a signed self-assessment keeps it: every line, every deduction with the record it
 * rested on, the vetoes. Read back, it is equal to what was written.
 */
public final class ScoreJson {

    /** Built on first use, so that nothing loads Jackson before a score is kept. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder()
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    public String write(ChecklistScore score) {
        try {
            return Mapper.INSTANCE.writeValueAsString(score);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checklist score cannot be written as JSON", e);
        }
    }

    public ChecklistScore read(String json) {
        try {
            return Mapper.INSTANCE.readValue(json, ChecklistScore.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept checklist score cannot be read", e);
        }
    }
}
