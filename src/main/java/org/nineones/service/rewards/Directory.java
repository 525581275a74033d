package org.nineones.service.rewards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardRule;
import org.nineones.store.Store;

/** The people, units and rules of a workspace, read once, to name the subjects of entries. */
final class Directory {

    final Map<Long, Employee> employees = new HashMap<>();
    final Map<Long, OrgUnit> units = new HashMap<>();
    final Map<Long, String> paths;
    final Map<Long, RewardRule> rules = new HashMap<>();
    private final Map<Long, Long> postUnits = new HashMap<>();

    Directory(Store store) {
        store.employees().all().forEach(e -> employees.put(e.id(), e));
        store.posts().all().forEach(p -> postUnits.put(p.id(), p.orgUnitId()));
        List<OrgUnit> all = store.orgUnits().all();
        all.forEach(u -> units.put(u.id(), u));
        paths = OrgPaths.printed(all);
        store.rewards().rules().forEach(r -> rules.put(r.id(), r));
    }

    EntryRow row(RewardEntry e) {
        String ruleCode = e.ruleId() == null || !rules.containsKey(e.ruleId()) ? "" : rules.get(e.ruleId()).code();
        if (e.employeeId() != null) {
            Employee person = employees.get(e.employeeId());
            if (person == null) {
                return new EntryRow(e, "#" + e.employeeId(), true, "", "", "", ruleCode);
            }
            Long unitId = unitOf(person);
            return new EntryRow(e, person.name(), true, unitId == null ? ""
                    : paths.getOrDefault(unitId, ""), nullToEmpty(person.employeeNumber()),
                    person.idNumber() == null ? "" : person.idNumber().masked(), ruleCode);
        }
        String path = paths.getOrDefault(e.orgUnitId(), "#" + e.orgUnitId());
        OrgUnit unit = units.get(e.orgUnitId());
        return new EntryRow(e, unit == null ? path : unit.name(), false, path, "", "", ruleCode);
    }

    /** A person's unit: their own, else their post's (the roster may give only the post). */
    Long unitOf(Employee person) {
        if (person.orgUnitId() != null) {
            return person.orgUnitId();
        }
        return person.postId() == null ? null : postUnits.get(person.postId());
    }

    /** The unit and its ancestors, the unit first; a loop in the tree cannot make it run forever. */
    List<Long> unitAndAncestors(Long unitId) {
        List<Long> chain = new ArrayList<>();
        Long at = unitId;
        while (at != null && !chain.contains(at) && chain.size() <= units.size()) {
            chain.add(at);
            OrgUnit unit = units.get(at);
            at = unit == null ? null : unit.parentId();
        }
        return chain;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
