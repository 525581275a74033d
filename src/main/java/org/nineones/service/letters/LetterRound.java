package org.nineones.service.letters;

import java.util.List;
import java.util.TreeMap;

/** A year's signing round: everyone who signs, in round order (level, org unit, name), and counts per level. */
public record LetterRound(int year, List<LetterRow> rows) {

    /** Signed and total people of one level. */
    public record LevelCount(int level, int signed, int resign, int total) {

        public int unsigned() {
            return total - signed - resign;
        }
    }

    public LetterRound {
        rows = List.copyOf(rows);
    }

    public List<LevelCount> levels() {
        TreeMap<Integer, int[]> counts = new TreeMap<>();
        for (LetterRow row : rows) {
            int[] c = counts.computeIfAbsent(row.level(), k -> new int[3]);
            c[2]++;
            if (row.status() == LetterStatus.SIGNED) {
                c[0]++;
            } else if (row.status() == LetterStatus.RESIGN) {
                c[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> new LevelCount(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }

    /** The people who still have to sign for the year: not signed, or to sign again. */
    public List<LetterRow> toSign() {
        return rows.stream().filter(r -> r.status() != LetterStatus.SIGNED).toList();
    }

    public long count(LetterStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
