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
 * Runs only the record checks of the benchmark: {@code [employees] [dir]}, on the workspace the training step leaves
 * (the roster and 50,000 attendance rows), for a quick look without the rest.
 */
public final class BenchChecksProbe {

    private BenchChecksProbe() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-checks").toAbsolutePath();
        Files.createDirectories(dir);
        Services services = new Services(new Settings(dir.resolve("home")), Messages.defaults());
        Path source = dir.resolve("roster.nineones");
        Files.deleteIfExists(source);
        try (Workspace ws = Workspace.create(source, SampleEnterprise.profile())) {
            BenchData.load(ws, RosterGenerator.synthetic(employees, 1).build());
        }
        BenchTraining.run(services, source, dir);
        BenchChecks.Result r = BenchChecks.run(services, dir.resolve("培训.nineones"), dir);
        System.out.printf("record checks: %.2f s first, %.2f s again (%d findings; %d people, %d posts)%n",
                r.coldSeconds(), r.warmSeconds(), r.findings(), r.people(), r.posts());
    }
}
