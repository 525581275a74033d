package org.nineones.service.inspection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The spot check's draw of workers, {@value #ALGORITHM} (decision 0023), pure and replayable: {@link StratifiedDraw}
 * over the package's people, stratified by org unit, adding a special-operation worker, then a team leader, when the
 * frame has one and none was drawn; an absent worker is replaced by the next number of the stratum, else the lowest
 * left overall.
 */
public final class SpotCheckDraw {

    /** The algorithm's name and version; a change to anything above is a new version. */
    public static final String ALGORITHM = StratifiedDraw.ALGORITHM;

    /** The additions, in the order they are made; their index is the {@link DrawResult.Addition} after NONE. */
    private static final List<Predicate<FramePerson>> ADDITIONS = List.of(FramePerson::specialOperation,
            FramePerson::teamLeader);

    private final SamplingFrame frame;
    private final StratifiedDraw<FramePerson> draw;

    public SpotCheckDraw(SamplingFrame frame, long seed) {
        this.frame = frame;
        this.draw = new StratifiedDraw<>(frame.members(), seed);
    }

    /** A person's draw number under a seed and a frame's hash (unsigned). */
    public static long drawNumber(long seed, String frameSha256, FramePerson person) {
        return StratifiedDraw.drawNumber(seed, frameSha256, person);
    }

    public long seed() {
        return draw.seed();
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
        StratifiedDraw.Result<FramePerson> result = draw.draw(size, ADDITIONS);
        List<DrawResult.Drawn> people = new ArrayList<>();
        for (StratifiedDraw.Pick<FramePerson> p : result.picks()) {
            people.add(new DrawResult.Drawn(p.member(), p.drawNumber(), DrawResult.Addition.values()[p.addition() + 1]));
        }
        List<DrawResult.Stratum> plan = result.plan().stream()
                .map(s -> new DrawResult.Stratum(s.stratum(), s.members(), s.allotted(), s.drawn())).toList();
        return new DrawResult(draw.seed(), ALGORITHM, frame.sha256(), frame.size(), size, rule, plan, people);
    }

    /**
     * Who replaces an absent worker: the next person by draw number in the same stratum who is not
     * {@code unavailable} (those drawn, replaced or absent already), else the lowest such number overall; empty when
     * nobody is left.
     */
    public Optional<DrawResult.Drawn> replacement(FramePerson absent, Collection<FramePerson> unavailable) {
        return draw.replacement(absent, unavailable)
                .map(r -> new DrawResult.Drawn(r.member(), r.drawNumber(), DrawResult.Addition.NONE));
    }
}
