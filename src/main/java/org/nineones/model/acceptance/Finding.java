package org.nineones.model.acceptance;

import java.util.Objects;

/**
 * One thing the records show that costs points on a checklist line: which kind of defect it is (a key a checklist
 * line's deduction rule names, such as {@code post-without-duty-list}), what a person reads about it (in the app's
 * language: "合成车间/甲班 操作工：没有责任清单"), and the record it rests on.
 */
public record Finding(String kind, String what, Target target) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        target = target == null ? Target.NONE : target;
    }
}
