package org.nineones.service.print;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.Enterprise;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.content.ContentVersion;

/**
 * What one print run needs, read in one transaction: the enterprise, each org unit's path and place in the org
 * chart, the posts in print order (org chart order of their units, then the order they were made), the people who
 * have not left, and per post id the version of the printed kind that counts today (in force, else the draft).
 */
record PrintData(Enterprise enterprise, Map<Long, String> unitPaths, Map<Long, Integer> unitOrder, List<Post> posts,
                 List<Employee> employees, Map<Long, ContentVersion> versions) {

    String unitPath(Long orgUnitId) {
        return orgUnitId == null ? "" : unitPaths.getOrDefault(orgUnitId, "");
    }

    Map<Long, Post> postsById() {
        return posts.stream().collect(Collectors.toMap(Post::id, Function.identity()));
    }

    /** Each unit's path below the company ("生产部 / 一车间 / 甲班"); the company itself shows its own name. */
    static Map<Long, String> unitPaths(List<OrgUnit> units) {
        return OrgPaths.printed(units);
    }

    /**
     * Each unit's place in the org chart as it is shown: depth first from the company, siblings by their sort order,
     * then by id. Units outside the tree (no path to a root) come last.
     */
    static Map<Long, Integer> treeOrder(List<OrgUnit> units) {
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : units) {
            if (u.parentId() == null) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Comparator<OrgUnit> siblings = Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::id);
        Map<Long, Integer> order = new HashMap<>();
        Deque<OrgUnit> stack = new ArrayDeque<>();
        roots.sort(siblings.reversed());
        roots.forEach(stack::push);
        while (!stack.isEmpty()) {
            OrgUnit unit = stack.pop();
            if (order.putIfAbsent(unit.id(), order.size()) != null) {
                continue;
            }
            List<OrgUnit> below = new ArrayList<>(children.getOrDefault(unit.id(), List.of()));
            below.sort(siblings.reversed());
            below.forEach(stack::push);
        }
        for (OrgUnit u : units) {
            order.putIfAbsent(u.id(), order.size());
        }
        return order;
    }

    /** Posts in org chart order of their units, then by id (the order they were made). */
    static List<Post> sortedPosts(List<Post> posts, Map<Long, Integer> unitOrder) {
        return posts.stream().sorted(Comparator.<Post>comparingInt(p -> unitOrder.getOrDefault(p.orgUnitId(),
                Integer.MAX_VALUE)).thenComparing(Post::id)).toList();
    }

    /** People in org chart order of their units, then by name (Chinese collation), then id. */
    static List<Employee> sortedEmployees(List<Employee> employees, Map<Long, Integer> unitOrder) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        record Keyed(Employee employee, int unit, CollationKey name) {
        }
        List<Keyed> keyed = new ArrayList<>(employees.size());
        for (Employee e : employees) {
            int unit = e.orgUnitId() == null ? Integer.MAX_VALUE : unitOrder.getOrDefault(e.orgUnitId(), Integer.MAX_VALUE);
            keyed.add(new Keyed(e, unit, collator.getCollationKey(e.name() == null ? "" : e.name())));
        }
        keyed.sort(Comparator.comparingInt(Keyed::unit).thenComparing(Keyed::name)
                .thenComparing(k -> k.employee().id() == null ? Long.MAX_VALUE : k.employee().id()));
        return keyed.stream().map(Keyed::employee).toList();
    }
}
