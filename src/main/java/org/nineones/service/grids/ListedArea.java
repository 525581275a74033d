package org.nineones.service.grids;

import java.util.List;

import org.nineones.model.Employee;
import org.nineones.model.RiskLevel;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;

/**
 * An area as the grid tab, the readiness view and the sheet show it: its level and path (企业/罐区/1号罐组), its risk
 * level (set by hand, else the highest of its posts', else {@code null}), the roles it lacks ({@link GridRules#missing}:
 * unset or left — a gap), and its people as the roster has them ({@code null} when unset).
 */
public record ListedArea(GridArea area, int level, String path, RiskLevel riskLevel, List<GridRules.Role> missing,
                         Employee supervisor, Employee responsible, Employee gridInspector) {

    public ListedArea {
        missing = List.copyOf(missing);
    }

    /** True when a role is unset or held by someone who has left: the area is unstaffed. */
    public boolean isGap() {
        return !missing.isEmpty();
    }

    /** True when the risk level is the posts' (none set by hand). */
    public boolean riskFromPosts() {
        return area.riskOverride() == null;
    }
}
