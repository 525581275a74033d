package org.nineones.service.inspection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private final DrawFrame<FramePerson> frame;

    private SamplingFrame(DrawFrame<FramePerson> frame) {
        this.frame = frame;
    }

    /** The frame of these people, put in canonical order ({@link DrawFrame#of}). */
    public static SamplingFrame of(Collection<FramePerson> people) {
        return new SamplingFrame(DrawFrame.of(people));
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
        return frame.members();
    }

    /** SHA-256 (lower-case hex) of the canonical lines. */
    public String sha256() {
        return frame.sha256();
    }

    public int size() {
        return frame.size();
    }

    /** The strata in their order ({@link String#compareTo} of the printed path), each with its people in frame order. */
    public Map<String, List<FramePerson>> strata() {
        return frame.strata();
    }

    /** The frame the draw reads. */
    DrawFrame<FramePerson> members() {
        return frame;
    }
}
