package org.nineones.service.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.Post;

/** One register row per person, in org chart order of their units then by name, numbered from 1. */
final class RegisterRows {

    private final Labels labels;

    RegisterRows(Labels labels) {
        this.labels = labels;
    }

    List<Map<String, Object>> build(PrintData data) {
        Map<Long, Post> posts = data.postsById();
        Map<Long, String> versions = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>(data.employees().size());
        String noPost = labels.get("print.noPost");
        int no = 0;
        for (Employee e : PrintData.sortedEmployees(data.employees(), data.unitOrder())) {
            Post post = e.postId() == null ? null : posts.get(e.postId());
            Map<String, Object> row = new HashMap<>(8);
            row.put("no", String.valueOf(++no));
            row.put("orgUnit", data.unitPath(e.orgUnitId()));
            row.put("name", e.name());
            row.put("employeeNumber", e.employeeNumber() == null ? "" : e.employeeNumber());
            row.put("post", post == null ? noPost : post.name());
            row.put("version", post == null ? "—"
                    : versions.computeIfAbsent(post.id(), id -> labels.shortVersion(data.versions().get(id))));
            rows.add(row);
        }
        return rows;
    }
}
