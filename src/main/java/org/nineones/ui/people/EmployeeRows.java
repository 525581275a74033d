package org.nineones.ui.people;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.service.people.People;

/** Builds the table rows (names of units and posts resolved, texts looked up) off the FX thread. */
public final class EmployeeRows {

    private EmployeeRows() {
    }

    /** "生产一车间/甲班": a unit below a department or workshop is shown with its parent, so 甲班 is not ambiguous. */
    static String label(OrgUnit unit, Map<Long, OrgUnit> byId) {
        OrgUnit parent = unit.parentId() == null ? null : byId.get(unit.parentId());
        return parent == null || parent.kind() == OrgUnitKind.COMPANY ? unit.name() : parent.name() + "/" + unit.name();
    }

    public static List<EmployeeRow> of(People people, Messages messages) {
        Map<Long, OrgUnit> byId = people.units().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        Map<Long, String> units = people.units().stream().collect(Collectors.toMap(OrgUnit::id, u -> label(u, byId)));
        Map<Long, String> posts = people.posts().stream().collect(Collectors.toMap(Post::id, Post::name));
        Function<Long, String> unitName = id -> id == null ? "" : units.getOrDefault(id, "");
        Function<Long, String> postName = id -> id == null ? "" : posts.getOrDefault(id, "");
        return people.employees().stream()
                .map(e -> new EmployeeRow(e, messages.of(e.gender()), unitName.apply(e.orgUnitId()),
                        postName.apply(e.postId()), messages.of(e.status())))
                .toList();
    }
}
