package org.nineones.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.sample.CompanyPlan;
import org.nineones.sample.PostPlan;
import org.nineones.sample.Roster;
import org.nineones.sample.RosterRow;
import org.nineones.store.Workspace;

/**
 * Puts a generated roster straight into a workspace through the store (org units, posts with a few duties,
 * employees), so the cards and package steps can be timed even while the import service is not built.
 */
final class BenchData {

    private BenchData() {
    }

    static int load(Workspace workspace, Roster roster) {
        CompanyPlan company = roster.company();
        return workspace.write(store -> {
            OrgUnit root = store.orgUnits().insert(new OrgUnit(null, null, company.name(), OrgUnitKind.COMPANY, 0));
            Map<String, Long> units = new HashMap<>();
            Map<String, Long> posts = new HashMap<>();
            int order = 1;
            for (var unit : company.units()) {
                OrgUnit u = store.orgUnits().insert(new OrgUnit(null, root.id(), unit.name(), unit.kind(), order++));
                units.put(unit.name(), u.id());
                for (String team : unit.teams()) {
                    OrgUnit t = store.orgUnits().insert(new OrgUnit(null, u.id(), team, OrgUnitKind.TEAM, order++));
                    units.put(unit.name() + "/" + team, t.id());
                }
            }
            List<Employee> employees = new ArrayList<>();
            for (RosterRow r : roster.rows()) {
                if (r.invalid() != null) {
                    continue;
                }
                long unitId = units.get(r.team().isEmpty() ? r.department() : r.department() + "/" + r.team());
                Long postId = posts.computeIfAbsent(unitId + "/" + r.post(), k -> {
                    PostPlan plan = company.post(r.post());
                    Post p = store.posts().insert(new Post(null, unitId, r.post(), plan.category(), plan.risk()));
                    store.posts().replaceDuties(p.id(), List.of("遵守安全生产规章制度和操作规程，服从管理。",
                            "正确佩戴和使用劳动防护用品。", "发现事故隐患或者其他不安全因素，立即报告。"));
                    return p.id();
                });
                employees.add(new Employee(null, r.name(), r.gender(), IdNumber.of(r.idNumber()), r.employeeNumber(),
                        r.phone(), unitId, postId, r.hireDate(), EmployeeStatus.ACTIVE, r.certificateNumber(),
                        r.certificateExpiry()));
            }
            store.employees().saveAll(employees);
            store.audit().record("import", "employee", null, "benchmark data: " + employees.size());
            return employees.size();
        });
    }
}
