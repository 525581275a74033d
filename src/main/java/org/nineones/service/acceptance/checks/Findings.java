package org.nineones.service.acceptance.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.Target;

/** What the checks found on a day, by kind: every kind a check knows is a key, with an empty list at first. */
final class Findings {

    private final Texts texts;
    private final Map<String, List<Finding>> byKind = new LinkedHashMap<>();

    Findings(Texts texts, List<String> kinds) {
        this.texts = texts;
        kinds.forEach(k -> byKind.put(k, new ArrayList<>()));
    }

    /** Adds a finding of a known kind; its sentence is {@code checks.<kind>} of the bundle, filled with {@code args}. */
    void add(String kind, Target target, Object... args) {
        addAs(kind, "checks." + kind, target, args);
    }

    /** Adds a finding of a known kind whose sentence is the bundle's {@code key}, filled with {@code args}. */
    void addAs(String kind, String key, Target target, Object... args) {
        List<Finding> list = byKind.get(kind);
        if (list == null) {
            throw new IllegalArgumentException("no check declared the kind " + kind);
        }
        list.add(new Finding(kind, texts.get(key, args), target));
    }

    Texts texts() {
        return texts;
    }

    /** The findings by kind, unmodifiable, in the order the kinds were declared. */
    Map<String, List<Finding>> result() {
        Map<String, List<Finding>> result = new LinkedHashMap<>();
        byKind.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(result);
    }
}
