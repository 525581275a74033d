package org.nineones.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.sample.RosterGenerator;
import org.nineones.sample.SampleEnterprise;
import org.nineones.store.Workspace;

/**
 * Runs one step of the benchmark for a quick look without the rest: {@code training|checks [employees] [dir]}. Both
 * start from the roster put in through the store; {@code training} imports the 50,000-row sign-in sheet and times the
 * compliance view, {@code checks} then also makes the acceptance workspace and times the record checks and
 * {@code assess} in process.
 */
public final class BenchProbe {

    private BenchProbe() {
    }

    public static void main(String[] args) throws Exception {
        String step = args.length > 0 ? args[0] : "checks";
        if (!step.equals("training") && !step.equals("checks")) {
            throw new IllegalArgumentException("usage: BenchProbe training|checks [employees] [dir]");
        }
        int employees = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = Path.of(args.length > 2 ? args[2] : "target/bench-" + step).toAbsolutePath();
        Files.createDirectories(dir);
        Services services = new Services(new Settings(dir.resolve("home")), Messages.defaults());
        Path source = dir.resolve("roster.nineones");
        Files.deleteIfExists(source);
        try (Workspace ws = Workspace.create(source, SampleEnterprise.profile())) {
            BenchData.load(ws, RosterGenerator.synthetic(employees, 1).build());
        }
        BenchTraining.Result r = BenchTraining.run(services, source, dir);
        System.out.printf("import attendance: %.2f s (%s)%ncompliance: %.2f s first, %.2f s again (%d people)%n",
                r.importSeconds(), r.importDetail(), r.complianceSeconds(), r.complianceWarmSeconds(), r.people());
        if (step.equals("checks")) {
            long t = System.nanoTime();
            Path acceptance = BenchChecks.prepare(services, dir.resolve("培训.nineones"), dir);
            System.out.printf("acceptance workspace made in %.1f s%n", (System.nanoTime() - t) / 1e9);
            BenchChecks.Result c = BenchChecks.run(services, acceptance);
            System.out.printf("record checks: %.2f s first, %.2f s again (%d findings; %d people, %d posts, %d records)"
                    + "%nassess: %d ms warm, median of %d (score %s)%n", c.coldSeconds(), c.warmSeconds(),
                    c.findings(), c.people(), c.posts(), c.records(), c.assessMillis(), BenchChecks.RUNS, c.score());
        }
    }
}
