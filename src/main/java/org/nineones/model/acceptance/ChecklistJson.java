package org.nineones.model.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of a checklist template: the file in {@code sample-data/checklists/}, the body stored in a
 * workspace, and the canonical form whose SHA-256 names a version's content (properties sorted, no spaces, numbers
 * plain and without trailing zeros, absent values left out). Unknown fields are refused.
 */
public final class ChecklistJson {

    /** Built on first use, so that nothing loads Jackson before a checklist is needed. */
    private static final class Mappers {
        static final ObjectMapper CANONICAL = builder().build();
        static final ObjectMapper PRETTY = builder().enable(SerializationFeature.INDENT_OUTPUT).build();

        private static JsonMapper.Builder builder() {
            return JsonMapper.builder()
                    .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                    .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .serializationInclusion(JsonInclude.Include.NON_NULL);
        }
    }

    /** Reads a template; a file that is not one fails with Jackson's exception. */
    public ChecklistTemplate read(InputStream in) throws IOException {
        ChecklistTemplate template = Mappers.CANONICAL.readValue(in, ChecklistTemplate.class);
        if (template == null) {
            throw new IOException("empty checklist file");
        }
        return template;
    }

    /** Reads a template from its JSON text. */
    public ChecklistTemplate read(String json) throws JsonProcessingException {
        return Mappers.CANONICAL.readValue(json, ChecklistTemplate.class);
    }

    /** The canonical form (stored, and hashed). */
    public String canonical(ChecklistTemplate template) {
        try {
            return Mappers.CANONICAL.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checklist template cannot be written as JSON", e);
        }
    }

    /** The form a person reads (indented), as the shipped file is written. */
    public String pretty(ChecklistTemplate template) {
        try {
            return Mappers.PRETTY.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checklist template cannot be written as JSON", e);
        }
    }

    /** SHA-256 (hex) of the canonical form as UTF-8. */
    public String sha256(ChecklistTemplate template) {
        return org.nineones.model.Sha256.hex(canonical(template).getBytes(StandardCharsets.UTF_8));
    }
}
