package org.nineones.service.print;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.Enterprise;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.content.ContentVersion;

/**
 * What one print run needs, read in one transaction: the enterprise, each org unit's path, the posts in print
 * order (org unit path, then the order they were made), the people who have not left, and per post id the version
 * of the printed kind that counts today (in force, else the draft).
 */
record PrintData(Enterprise enterprise, Map<Long, String> unitPaths, List<Post> posts, List<Employee> employees,
                 Map<Long, ContentVersion> versions) {

    private static final String PATH_SEPARATOR = " / ";

    String unitPath(Long orgUnitId) {
        return orgUnitId == null ? "" : unitPaths.getOrDefault(orgUnitId, "");
    }

    Map<Long, Post> postsById() {
        return posts.stream().collect(Collectors.toMap(Post::id, Function.identity()));
    }

    /** Each unit's path below the company ("生产部 / 一车间 / 甲班"); the company itself shows its own name. */
    static Map<Long, String> unitPaths(List<OrgUnit> units) {
        Map<Long, OrgUnit> byId = units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        Map<Long, String> paths = new HashMap<>();
        for (OrgUnit unit : units) {
            List<String> names = new ArrayList<>();
            OrgUnit at = unit;
            for (int depth = 0; at != null && depth < units.size(); depth++) {
                if (at.parentId() == null && !names.isEmpty()) {
                    break;
                }
                names.add(0, at.name());
                at = at.parentId() == null ? null : byId.get(at.parentId());
            }
            paths.put(unit.id(), String.join(PATH_SEPARATOR, names));
        }
        return paths;
    }

    /** Posts sorted by their unit's path (Chinese collation), then by id (the order they were made). */
    static List<Post> sortedPosts(List<Post> posts, Map<Long, String> unitPaths) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        Map<Long, CollationKey> keys = new HashMap<>();
        for (Post p : posts) {
            keys.computeIfAbsent(p.orgUnitId(), id -> collator.getCollationKey(unitPaths.getOrDefault(id, "")));
        }
        return posts.stream().sorted(Comparator.<Post, CollationKey>comparing(p -> keys.get(p.orgUnitId()))
                .thenComparing(Post::id)).toList();
    }

    /** People sorted by their unit's path, then name (Chinese collation), then id. */
    static List<Employee> sortedEmployees(List<Employee> employees, Map<Long, String> unitPaths) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        record Keyed(Employee employee, CollationKey unit, CollationKey name) {
        }
        Map<String, CollationKey> unitKeys = new HashMap<>();
        List<Keyed> keyed = new ArrayList<>(employees.size());
        for (Employee e : employees) {
            String path = e.orgUnitId() == null ? "" : unitPaths.getOrDefault(e.orgUnitId(), "");
            keyed.add(new Keyed(e, unitKeys.computeIfAbsent(path, collator::getCollationKey),
                    collator.getCollationKey(e.name() == null ? "" : e.name())));
        }
        keyed.sort(Comparator.comparing(Keyed::unit).thenComparing(Keyed::name)
                .thenComparing(k -> k.employee().id() == null ? Long.MAX_VALUE : k.employee().id()));
        return keyed.stream().map(Keyed::employee).toList();
    }
}
