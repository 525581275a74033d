package org.nineones.service.assessments;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nineones.service.RuleTable;

/**
 * The rating thresholds as data: for each rating the lowest percentage of the maximum score that earns it, and
 * whether it counts as low (two low ratings in a row call for an interview). The defaults ship as {@value #RESOURCE}
 * (优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below; 合格 and 不合格 are low). A table must rate every percentage
 * (one rating starts at 0), name each rating once, and give higher ratings higher thresholds; else it is refused with
 * the line that is wrong.
 */
public final class RatingRules {

    /** The bundled table with the defaults. */
    public static final String RESOURCE = "/sample-data/rules/assessment-ratings.tsv";
    private static final String HEADER = "rating\tmin_percent\tlow";

    /** One line of the table. */
    public record Threshold(Rating rating, double minPercent, boolean low) {
    }

    private final List<Threshold> thresholds;
    private final Map<Rating, Threshold> byRating;

    private RatingRules(List<Threshold> thresholds) {
        this.thresholds = List.copyOf(thresholds);
        this.byRating = new EnumMap<>(Rating.class);
        thresholds.forEach(t -> byRating.put(t.rating(), t));
    }

    /** The rules that ship with the app. */
    public static RatingRules defaults() {
        return RuleTable.bundled(RatingRules.class, RESOURCE, "the rating rules", RatingRules::read);
    }

    /**
     * Reads a table: lines starting with {@code #} and blank lines are skipped, then the header {@value #HEADER},
     * then one line per rating.
     *
     * @throws IllegalArgumentException naming the line when the table is malformed or incomplete
     */
    public static RatingRules read(Reader source) throws IOException {
        List<Threshold> list = new ArrayList<>();
        Map<Rating, Integer> lines = new EnumMap<>(Rating.class);
        for (RuleTable.Row row : RuleTable.rows(source, HEADER, 3)) {
            int number = row.line();
            String[] cells = row.cells().toArray(String[]::new);
            Rating rating;
            try {
                rating = Rating.valueOf(cells[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": unknown rating '" + cells[0].strip()
                        + "' (EXCELLENT, GOOD, PASS or FAIL)", e);
            }
            double min;
            try {
                min = Double.parseDouble(cells[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + number + ": min_percent is a number, not '"
                        + cells[1].strip() + "'", e);
            }
            if (!(min >= 0 && min <= 100)) {
                throw new IllegalArgumentException("line " + number + ": min_percent must be from 0 to 100, not "
                        + cells[1].strip());
            }
            boolean low = switch (cells[2].strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("line " + number + ": low is true or false, not '"
                        + cells[2].strip() + "'");
            };
            if (lines.put(rating, number) != null) {
                throw new IllegalArgumentException("line " + number + ": " + rating + " twice");
            }
            for (Threshold other : list) {
                if (other.minPercent() == min) {
                    throw new IllegalArgumentException("line " + number + ": " + rating + " has the same min_percent as "
                            + other.rating());
                }
                boolean better = rating.ordinal() < other.rating().ordinal();
                if (better != (min > other.minPercent())) {
                    throw new IllegalArgumentException("line " + number + ": " + rating + " must need "
                            + (better ? "more" : "less") + " than " + other.rating() + " (" + other.minPercent() + ")");
                }
            }
            list.add(new Threshold(rating, min, low));
        }
        if (list.stream().noneMatch(t -> t.minPercent() == 0)) {
            throw new IllegalArgumentException("no rating starts at 0, so low scores get none");
        }
        list.sort(Comparator.comparingDouble(Threshold::minPercent).reversed());
        return new RatingRules(list);
    }

    /** The rating a percentage (0–100) earns. */
    public Rating rate(double percent) {
        for (Threshold t : thresholds) {
            if (percent + 1e-9 >= t.minPercent()) {
                return t.rating();
            }
        }
        return thresholds.get(thresholds.size() - 1).rating();
    }

    public boolean isLow(Rating rating) {
        Threshold t = byRating.get(rating);
        return t != null && t.low();
    }

    /** The table, best rating first. */
    public List<Threshold> thresholds() {
        return thresholds;
    }
}
