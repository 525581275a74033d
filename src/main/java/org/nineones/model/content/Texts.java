package org.nineones.model.content;

import java.util.List;
import java.util.Objects;

import org.nineones.model.TextNormaliser;

/** Normalises the text fields of content records: never null, trimmed, lists immutable without blanks. */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        return text == null ? "" : TextNormaliser.trim(text);
    }

    static List<String> lines(List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream().filter(Objects::nonNull).map(Texts::clean).filter(s -> !s.isEmpty()).toList();
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
