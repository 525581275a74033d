package org.nineones.service.acceptance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.excel.workbook.RegisterData;
import org.nineones.model.Employee;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.store.Workspace;

/** Test helper: a real workspace file holding a {@link RegisterData} (ids are the database's own). */
public final class PackageWorkspaces {

    private PackageWorkspaces() {
    }

    public static Workspace create(Path file, RegisterData data) throws Exception {
        Workspace workspace = Workspace.create(file, data.enterprise());
        workspace.write(store -> {
            Map<Long, Long> units = new HashMap<>();
            List<OrgUnit> pending = new ArrayList<>(data.orgUnits());
            while (!pending.isEmpty()) {
                for (OrgUnit u : List.copyOf(pending)) {
                    if (u.parentId() == null || units.containsKey(u.parentId())) {
                        Long parent = u.parentId() == null ? null : units.get(u.parentId());
                        units.put(u.id(), store.orgUnits().insert(new OrgUnit(null, parent, u.name(), u.kind(), u.sortOrder())).id());
                        pending.remove(u);
                    }
                }
            }
            Map<Long, Long> posts = new HashMap<>();
            for (Post p : data.posts()) {
                long id = store.posts().insert(new Post(null, units.get(p.orgUnitId()), p.name(), p.category(), p.riskLevel())).id();
                posts.put(p.id(), id);
                store.posts().replaceDuties(id, data.dutiesOf(p.id()));
            }
            List<Employee> employees = new ArrayList<>();
            for (Employee e : data.employees()) {
                employees.add(new Employee(null, e.name(), e.gender(), e.idNumber(), e.employeeNumber(), e.phone(),
                        e.orgUnitId() == null ? null : units.get(e.orgUnitId()), e.postId() == null ? null : posts.get(e.postId()),
                        e.hireDate(), e.status(), e.certificateNumber(), e.certificateExpiry()));
            }
            store.employees().saveAll(employees);
            return null;
        });
        return workspace;
    }
}
