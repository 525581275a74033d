package org.nineones.ui.people;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.service.people.People;

/** Builds the table rows (names of units and posts resolved, texts looked up) off the FX thread. */
final class EmployeeRows {

    private EmployeeRows() {
    }

    static List<EmployeeRow> of(People people, Messages messages) {
        Map<Long, String> units = people.units().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
        Map<Long, String> posts = people.posts().stream().collect(Collectors.toMap(Post::id, Post::name));
        Function<Long, String> unitName = id -> id == null ? "" : units.getOrDefault(id, "");
        Function<Long, String> postName = id -> id == null ? "" : posts.getOrDefault(id, "");
        return people.employees().stream()
                .map(e -> new EmployeeRow(e, messages.of(e.gender()), unitName.apply(e.orgUnitId()),
                        postName.apply(e.postId()), messages.of(e.status())))
                .toList();
    }
}
