package org.nineones.model.records;

import java.util.Locale;

/**
 * The kinds of record of duty performance (专档记录) an enterprise keeps: its texts are {@code RecordKind.X} in the
 * bundles, its code is what the command line and the database take.
 */
public enum RecordKind {
    MEETING_MINUTES("minutes"),
    INSPECTION_NOTES("inspection"),
    TRAINING_PHOTOS("training-photos"),
    PUBLICITY_PHOTOS("publicity-photos"),
    SIGNED_REGISTER("register"),
    OTHER("other");

    private final String code;

    RecordKind(String code) {
        this.code = code;
    }

    /** The short code the command line takes ({@code --kind minutes}). */
    public String code() {
        return code;
    }

    /** The kind with this code or constant name (any case), or {@code null}. */
    public static RecordKind ofCode(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (RecordKind kind : values()) {
            if (kind.code.equals(t) || kind.name().toLowerCase(Locale.ROOT).equals(t)) {
                return kind;
            }
        }
        return null;
    }
}
