package org.nineones.service.inspection.print;

import java.util.List;

/** Null-safe forms of the printouts' inputs: a missing text is empty, a missing list is empty and copied. */
final class Texts {

    private Texts() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
