package org.nineones.sample;

import java.util.List;

import org.nineones.model.OrgUnitKind;

/** A department or workshop directly under the company, with its teams' posts and headcounts. */
public record UnitPlan(String name, OrgUnitKind kind, List<Slot> slots) {

    public UnitPlan {
        slots = List.copyOf(slots);
    }

    public int headcount() {
        return slots.stream().mapToInt(Slot::count).sum();
    }

    /** The team names under this unit, in order, without duplicates. */
    public List<String> teams() {
        return slots.stream().map(Slot::team).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
