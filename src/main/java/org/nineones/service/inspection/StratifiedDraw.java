package org.nineones.service.inspection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.nineones.model.Sha256;

/**
 * The draw {@value #ALGORITHM} (decision 0023) over any frame, pure and replayable: a member's draw number is the first
 * eight bytes (big-endian, unsigned) of SHA-256 over {@code "nineones-draw/1\n" + seed + "\n" + frameSha256 + "\n" +
 * line}; each stratum gives the seats its largest-remainder share ({@link Allocation}) gives it to its lowest numbers
 * (a tie: the frame's order); then, for each addition in turn, the lowest-numbered member of that kind is added when
 * the frame has one and none was drawn. The workers' draw ({@link SpotCheckDraw}) adds a special-operation worker and a
 * team leader; the city's draw of enterprises adds nobody.
 *
 * @param <T> what the frame holds
 */
public final class StratifiedDraw<T extends FrameMember> {

    /** The algorithm's name and version; a change to anything above is a new version. */
    public static final String ALGORITHM = "nineones-draw/1";

    /** A member with its draw number (unsigned). */
    public record Ranked<T>(T member, long drawNumber) {
    }

    /** A member drawn: its draw number, and the index of the addition that added it ({@code -1}: drawn by share). */
    public record Pick<T>(T member, long drawNumber, int addition) {
    }

    /** One stratum of the plan: its members, the seats its share gave and the members drawn, additions included. */
    public record Plan(String stratum, int members, int allotted, int drawn) {
    }

    /** A draw: the plan in stratum order, the members drawn in stratum order then draw number. */
    public record Result<T>(List<Plan> plan, List<Pick<T>> picks) {

        public Result {
            plan = List.copyOf(plan);
            picks = List.copyOf(picks);
        }
    }

    private final DrawFrame<T> frame;
    private final long seed;
    /** Everyone in draw order: by number, a tie by the frame's order. */
    private final List<Ranked<T>> ranked;

    public StratifiedDraw(DrawFrame<T> frame, long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException("a seed is not negative: " + seed);
        }
        this.frame = frame;
        this.seed = seed;
        MessageDigest digest = Sha256.newDigest();
        byte[] prefix = (ALGORITHM + "\n" + seed + "\n" + frame.sha256() + "\n").getBytes(StandardCharsets.UTF_8);
        List<Ranked<T>> all = new ArrayList<>(frame.size());
        for (T m : frame.members()) {
            digest.update(prefix);
            long number = ByteBuffer.wrap(digest.digest(m.line().getBytes(StandardCharsets.UTF_8))).getLong();
            all.add(new Ranked<>(m, number));
        }
        // a stable sort keeps the frame's (the lines') order between equal numbers
        all.sort((a, b) -> Long.compareUnsigned(a.drawNumber(), b.drawNumber()));
        this.ranked = List.copyOf(all);
    }

    /** A member's draw number under a seed and a frame's hash (unsigned). */
    public static long drawNumber(long seed, String frameSha256, FrameMember member) {
        byte[] bytes = (ALGORITHM + "\n" + seed + "\n" + frameSha256 + "\n" + member.line())
                .getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.wrap(Sha256.newDigest().digest(bytes)).getLong();
    }

    public long seed() {
        return seed;
    }

    public DrawFrame<T> frame() {
        return frame;
    }

    /** Everyone in draw order. */
    public List<Ranked<T>> ranked() {
        return ranked;
    }

    /**
     * Draws {@code size} members (1 to the frame's size), then the additions: for each kind in turn, the member of
     * that kind with the lowest number when the frame has one and none of that kind is drawn yet.
     */
    public Result<T> draw(int size, List<Predicate<T>> additions) {
        if (size < 1 || size > frame.size()) {
            throw new IllegalArgumentException("cannot draw " + size + " of " + frame.size());
        }
        Map<String, Integer> strataSizes = new LinkedHashMap<>();
        frame.strata().forEach((name, members) -> strataSizes.put(name, members.size()));
        Map<String, Integer> seats = Allocation.of(strataSizes, size);
        Map<String, Integer> taken = new LinkedHashMap<>();
        Set<T> drawn = new HashSet<>();
        List<Pick<T>> chosen = new ArrayList<>();
        for (Ranked<T> r : ranked) {
            String stratum = r.member().stratum();
            if (taken.getOrDefault(stratum, 0) < seats.get(stratum)) {
                taken.merge(stratum, 1, Integer::sum);
                drawn.add(r.member());
                chosen.add(new Pick<>(r.member(), r.drawNumber(), -1));
            }
        }
        for (int a = 0; a < additions.size(); a++) {
            Predicate<T> kind = additions.get(a);
            if (chosen.stream().anyMatch(p -> kind.test(p.member()))) {
                continue;
            }
            int index = a;
            ranked.stream().filter(r -> kind.test(r.member()) && !drawn.contains(r.member())).findFirst()
                    .ifPresent(r -> {
                        drawn.add(r.member());
                        chosen.add(new Pick<>(r.member(), r.drawNumber(), index));
                    });
        }
        List<String> order = new ArrayList<>(strataSizes.keySet());
        chosen.sort(Comparator.<Pick<T>>comparingInt(p -> order.indexOf(p.member().stratum()))
                .thenComparing((a, b) -> Long.compareUnsigned(a.drawNumber(), b.drawNumber())));
        List<Plan> plan = new ArrayList<>();
        for (String name : order) {
            int count = (int) chosen.stream().filter(p -> p.member().stratum().equals(name)).count();
            plan.add(new Plan(name, strataSizes.get(name), seats.get(name), count));
        }
        return new Result<>(plan, chosen);
    }

    /**
     * Who replaces a member who cannot be taken: the next by draw number in the same stratum who is not
     * {@code unavailable} (those drawn, replaced or absent already), else the lowest such number overall; empty when
     * nobody is left.
     */
    public Optional<Ranked<T>> replacement(T absent, Collection<T> unavailable) {
        Set<T> out = new HashSet<>(unavailable);
        out.add(absent);
        Optional<Ranked<T>> same = ranked.stream()
                .filter(r -> r.member().stratum().equals(absent.stratum()) && !out.contains(r.member())).findFirst();
        return same.isPresent() ? same : ranked.stream().filter(r -> !out.contains(r.member())).findFirst();
    }
}
