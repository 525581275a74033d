package org.nineones.model.acceptance;

import java.util.Objects;

/**
 * The record a finding rests on: its kind, its id in the workspace (as text, so that any key fits) and a label a
 * person reads (a post's name, a person's name and org unit, a period such as 2026年第3季度).
 */
public record Target(TargetKind kind, String id, String label) {

    public static final Target NONE = new Target(TargetKind.NONE, "", "");

    public Target {
        Objects.requireNonNull(kind, "kind");
        id = id == null ? "" : id;
        label = label == null ? "" : label;
    }
}
