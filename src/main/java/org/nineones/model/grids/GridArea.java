package org.nineones.model.grids;

import java.util.List;

import org.nineones.model.RiskLevel;

/**
 * A responsibility area (网格) of the enterprise's grid (issue 15): level one is the enterprise itself (no parent),
 * then areas and sub-areas, three levels at most. It names one supervising responsible person (分管责任人) and one
 * specific responsible person (具体责任人), two different employees, and optionally a grid inspector (网格员); the
 * org units and posts that work there; a location text; and a risk level set by hand with its reason ({@code null}:
 * the highest of its posts' levels).
 */
public record GridArea(Long id, Long parentId, String name, String location, RiskLevel riskOverride,
                       String riskReason, Long supervisorId, Long responsibleId, Long gridInspectorId, int sortOrder,
                       List<Long> orgUnitIds, List<Long> postIds) {

    public GridArea {
        name = name == null ? "" : name.strip();
        location = location == null ? "" : location.strip();
        riskReason = riskReason == null ? "" : riskReason.strip();
        orgUnitIds = List.copyOf(orgUnitIds);
        postIds = List.copyOf(postIds);
    }

    public GridArea withId(long newId) {
        return new GridArea(newId, parentId, name, location, riskOverride, riskReason, supervisorId, responsibleId,
                gridInspectorId, sortOrder, orgUnitIds, postIds);
    }

    /** True for the enterprise itself, the grid's level one. */
    public boolean isRoot() {
        return parentId == null;
    }
}
