package org.nineones.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.nineones.app.Services;
import org.nineones.model.county.CountyRow;
import org.nineones.model.county.CountySummary;
import org.nineones.model.county.DeskInspection;
import org.nineones.service.county.SyntheticInspections;
import org.nineones.store.DeskStore;

/**
 * The county desk's targets (issue 14): synthetic signed inspections (two per enterprise, a few deducted lines and
 * findings each) put into a desk in chunks, then the county summary timed: the first in this JVM, and warm (median
 * of 3). 700 inspections under 2 s on SQLite; 50,000 under 10 s on PostgreSQL.
 */
final class BenchCountyDesk {

    static final int CHUNK = 5_000;
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    /** What one engine did. */
    record Result(int inspections, double loadSeconds, long firstMillis, long warmMillis, int counties,
                  int enterprises) {
    }

    private BenchCountyDesk() {
    }

    static Result run(Services services, DeskStore desk, int inspections, int counties) {
        List<DeskInspection> all = SyntheticInspections.many(inspections, counties, 20261207L);
        long t = System.nanoTime();
        for (int from = 0; from < all.size(); from += CHUNK) {
            services.countyDesk().insert(desk, all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        double load = (System.nanoTime() - t) / 1e9;
        long t1 = System.nanoTime();
        CountySummary summary = services.countySummary().summary(desk, null, AS_OF);
        long first = (System.nanoTime() - t1) / 1_000_000;
        long[] warm = new long[3];
        for (int i = 0; i < warm.length; i++) {
            long w = System.nanoTime();
            summary = services.countySummary().summary(desk, null, AS_OF);
            warm[i] = (System.nanoTime() - w) / 1_000_000;
        }
        Arrays.sort(warm);
        return new Result(inspections, load, first, warm[1], summary.counties().size(),
                summary.counties().stream().mapToInt(CountyRow::enterprises).sum());
    }
}
