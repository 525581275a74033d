package org.nineones.service.inspection;

import java.util.List;

/**
 * A spot-check draw (decision 0023): what replays it — seed, algorithm, the frame's hash, the rule and its size —
 * the plan, and the people drawn in draw order (stratum order, then draw number).
 *
 * @param population the people in the frame
 * @param ruleSize   the size the rule (or the inspector) asked for
 * @param rule       the rule's name, or {@code null} when the inspector gave the size
 */
public record DrawResult(long seed, String algorithm, String frameSha256, int population, int ruleSize, String rule,
                         List<Stratum> plan, List<Drawn> people) {

    /**
     * One stratum of the plan: its people, the seats its share gave ({@code allotted}) and the people drawn from it,
     * the additions included.
     */
    public record Stratum(String orgUnit, int people, int allotted, int drawn) {
    }

    /** Why a person was added beyond the plan: none, or to have a special-operation worker or a team leader. */
    public enum Addition { NONE, SPECIAL_OPERATION, TEAM_LEADER }

    /** A person drawn, with their draw number (unsigned) and whether they were added beyond the plan. */
    public record Drawn(FramePerson person, long drawNumber, Addition addition) {

        public boolean added() {
            return addition != Addition.NONE;
        }

        public String drawNumberText() {
            return Long.toUnsignedString(drawNumber);
        }
    }

    public DrawResult {
        plan = List.copyOf(plan);
        people = List.copyOf(people);
    }

    /** The people drawn, additions included: the rule's size and up to two more. */
    public int size() {
        return people.size();
    }
}
