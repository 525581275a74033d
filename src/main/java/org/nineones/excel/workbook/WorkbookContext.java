package org.nineones.excel.workbook;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.Post;

/** What the sheet writers share while one workbook is written. */
final class WorkbookContext {

    final Workbook workbook;
    final Styles styles;
    final Messages messages;
    final RegisterData data;
    final Collator collator;
    final OrgTree tree;
    final Map<Long, Post> postsById = new HashMap<>();
    private final Map<Long, List<Post>> postsByUnit = new HashMap<>();
    /** The people on the register: everyone who has not left, in tree order, then by name. */
    final List<Employee> registered;

    private record Sortable(Employee employee, int unitOrder, CollationKey name, String number) {
    }

    WorkbookContext(Workbook workbook, Messages messages, RegisterData data) {
        this.workbook = workbook;
        this.styles = new Styles(workbook);
        this.messages = messages;
        this.data = data;
        this.collator = Collator.getInstance(Locale.CHINA);
        this.tree = new OrgTree(data.orgUnits(), collator);
        data.posts().forEach(p -> postsById.put(p.id(), p));
        Comparator<Post> byName = Comparator.comparing((Post p) -> nz(p.name()), collator).thenComparing(Post::id);
        data.posts().stream().sorted(byName)
                .forEach(p -> postsByUnit.computeIfAbsent(p.orgUnitId(), k -> new ArrayList<>()).add(p));
        // collation keys once per person: sorting 10,000 names by Collator.compare costs several times more
        this.registered = data.employees().stream()
                .filter(e -> e.status() != EmployeeStatus.LEFT)
                .map(e -> new Sortable(e, tree.order(orgUnitOf(e)), collator.getCollationKey(nz(e.name())),
                        nz(e.employeeNumber())))
                .sorted(Comparator.comparingInt(Sortable::unitOrder).thenComparing(Sortable::name)
                        .thenComparing(Sortable::number))
                .map(Sortable::employee)
                .toList();
    }

    /** The unit a person belongs to: their own, or else their post's. */
    Long orgUnitOf(Employee e) {
        if (e.orgUnitId() != null) {
            return e.orgUnitId();
        }
        Post post = e.postId() == null ? null : postsById.get(e.postId());
        return post == null ? null : post.orgUnitId();
    }

    String enterpriseName() {
        return data.enterprise().name();
    }

    /** Posts of one unit, by Chinese collation of their names. */
    List<Post> postsIn(long unitId) {
        return postsByUnit.getOrDefault(unitId, List.of());
    }

    /** Posts whose unit is not in the org tree (should not happen; listed rather than lost). */
    List<Post> postsOutsideTree() {
        return data.posts().stream().filter(p -> tree.order(p.orgUnitId()) == Integer.MAX_VALUE).toList();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
