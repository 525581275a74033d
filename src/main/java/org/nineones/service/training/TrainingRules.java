package org.nineones.service.training;

import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.nineones.model.PostCategory;
import org.nineones.service.RuleTable;

/**
 * The training-hour rules as data (decision: rules are data, DOMAIN.md): for each role and for ordinary or high-risk
 * industries, the hours before taking up a post and the yearly retraining hours. The defaults ship as
 * {@value #RESOURCE}; a table must give all four combinations, or it is refused with the line that is wrong.
 */
public final class TrainingRules {

    /** The bundled table with the legal defaults. */
    public static final String RESOURCE = "/sample-data/rules/training-hours.tsv";
    private static final String HEADER = "role\thigh_risk\tinitial_hours\tannual_hours";

    private final Map<TrainingRole, Map<Boolean, TrainingRequirement>> table;

    private TrainingRules(Map<TrainingRole, Map<Boolean, TrainingRequirement>> table) {
        this.table = table;
    }

    /** The rules that ship with the app: the legal defaults. */
    public static TrainingRules defaults() {
        return RuleTable.bundled(TrainingRules.class, RESOURCE, "the training rules", TrainingRules::read);
    }

    /**
     * Reads a rules table: lines starting with {@code #} and blank lines are skipped, then the header
     * {@value #HEADER}, then one line per role and industry.
     *
     * @throws IllegalArgumentException naming the line when the table is malformed or incomplete
     */
    public static TrainingRules read(Reader source) throws IOException {
        Map<TrainingRole, Map<Boolean, TrainingRequirement>> table = new EnumMap<>(TrainingRole.class);
        for (RuleTable.Row row : RuleTable.rows(source, HEADER, 4)) {
            int number = row.line();
            String[] cells = row.cells().toArray(String[]::new);
            try {
                TrainingRole role = TrainingRole.valueOf(cells[0].strip().toUpperCase(Locale.ROOT));
                boolean highRisk = parseBoolean(cells[1].strip(), number);
                TrainingRequirement requirement = new TrainingRequirement(Integer.parseInt(cells[2].strip()),
                        Integer.parseInt(cells[3].strip()));
                if (table.computeIfAbsent(role, r -> new HashMap<>()).put(highRisk, requirement) != null) {
                    throw new IllegalArgumentException("line " + number + ": " + role + "/" + highRisk + " twice");
                }
            } catch (IllegalArgumentException e) {
                throw e.getMessage() != null && e.getMessage().startsWith("line ") ? e
                        : new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        for (TrainingRole role : TrainingRole.values()) {
            for (boolean highRisk : new boolean[] {false, true}) {
                if (!table.getOrDefault(role, Map.of()).containsKey(highRisk)) {
                    throw new IllegalArgumentException("no rule for " + role + " with high_risk " + highRisk);
                }
            }
        }
        return new TrainingRules(table);
    }

    private static boolean parseBoolean(String text, int number) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("line " + number + ": high_risk is true or false, not '"
                    + text + "'");
        };
    }

    /** The hours a person on a post of this category needs in an ordinary or a high-risk enterprise. */
    public TrainingRequirement requirement(PostCategory category, boolean highRiskIndustry) {
        return table.get(TrainingRole.of(category)).get(highRiskIndustry);
    }
}
