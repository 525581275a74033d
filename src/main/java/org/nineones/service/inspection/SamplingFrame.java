package org.nineones.service.inspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.OrgPaths;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The people the spot check draws from (decision 0023): every employee of the package not marked LEFT, each as a
 * {@link FramePerson}, in the order of their canonical lines ({@link String#compareTo}). Its SHA-256 is taken over
 * those lines, each followed by a line feed, in UTF-8: the same records give the same hash on every machine.
 */
public final class SamplingFrame {

    private final List<FramePerson> people;
    private final String sha256;

    private SamplingFrame(List<FramePerson> people, String sha256) {
        this.people = people;
        this.sha256 = sha256;
    }

    /** The frame of these people, put in canonical order. */
    public static SamplingFrame of(Collection<FramePerson> people) {
        List<String> lines = new ArrayList<>(people.size());
        Map<String, List<FramePerson>> byLine = new HashMap<>();
        for (FramePerson p : people) {
            String line = p.line();
            lines.add(line);
            byLine.computeIfAbsent(line, l -> new ArrayList<>(1)).add(p);
        }
        lines.sort(Comparator.naturalOrder());
        List<FramePerson> ordered = new ArrayList<>(lines.size());
        MessageDigest digest = newDigest();
        String previous = null;
        for (String line : lines) {
            digest.update((line + '\n').getBytes(StandardCharsets.UTF_8));
            if (!line.equals(previous)) {
                ordered.addAll(byLine.get(line));
            }
            previous = line;
        }
        return new SamplingFrame(List.copyOf(ordered), org.nineones.model.Sha256.hexOf(digest.digest()));
    }

    /** The frame of a workspace's records (a package's records form, loaded): everyone not marked LEFT. */
    public static SamplingFrame of(Workspace workspace) {
        return workspace.read(store -> of(entries(store).stream().map(Entry::person).toList()));
    }

    /** The post of a person of the frame in these records, when they have one. */
    public static Optional<Post> postOf(Store store, FramePerson person) {
        return entries(store).stream().filter(e -> e.person().equals(person) && e.post() != null).map(Entry::post)
                .findFirst();
    }

    /** A person of the frame and their post (null when none). */
    private record Entry(FramePerson person, Post post) {
    }

    /** Everyone not marked LEFT, as the frame sees them, in the records' order. */
    private static List<Entry> entries(Store store) {
        Map<Long, String> paths = OrgPaths.printed(store.orgUnits().all());
        Map<Long, Post> posts = new HashMap<>();
        store.posts().all().forEach(p -> posts.put(p.id(), p));
        List<Entry> people = new ArrayList<>();
        for (Employee e : store.employees().all()) {
            if (e.status() == EmployeeStatus.LEFT) {
                continue;
            }
            Post post = e.postId() == null ? null : posts.get(e.postId());
            Long unit = e.orgUnitId() != null ? e.orgUnitId() : post == null ? null : post.orgUnitId();
            String stratum = unit == null ? "" : paths.getOrDefault(unit, "");
            PostCategory category = post == null ? null : post.category();
            people.add(new Entry(new FramePerson(stratum, e.employeeNumber(), e.name(), post == null ? "" : post.name(),
                    category == PostCategory.SPECIAL_OPERATION, category == PostCategory.TEAM_LEADER), post));
        }
        return people;
    }

    /** The people in canonical order. */
    public List<FramePerson> people() {
        return people;
    }

    /** SHA-256 (lower-case hex) of the canonical lines. */
    public String sha256() {
        return sha256;
    }

    public int size() {
        return people.size();
    }

    /** The strata in their order ({@link String#compareTo} of the printed path), each with its people in frame order. */
    public Map<String, List<FramePerson>> strata() {
        Map<String, List<FramePerson>> strata = new TreeMap<>();
        for (FramePerson p : people) {
            strata.computeIfAbsent(p.stratum(), s -> new ArrayList<>()).add(p);
        }
        return new LinkedHashMap<>(strata);
    }

    static MessageDigest newDigest() {
        return org.nineones.model.Sha256.newDigest();
    }
}
