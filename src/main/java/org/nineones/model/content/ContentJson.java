package org.nineones.model.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of post content, used both for the bodies stored in a workspace and for the template
 * library's files. Unknown fields are refused, so a misspelt field in a template fails loudly.
 */
public final class ContentJson {

    /** Built on first use, so opening a workspace (which holds a ContentJson) does not load Jackson. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder()
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /** The body as JSON text. */
    public String write(PostContent content) {
        try {
            return Mapper.INSTANCE.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("post content cannot be written as JSON", e);
        }
    }

    /** Reads a body of the given kind. */
    public PostContent read(ContentKind kind, String json) {
        try {
            return Mapper.INSTANCE.readValue(json, type(kind));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid " + kind + " body: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads one template file of the library. */
    public PostTemplate readTemplate(InputStream in) throws IOException {
        return Mapper.INSTANCE.readValue(in, PostTemplate.class);
    }

    /** Writes one template, as the library's files are written. */
    public String writeTemplate(PostTemplate template) {
        try {
            return Mapper.INSTANCE.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<? extends PostContent> type(ContentKind kind) {
        return switch (kind) {
            case DUTY_LIST -> DutyList.class;
            case PROCEDURE -> OperatingProcedure.class;
            case RISK_CARD -> RiskCard.class;
            case EMERGENCY_CARD -> EmergencyCard.class;
        };
    }
}
