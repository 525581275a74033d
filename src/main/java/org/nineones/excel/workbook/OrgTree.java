package org.nineones.excel.workbook;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;

/**
 * The org units in tree order (parents before children, siblings by sort order then Chinese collation), with each
 * unit's depth and display path. The path leaves out the company at the root, which every row shares.
 */
public final class OrgTree {

    /** One unit in tree order. */
    public record Node(OrgUnit unit, int depth, String path, String parentPath) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final Map<Long, Integer> orderById = new HashMap<>();
    private final Map<Long, String> pathById = new HashMap<>();

    public OrgTree(List<OrgUnit> units, Collator collator) {
        Map<Long, OrgUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : units) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Comparator<OrgUnit> siblings = Comparator.comparingInt(OrgUnit::sortOrder)
                .thenComparing(OrgUnit::name, collator)
                .thenComparing(OrgUnit::id);
        Set<Long> visited = new HashSet<>();
        roots.sort(siblings);
        for (OrgUnit root : roots) {
            visit(root, 0, null, children, siblings, visited);
        }
        // units caught in a parent loop are never reached from a root: list them at the end rather than lose them
        List<OrgUnit> rest = new ArrayList<>(units.stream().filter(u -> !visited.contains(u.id())).toList());
        rest.sort(siblings);
        for (OrgUnit u : rest) {
            if (!visited.contains(u.id())) {
                visit(u, 0, null, children, siblings, visited);
            }
        }
    }

    private void visit(OrgUnit unit, int depth, String parentPath, Map<Long, List<OrgUnit>> children,
                       Comparator<OrgUnit> siblings, Set<Long> visited) {
        if (!visited.add(unit.id())) {
            return;
        }
        boolean companyRoot = depth == 0 && unit.kind() == OrgUnitKind.COMPANY;
        String path = parentPath == null ? unit.name() : parentPath + "/" + unit.name();
        orderById.put(unit.id(), nodes.size());
        pathById.put(unit.id(), path);
        nodes.add(new Node(unit, depth, path, parentPath == null ? "" : parentPath));
        String childPrefix = companyRoot ? null : path;
        List<OrgUnit> kids = new ArrayList<>(children.getOrDefault(unit.id(), List.of()));
        kids.sort(siblings);
        for (OrgUnit child : kids) {
            visit(child, depth + 1, childPrefix, children, siblings, visited);
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** The unit's position in tree order; units not in the tree sort last. */
    public int order(Long unitId) {
        return unitId == null ? Integer.MAX_VALUE : orderById.getOrDefault(unitId, Integer.MAX_VALUE);
    }

    /** "生产部/一车间/甲班"; empty for an unknown unit. */
    public String path(Long unitId) {
        return unitId == null ? "" : pathById.getOrDefault(unitId, "");
    }
}
