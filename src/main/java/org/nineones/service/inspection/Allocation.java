package org.nineones.service.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares {@code n} seats among strata in proportion to their people, by largest remainder (Hamilton), in exact
 * integer arithmetic (decision 0023): each stratum first gets floor(n·Ni/N); the seats left go one each to the largest
 * remainders n·Ni mod N, a tie to the larger stratum, then to the stratum whose name comes first
 * ({@link String#compareTo}).
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * The seats of each stratum, in the order of {@code strata}.
     *
     * @param strata each stratum's name and people (all at least 1)
     * @param n      seats, from 0 to the total of people
     */
    public static Map<String, Integer> of(Map<String, Integer> strata, int n) {
        long total = strata.values().stream().mapToLong(Integer::longValue).sum();
        if (n < 0 || n > total) {
            throw new IllegalArgumentException("cannot share " + n + " seats among " + total + " people");
        }
        Map<String, Integer> seats = new LinkedHashMap<>();
        List<Map.Entry<String, Integer>> order = new ArrayList<>(strata.entrySet());
        int given = 0;
        for (Map.Entry<String, Integer> s : order) {
            int quota = (int) ((long) n * s.getValue() / total);
            seats.put(s.getKey(), quota);
            given += quota;
        }
        order.sort(Comparator.<Map.Entry<String, Integer>>comparingLong(s -> (long) n * s.getValue() % total)
                .reversed()
                .thenComparing(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed())
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; given < n; i++, given++) {
            seats.merge(order.get(i).getKey(), 1, Integer::sum);
        }
        return seats;
    }
}
