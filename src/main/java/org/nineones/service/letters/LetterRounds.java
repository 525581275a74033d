package org.nineones.service.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.store.LetterRepository;
import org.nineones.store.LetterRepository.Signature;
import org.nineones.store.Store;

/**
 * Builds a year's signing round: everyone who signs, their level and counterpart ({@link SigningOrder}), the
 * signature in force and its status against the post's duty list (已签/未签/需重签), in round order.
 */
final class LetterRounds {

    private final Messages messages;

    LetterRounds(Messages messages) {
        this.messages = messages;
    }

    /** The round of {@code year} judged on {@code day}; the duty-list versions with their bodies when asked. */
    LetterRound round(Store store, int year, LocalDate day, boolean bodies) {
        List<OrgUnit> units = store.orgUnits().all();
        List<Post> posts = store.posts().all();
        Map<Long, Post> postById = posts.stream().collect(Collectors.toMap(Post::id, p -> p));
        List<Employee> people = store.employees().all().stream()
                .filter(e -> e.status() != EmployeeStatus.LEFT && e.postId() != null && postById.containsKey(e.postId()))
                .toList();
        SigningOrder order = new SigningOrder(units, posts, people, superiorName(store));
        Map<Long, ContentVersion> current = bodies ? store.content().counting(ContentKind.DUTY_LIST, day)
                : store.content().countingWithoutBodies(ContentKind.DUTY_LIST, day);
        Map<Long, Integer> numbers = versionNumbers(store);
        LetterRepository letters = store.letters();
        List<Signature> ofYear = letters.ofYear(year);
        Map<Long, Long> signingOf = signingOrder(ofYear);
        Map<Long, Signature> inForce = new HashMap<>();
        for (Signature s : letters.inForce(year)) {
            inForce.merge(s.employeeId(), s, (a, b) -> later(a, b, signingOf));
        }
        Map<Long, Integer> corrections = new HashMap<>();
        for (Signature s : ofYear) {
            if (s.isCorrection()) {
                corrections.merge(s.employeeId(), 1, Integer::sum);
            }
        }
        Map<Long, String> paths = OrgPaths.printed(units);
        Map<Long, Integer> treeOrder = treeOrder(units);
        List<LetterRow> rows = new ArrayList<>();
        for (Employee e : people) {
            Post post = postById.get(e.postId());
            SigningOrder.Place place = order.place(e);
            Signature signature = inForce.get(e.id());
            ContentVersion version = current.get(post.id());
            int signedNumber = signature == null || signature.dutyListVersionId() == null ? 0
                    : numbers.getOrDefault(signature.dutyListVersionId(), 0);
            LetterStatus status = status(post, version, signature, signedNumber);
            Long unit = e.orgUnitId() != null ? e.orgUnitId() : post.orgUnitId();
            rows.add(new LetterRow(e, post, paths.getOrDefault(unit, ""), place.level(), place.counterpart(), status,
                    version, signature, signedNumber, corrections.getOrDefault(e.id(), 0)));
        }
        rows.sort(Comparator.comparingInt(LetterRow::level)
                .thenComparing(r -> treeOrder.getOrDefault(unitOf(r), Integer.MAX_VALUE))
                .thenComparing(r -> r.post().name())
                .thenComparing(r -> r.employee().name())
                .thenComparing(LetterRow::employeeId));
        return new LetterRound(year, rows);
    }

    private static Long unitOf(LetterRow r) {
        return r.employee().orgUnitId() != null ? r.employee().orgUnitId() : r.post().orgUnitId();
    }

    static LetterStatus status(Post post, ContentVersion current, Signature signature, int signedNumber) {
        if (signature == null) {
            return LetterStatus.UNSIGNED;
        }
        if (signature.postId() != post.id()) {
            return LetterStatus.RESIGN;
        }
        if (current != null && !current.id().equals(signature.dutyListVersionId())
                && (signature.dutyListVersionId() == null || current.number() > signedNumber)) {
            return LetterStatus.RESIGN;
        }
        return LetterStatus.SIGNED;
    }

    /**
     * Of two signatures in force for one person, the one signed later in record order: the one whose original
     * signing row (a correction takes the place of the row it corrects) was recorded later. Not by signing date: a
     * re-signature after a new duty-list version or a move of post may well carry an earlier date than the one it
     * supersedes, and must still count.
     */
    static Signature later(Signature a, Signature b, Map<Long, Long> signingOf) {
        long ra = signingOf.getOrDefault(a.id(), a.id());
        long rb = signingOf.getOrDefault(b.id(), b.id());
        if (ra != rb) {
            return ra > rb ? a : b;
        }
        return a.id() > b.id() ? a : b;
    }

    /** For every row, the id of the original signing row its chain of corrections starts from. */
    static Map<Long, Long> signingOrder(List<Signature> rows) {
        Map<Long, Long> corrects = new HashMap<>();
        for (Signature s : rows) {
            if (s.correctsId() != null) {
                corrects.put(s.id(), s.correctsId());
            }
        }
        Map<Long, Long> root = new HashMap<>();
        for (Signature s : rows) {
            long id = s.id();
            int guard = rows.size();
            while (corrects.containsKey(id) && guard-- > 0) {
                id = corrects.get(id);
            }
            root.put(s.id(), id);
        }
        return root;
    }

    static Map<Long, Integer> versionNumbers(Store store) {
        Map<Long, Integer> numbers = new HashMap<>();
        store.content().allWithoutBodies().stream().filter(v -> v.kind() == ContentKind.DUTY_LIST)
                .forEach(v -> numbers.put(v.id(), v.number()));
        return numbers;
    }

    /** Units in tree order (parents before children, siblings by sort order and name). */
    static Map<Long, Integer> treeOrder(List<OrgUnit> units) {
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        Set<Long> ids = units.stream().map(OrgUnit::id).collect(Collectors.toSet());
        for (OrgUnit u : units) {
            if (u.parentId() == null || !ids.contains(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Comparator<OrgUnit> siblings = Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::name)
                .thenComparing(OrgUnit::id);
        Map<Long, Integer> order = new LinkedHashMap<>();
        ArrayList<OrgUnit> stack = new ArrayList<>(roots.stream().sorted(siblings.reversed()).toList());
        while (!stack.isEmpty()) {
            OrgUnit u = stack.remove(stack.size() - 1);
            if (order.containsKey(u.id())) {
                continue;
            }
            order.put(u.id(), order.size());
            List<OrgUnit> kids = new ArrayList<>(children.getOrDefault(u.id(), List.of()));
            kids.sort(siblings.reversed());
            stack.addAll(kids);
        }
        return order;
    }

    /** How the principal's counterpart is named: the enterprise's superior. */
    String superiorName(Store store) {
        return messages.get("letters.counterpart.superior", store.enterprise().get().name());
    }
}
