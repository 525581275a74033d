package org.nineones.model.training;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of training session the law tells apart: the three levels of induction (company, workshop, team), the
 * yearly retraining, training on a transfer or a return to work, special-operation training, and drills. Texts are
 * in the {@code training} bundle under {@code training.kind.<NAME>}.
 */
public enum TrainingKind {
    INDUCTION_COMPANY, INDUCTION_WORKSHOP, INDUCTION_TEAM, ANNUAL, TRANSFER, RETURN_TO_WORK, SPECIAL_OPERATION, DRILL;

    /** The three levels of induction (三级安全教育), top first. */
    public static final Set<TrainingKind> INDUCTION = EnumSet.of(INDUCTION_COMPANY, INDUCTION_WORKSHOP, INDUCTION_TEAM);

    /**
     * Training before taking up a post: the hours of these kinds count towards the initial requirement (the three
     * induction levels, a transfer, a return to work, special-operation training).
     */
    public static final Set<TrainingKind> INITIAL = EnumSet.of(INDUCTION_COMPANY, INDUCTION_WORKSHOP, INDUCTION_TEAM,
            TRANSFER, RETURN_TO_WORK, SPECIAL_OPERATION);

    /** Retraining: the hours of these kinds in the last 12 months count towards the yearly requirement. */
    public static final Set<TrainingKind> ANNUAL_KINDS = EnumSet.of(ANNUAL, DRILL);

    /** The bundle key of its name. */
    public String textKey() {
        return "training.kind." + name();
    }

    /** The kind named by its enum name or by its text in any language ({@code 厂级教育}, {@code Annual…}). */
    public static java.util.Optional<TrainingKind> parse(String text, java.util.function.Function<TrainingKind, String>
            nameOf) {
        String t = text == null ? "" : org.nineones.model.TextNormaliser.strip(text);
        for (TrainingKind k : values()) {
            if (k.name().equalsIgnoreCase(t) || nameOf.apply(k).equals(t)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
