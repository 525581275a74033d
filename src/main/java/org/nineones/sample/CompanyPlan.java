package org.nineones.sample;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The enterprise the generator writes a roster for: company, departments and workshops, teams, posts. */
public record CompanyPlan(String name, String creditCode, List<UnitPlan> units) {

    public CompanyPlan {
        Objects.requireNonNull(name);
        units = List.copyOf(units);
    }

    public int headcount() {
        return units.stream().mapToInt(UnitPlan::headcount).sum();
    }

    /** Every slot, department by department, in roster order. */
    public Stream<SlotInUnit> slots() {
        return units.stream().flatMap(u -> u.slots().stream().map(s -> new SlotInUnit(u, s)));
    }

    /** The distinct post names, in roster order. */
    public List<String> postNames() {
        return slots().filter(s -> s.slot().count() > 0).map(s -> s.slot().post().name()).distinct().toList();
    }

    /** The post plan for a name (the first unit's, when several units share a post name). */
    public PostPlan post(String postName) {
        return slots().map(s -> s.slot().post()).filter(p -> p.name().equals(postName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such post: " + postName));
    }

    /** A slot together with the unit it belongs to. */
    public record SlotInUnit(UnitPlan unit, Slot slot) {
    }
}
