package org.nineones.sample;

/**
 * So many people in one post of one team ({@code team} is empty for people directly under the department).
 * A {@code fixed} slot (a head, a team leader) keeps its count whatever the enterprise's size.
 */
public record Slot(String team, PostPlan post, int count, boolean fixed) {

    public Slot withCount(int newCount) {
        return new Slot(team, post, newCount, fixed);
    }
}
