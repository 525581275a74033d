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

/**
 * The spot check's draw, {@value #ALGORITHM} (decision 0023), pure and replayable: a person's draw number is the first
 * eight bytes (big-endian, unsigned) of SHA-256 over {@code "nineones-draw/1\n" + seed + "\n" + frameSha256 + "\n" +
 * line}; each stratum gives the seats its largest-remainder share ({@link Allocation}) gives it to its lowest
 * numbers (a tie: the line's order); a special-operation worker, then a team leader, is added when the frame has one
 * and none was drawn; an absent worker is replaced by the next number of the stratum, else the lowest left overall.
 */
public final class SpotCheckDraw {

    /** The algorithm's name and version; a change to anything above is a new version. */
    public static final String ALGORITHM = "nineones-draw/1";

    private final SamplingFrame frame;
    private final long seed;
    /** Everyone in draw order: by number, a tie by the frame's order. */
    private final List<DrawResult.Drawn> ranked;

    public SpotCheckDraw(SamplingFrame frame, long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException("a seed is not negative: " + seed);
        }
        this.frame = frame;
        this.seed = seed;
        MessageDigest digest = SamplingFrame.newDigest();
        byte[] prefix = (ALGORITHM + "\n" + seed + "\n" + frame.sha256() + "\n").getBytes(StandardCharsets.UTF_8);
        List<DrawResult.Drawn> all = new ArrayList<>(frame.size());
        for (FramePerson p : frame.people()) {
            digest.update(prefix);
            long number = ByteBuffer.wrap(digest.digest(p.line().getBytes(StandardCharsets.UTF_8))).getLong();
            all.add(new DrawResult.Drawn(p, number, DrawResult.Addition.NONE));
        }
        // a stable sort keeps the frame's (the lines') order between equal numbers
        all.sort((a, b) -> Long.compareUnsigned(a.drawNumber(), b.drawNumber()));
        this.ranked = List.copyOf(all);
    }

    /** A person's draw number under a seed and a frame's hash (unsigned). */
    public static long drawNumber(long seed, String frameSha256, FramePerson person) {
        byte[] bytes = (ALGORITHM + "\n" + seed + "\n" + frameSha256 + "\n" + person.line())
                .getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.wrap(SamplingFrame.newDigest().digest(bytes)).getLong();
    }

    public long seed() {
        return seed;
    }

    public SamplingFrame frame() {
        return frame;
    }

    /**
     * Draws {@code size} people (1 to the frame's size), plus the additions.
     *
     * @param rule the rule's name, for the record; {@code null} when the inspector gave the size
     */
    public DrawResult draw(int size, String rule) {
        if (size < 1 || size > frame.size()) {
            throw new IllegalArgumentException("cannot draw " + size + " of " + frame.size());
        }
        Map<String, Integer> strataSizes = new LinkedHashMap<>();
        frame.strata().forEach((name, people) -> strataSizes.put(name, people.size()));
        Map<String, Integer> seats = Allocation.of(strataSizes, size);
        Map<String, Integer> taken = new LinkedHashMap<>();
        Set<FramePerson> drawn = new HashSet<>();
        List<DrawResult.Drawn> chosen = new ArrayList<>();
        for (DrawResult.Drawn d : ranked) {
            String stratum = d.person().stratum();
            if (taken.getOrDefault(stratum, 0) < seats.get(stratum)) {
                taken.merge(stratum, 1, Integer::sum);
                drawn.add(d.person());
                chosen.add(d);
            }
        }
        addIfNone(chosen, drawn, FramePerson::specialOperation, DrawResult.Addition.SPECIAL_OPERATION);
        addIfNone(chosen, drawn, FramePerson::teamLeader, DrawResult.Addition.TEAM_LEADER);
        List<String> order = new ArrayList<>(strataSizes.keySet());
        chosen.sort(Comparator.<DrawResult.Drawn>comparingInt(d -> order.indexOf(d.person().stratum()))
                .thenComparing((a, b) -> Long.compareUnsigned(a.drawNumber(), b.drawNumber())));
        List<DrawResult.Stratum> plan = new ArrayList<>();
        for (String name : order) {
            int count = (int) chosen.stream().filter(d -> d.person().stratum().equals(name)).count();
            plan.add(new DrawResult.Stratum(name, strataSizes.get(name), seats.get(name), count));
        }
        return new DrawResult(seed, ALGORITHM, frame.sha256(), frame.size(), size, rule, plan, chosen);
    }

    private void addIfNone(List<DrawResult.Drawn> chosen, Set<FramePerson> drawn, Predicate<FramePerson> kind,
                           DrawResult.Addition addition) {
        if (chosen.stream().anyMatch(d -> kind.test(d.person()))) {
            return;
        }
        ranked.stream().filter(d -> kind.test(d.person()) && !drawn.contains(d.person())).findFirst().ifPresent(d -> {
            drawn.add(d.person());
            chosen.add(new DrawResult.Drawn(d.person(), d.drawNumber(), addition));
        });
    }

    /**
     * Who replaces an absent worker: the next person by draw number in the same stratum who is not
     * {@code unavailable} (those drawn, replaced or absent already), else the lowest such number overall; empty when
     * nobody is left.
     */
    public Optional<DrawResult.Drawn> replacement(FramePerson absent, Collection<FramePerson> unavailable) {
        Set<FramePerson> out = new HashSet<>(unavailable);
        out.add(absent);
        Optional<DrawResult.Drawn> same = ranked.stream()
                .filter(d -> d.person().stratum().equals(absent.stratum()) && !out.contains(d.person())).findFirst();
        return same.isPresent() ? same : ranked.stream().filter(d -> !out.contains(d.person())).findFirst();
    }
}
