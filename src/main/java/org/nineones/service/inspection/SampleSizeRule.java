package org.nineones.service.inspection;

import java.util.List;

/**
 * A rule giving the spot check's sample size from the workforce N (decision 0023), read from
 * {@code inspection/sample-size-rules.json}: either {@code percent} of N rounded up and kept between {@code min} and
 * {@code max} (none: at most N), or a {@code table} of lot sizes. Never more than N.
 */
public record SampleSizeRule(String name, String description, Integer percent, Integer min, Integer max,
                             List<Row> table) {

    /** Lots from {@code from} to {@code to} (both included) take {@code size}; {@code code} is the standard's letter. */
    public record Row(int from, int to, String code, int size) {
    }

    /** The sample size for a workforce of {@code population} (at least 1). */
    public int size(int population) {
        int size;
        if (table != null && !table.isEmpty()) {
            size = table.get(table.size() - 1).size();
            for (Row row : table) {
                if (population >= row.from() && population <= row.to()) {
                    size = row.size();
                    break;
                }
            }
        } else {
            long rounded = ((long) population * percent + 99) / 100;
            size = (int) Math.max(min, max == null ? rounded : Math.min(max, rounded));
        }
        return Math.min(size, population);
    }
}
