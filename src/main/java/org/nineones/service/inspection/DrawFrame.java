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
import java.util.TreeMap;

import org.nineones.model.Sha256;

/**
 * A draw's frame (decision 0023), whatever it holds: the members in the order of their canonical lines
 * ({@link String#compareTo}); its SHA-256 is taken over those lines, each followed by a line feed, in UTF-8. Two
 * members with the same line are both kept and both hashed.
 *
 * @param <T> workers ({@link FramePerson}) or enterprises
 */
public final class DrawFrame<T extends FrameMember> {

    private final List<T> members;
    private final String sha256;

    private DrawFrame(List<T> members, String sha256) {
        this.members = members;
        this.sha256 = sha256;
    }

    /** The frame of these members, put in canonical order. */
    public static <T extends FrameMember> DrawFrame<T> of(Collection<T> members) {
        List<String> lines = new ArrayList<>(members.size());
        Map<String, List<T>> byLine = new HashMap<>();
        for (T m : members) {
            String line = m.line();
            lines.add(line);
            byLine.computeIfAbsent(line, l -> new ArrayList<>(1)).add(m);
        }
        lines.sort(Comparator.naturalOrder());
        List<T> ordered = new ArrayList<>(lines.size());
        MessageDigest digest = Sha256.newDigest();
        String previous = null;
        for (String line : lines) {
            digest.update((line + '\n').getBytes(StandardCharsets.UTF_8));
            if (!line.equals(previous)) {
                ordered.addAll(byLine.get(line));
            }
            previous = line;
        }
        return new DrawFrame<>(List.copyOf(ordered), Sha256.hexOf(digest.digest()));
    }

    /** The members in canonical order. */
    public List<T> members() {
        return members;
    }

    /** SHA-256 (lower-case hex) of the canonical lines. */
    public String sha256() {
        return sha256;
    }

    public int size() {
        return members.size();
    }

    /** The strata in their order ({@link String#compareTo}), each with its members in frame order. */
    public Map<String, List<T>> strata() {
        Map<String, List<T>> strata = new TreeMap<>();
        for (T m : members) {
            strata.computeIfAbsent(m.stratum(), s -> new ArrayList<>()).add(m);
        }
        return new LinkedHashMap<>(strata);
    }
}
