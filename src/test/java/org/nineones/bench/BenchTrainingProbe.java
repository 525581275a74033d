package org.nineones.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.sample.RosterGenerator;
import org.nineones.sample.SampleEnterprise;
import org.nineones.store.Workspace;

/** Runs only the training step of the benchmark: {@code [employees] [dir]}, for a quick look without the rest. */
public final class BenchTrainingProbe {

    private BenchTrainingProbe() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-training").toAbsolutePath();
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
    }
}
