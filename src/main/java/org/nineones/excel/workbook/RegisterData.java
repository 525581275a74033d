package org.nineones.excel.workbook;

import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.Enterprise;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;

/**
 * Everything the register workbook shows, read in one go: the enterprise, its org tree, posts, people and each
 * post's duty texts in order (keyed by post id, as {@code PostRepository.allDuties()} gives them).
 */
public record RegisterData(Enterprise enterprise, List<OrgUnit> orgUnits, List<Post> posts, List<Employee> employees,
                           Map<Long, List<String>> duties) {

    public RegisterData {
        orgUnits = List.copyOf(orgUnits);
        posts = List.copyOf(posts);
        employees = List.copyOf(employees);
        duties = Map.copyOf(duties);
    }

    /** The duty texts of a post, in order; empty when none were written. */
    public List<String> dutiesOf(long postId) {
        return duties.getOrDefault(postId, List.of());
    }
}
