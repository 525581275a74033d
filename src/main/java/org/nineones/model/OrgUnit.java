package org.nineones.model;

/** A node of the org tree. {@code parentId} is null for the root (the company). */
public record OrgUnit(Long id, Long parentId, String name, OrgUnitKind kind, int sortOrder) {

    public OrgUnit withId(long newId) {
        return new OrgUnit(newId, parentId, name, kind, sortOrder);
    }
}
