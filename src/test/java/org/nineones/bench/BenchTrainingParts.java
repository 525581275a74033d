package org.nineones.bench;

import java.nio.file.Path;
import java.time.LocalDate;

import org.nineones.store.Workspace;

/** Times the parts of the compliance computation on the probe's workspace (a look, not a test). */
public final class BenchTrainingParts {

    private BenchTrainingParts() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            LocalDate day = LocalDate.now();
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                int n = ws.read(s -> s.employees().all()).size();
                long t1 = System.nanoTime();
                int a = ws.read(s -> s.training().credited(day.minusYears(1), day)).total().size();
                long t2 = System.nanoTime();
                int b = ws.read(s -> s.training().trainees()).size();
                long t3 = System.nanoTime();
                int c = ws.read(s -> s.posts().all()).size() + ws.read(s -> s.orgUnits().all()).size();
                long t4 = System.nanoTime();
                System.out.printf("employees %d: %d ms, all hours %d: %d ms, year %d: %d ms, posts/units %d: %d ms%n",
                        n, (t1 - t) / 1_000_000, a, (t2 - t1) / 1_000_000, b, (t3 - t2) / 1_000_000, c,
                        (t4 - t3) / 1_000_000);
            }
        }
    }
}
