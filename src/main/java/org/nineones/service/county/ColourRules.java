package org.nineones.service.county;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.county.ColourRule;
import org.nineones.service.RuleTable;

/**
 * Seed 002's three colours as data ({@value #RESOURCE}, ACCEPTANCE.md's default: green = 通过 with ≥ 90, red = 不通过 or
 * a veto not rectified by its deadline, yellow every other enterprise accepted). One line for GREEN and one for RED:
 * the conclusions (comma-separated), the lowest score ({@code -} for none) and whether an overdue veto finding makes
 * the colour ({@code true}/{@code false}); a malformed table is refused naming the line.
 */
public final class ColourRules {

    public static final String RESOURCE = "/sample-data/rules/county-colours.tsv";
    private static final String HEADER = "colour\tconclusions\tmin_score\tveto_overdue";

    private ColourRules() {
    }

    /** The rule that ships with the app. */
    public static ColourRule defaults() {
        return RuleTable.bundled(ColourRules.class, RESOURCE, "the colour rule", ColourRules::read);
    }

    /** Reads a table; throws IllegalArgumentException naming the line when it is malformed. */
    public static ColourRule read(Reader source) throws IOException {
        Set<Conclusion> green = null;
        BigDecimal minScore = null;
        Set<Conclusion> red = null;
        boolean vetoOverdue = false;
        for (RuleTable.Row row : RuleTable.rows(source, HEADER, 4)) {
            Set<Conclusion> conclusions = conclusions(row);
            switch (row.cell(0).toUpperCase(Locale.ROOT)) {
                case "GREEN" -> {
                    green = conclusions;
                    minScore = score(row);
                }
                case "RED" -> {
                    red = conclusions;
                    vetoOverdue = flag(row);
                }
                default -> throw row.problem("the colour is GREEN or RED (yellow is every other), not '"
                        + row.cell(0) + "'");
            }
        }
        if (green == null || red == null) {
            throw new IllegalArgumentException("the table needs one GREEN line and one RED line");
        }
        return new ColourRule(green, minScore == null ? BigDecimal.ZERO : minScore, red, vetoOverdue);
    }

    private static Set<Conclusion> conclusions(RuleTable.Row row) {
        Set<Conclusion> set = EnumSet.noneOf(Conclusion.class);
        for (String name : row.cell(1).split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                set.add(Conclusion.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw row.problem("a conclusion is PASS, RECTIFY or FAIL, not '" + name.strip() + "'");
            }
        }
        return set;
    }

    private static BigDecimal score(RuleTable.Row row) {
        String text = row.cell(2);
        if (text.equals("-")) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw row.problem("min_score is a number or '-', not '" + text + "'");
        }
    }

    private static boolean flag(RuleTable.Row row) {
        return switch (row.cell(3).toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw row.problem("veto_overdue is true or false, not '" + row.cell(3) + "'");
        };
    }
}
