package org.nineones.service.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The sample-size rules bundled with the app ({@value #RESOURCE}); the first is the default. */
public final class SampleSizeRules {

    static final String RESOURCE = "inspection/sample-size-rules.json";

    private record File(String comment, List<SampleSizeRule> rules) {
    }

    private final List<SampleSizeRule> rules;

    private SampleSizeRules(List<SampleSizeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SampleSizeRules bundled() {
        try (InputStream in = SampleSizeRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            File file = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, File.class);
            return new SampleSizeRules(file.rules());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<SampleSizeRule> all() {
        return rules;
    }

    public SampleSizeRule byDefault() {
        return rules.get(0);
    }

    public Optional<SampleSizeRule> byName(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The rules' names, joined for a sentence. */
    public String names() {
        return String.join(", ", rules.stream().map(SampleSizeRule::name).toList());
    }
}
