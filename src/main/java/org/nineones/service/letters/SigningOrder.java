package org.nineones.service.letters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.model.Employee;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;

/**
 * Who signs with whom, level by level down the org tree. Levels (the order of the signing round):
 * <ol>
 *     <li>the principal (主要负责人), who signs with the enterprise's superior;</li>
 *     <li>safety deputies (分管安全负责人), with the principal;</li>
 *     <li>department heads and safety managers, with the safety deputy (the principal when there is none);</li>
 *     <li>workshop heads and team leaders: a workshop head with the head of the enclosing department, a team leader
 *     with the head of the enclosing workshop or department;</li>
 *     <li>operators and special operation workers, with the team leader of their team, else the nearest head up the
 *     tree.</li>
 * </ol>
 * Whenever nobody fits on the way up, the safety deputy, then the principal, then the superior by name is the
 * counterpart. A "head" of an org unit is a person in it whose post is a department head, workshop head or team
 * leader (the one matching the unit's kind first, then the most senior, then the lowest id). Pure: no workspace.
 */
public final class SigningOrder {

    /** The heads' categories, most senior first. */
    private static final List<PostCategory> HEADS = List.of(PostCategory.DEPARTMENT_HEAD, PostCategory.WORKSHOP_HEAD,
            PostCategory.TEAM_LEADER);

    /** A person's place in the round. */
    public record Place(int level, Counterpart counterpart) {
    }

    private final Map<Long, OrgUnit> units = new HashMap<>();
    private final Map<Long, Post> posts = new HashMap<>();
    /** The heads (department heads, workshop heads, team leaders) of each unit. */
    private final Map<Long, List<Employee>> byUnit = new HashMap<>();
    private final Map<PostCategory, List<Employee>> byCategory = new java.util.EnumMap<>(PostCategory.class);
    private final List<Employee> people;
    private final String superior;

    /**
     * @param people   the people who sign (active, with a post); also the possible counterparts
     * @param superior how the principal's counterpart is named (e.g. 某某公司（上级）)
     */
    public SigningOrder(List<OrgUnit> units, List<Post> posts, List<Employee> people, String superior) {
        units.forEach(u -> this.units.put(u.id(), u));
        posts.forEach(p -> this.posts.put(p.id(), p));
        this.people = people.stream().filter(e -> e.postId() != null && this.posts.containsKey(e.postId()))
                .sorted(Comparator.comparing(Employee::id)).toList();
        for (Employee e : this.people) {
            Long unit = unitOf(e);
            if (unit != null && HEADS.contains(category(e))) {
                byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(e);
            }
            byCategory.computeIfAbsent(category(e), k -> new ArrayList<>()).add(e);
        }
        this.superior = superior;
    }

    /** The level of a post's category: 1 principal … 5 employees. */
    public static int level(PostCategory category) {
        return switch (category) {
            case PRINCIPAL -> 1;
            case SAFETY_DEPUTY -> 2;
            case SAFETY_MANAGER, DEPARTMENT_HEAD -> 3;
            case WORKSHOP_HEAD, TEAM_LEADER -> 4;
            case OPERATOR, SPECIAL_OPERATION -> 5;
        };
    }

    /** The person's level and counterpart; the person must be one of the people given. */
    public Place place(Employee person) {
        PostCategory category = category(person);
        Long unit = unitOf(person);
        Optional<Employee> found = switch (category) {
            case PRINCIPAL -> Optional.empty();
            case SAFETY_DEPUTY -> first(PostCategory.PRINCIPAL, person);
            case SAFETY_MANAGER, DEPARTMENT_HEAD -> deputyOrPrincipal(person);
            case WORKSHOP_HEAD -> nearestHead(parent(unit), EnumSet.of(PostCategory.DEPARTMENT_HEAD), person)
                    .or(() -> deputyOrPrincipal(person));
            case TEAM_LEADER -> nearestHead(parent(unit),
                    EnumSet.of(PostCategory.WORKSHOP_HEAD, PostCategory.DEPARTMENT_HEAD), person)
                    .or(() -> deputyOrPrincipal(person));
            case OPERATOR, SPECIAL_OPERATION -> nearestHead(unit, EnumSet.copyOf(HEADS), person)
                    .or(() -> deputyOrPrincipal(person));
        };
        Counterpart counterpart = found.map(e -> new Counterpart(e.id(), e.name(), posts.get(e.postId()).name()))
                .orElseGet(() -> new Counterpart(null, superior, ""));
        return new Place(level(category), counterpart);
    }

    private PostCategory category(Employee e) {
        return posts.get(e.postId()).category();
    }

    private Long unitOf(Employee e) {
        if (e.orgUnitId() != null) {
            return e.orgUnitId();
        }
        Post post = posts.get(e.postId());
        return post == null ? null : post.orgUnitId();
    }

    private Long parent(Long unit) {
        OrgUnit u = unit == null ? null : units.get(unit);
        return u == null ? null : u.parentId();
    }

    private Optional<Employee> deputyOrPrincipal(Employee self) {
        return first(PostCategory.SAFETY_DEPUTY, self).or(() -> first(PostCategory.PRINCIPAL, self));
    }

    private Optional<Employee> first(PostCategory category, Employee self) {
        // the lowest id of the category other than the person: one of the first two
        return byCategory.getOrDefault(category, List.of()).stream().limit(2).filter(e -> !e.id().equals(self.id()))
                .findFirst();
    }

    /** The head of the first unit from {@code start} up (the company excluded) that has one of the categories. */
    private Optional<Employee> nearestHead(Long start, Set<PostCategory> categories, Employee self) {
        Set<Long> seen = new java.util.HashSet<>();
        Long unit = start;
        while (unit != null && seen.add(unit)) {
            OrgUnit u = units.get(unit);
            if (u == null || u.kind() == OrgUnitKind.COMPANY) {
                return Optional.empty();
            }
            Optional<Employee> head = headOf(u, categories, self);
            if (head.isPresent()) {
                return head;
            }
            unit = u.parentId();
        }
        return Optional.empty();
    }

    private Optional<Employee> headOf(OrgUnit unit, Set<PostCategory> categories, Employee self) {
        PostCategory natural = switch (unit.kind()) {
            case DEPARTMENT -> PostCategory.DEPARTMENT_HEAD;
            case WORKSHOP -> PostCategory.WORKSHOP_HEAD;
            case TEAM -> PostCategory.TEAM_LEADER;
            case COMPANY -> PostCategory.PRINCIPAL;
        };
        List<Employee> candidates = byUnit.getOrDefault(unit.id(), List.of()).stream()
                .filter(e -> !e.id().equals(self.id()) && categories.contains(category(e))).toList();
        return candidates.stream().min(Comparator
                .comparing((Employee e) -> category(e) == natural ? 0 : 1)
                .thenComparing(e -> HEADS.indexOf(category(e)))
                .thenComparing(Employee::id));
    }
}
