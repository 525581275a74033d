package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An acceptance checklist (验收标准) as data: its name and version (every result names both), who issued it and a
 * description, the conclusion thresholds and the lines. The default ships in {@code sample-data/checklists/}; a
 * county issues its own from Excel.
 */
public record ChecklistTemplate(String name, String version, String issuer, String description, Thresholds thresholds,
                                List<ChecklistLine> lines) {

    public ChecklistTemplate {
        name = name == null ? "" : name.strip();
        version = version == null ? "" : version.strip();
        issuer = issuer == null ? "" : issuer.strip();
        description = description == null ? "" : description.strip();
        thresholds = thresholds == null ? Thresholds.DEFAULT : thresholds;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The sum of the lines' points (100 for the default; a county may use another total). */
    public BigDecimal totalPoints() {
        return Points.normal(lines.stream().map(ChecklistLine::pointsOrZero).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The line of this id. */
    public Optional<ChecklistLine> line(String id) {
        String wanted = Objects.requireNonNull(id, "id").strip();
        return lines.stream().filter(l -> l.id().equals(wanted)).findFirst();
    }

    /** The same template under another name and version (an import naming them apart from the file). */
    public ChecklistTemplate named(String newName, String newVersion) {
        return new ChecklistTemplate(newName, newVersion, issuer, description, thresholds, lines);
    }
}
