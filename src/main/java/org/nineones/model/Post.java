package org.nineones.model;

/** A post (岗位) within an org unit. */
public record Post(Long id, long orgUnitId, String name, PostCategory category, RiskLevel riskLevel) {

    public Post withId(long newId) {
        return new Post(newId, orgUnitId, name, category, riskLevel);
    }
}
