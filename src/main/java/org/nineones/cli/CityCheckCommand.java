package org.nineones.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.county.CityCheck;
import org.nineones.model.county.CityComparison;
import org.nineones.model.county.DeskBatch;
import org.nineones.model.county.DeskInspection;
import org.nineones.service.county.CityCheckService;
import org.nineones.service.county.CountyDeskService;
import org.nineones.store.DeskStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nineones city-check draw|load|compare|list} (issue 14, point 4; decision 0027): the city draws enterprises
 * from a county's accepted ones on the county desk with the workers' replayable draw, loads its own inspectors'
 * inspection files as the re-inspections, and compares the county's conclusions and scores with the city's. A refusal
 * is one sentence and exit code 1, nothing written.
 */
@Command(name = "city-check", mixinStandardHelpOptions = true,
        description = {"The city's spot check of a county on the county desk (--db: a desk file or a PostgreSQL URL): "
                + "draw enterprises from the county's accepted ones (replayable: the same desk and seed draw the same "
                + "enterprises, algorithm nineones-draw/1), load the city inspectors' own inspection files as the "
                + "re-inspections, compare the county's conclusions and scores with the city's.",
                "Exit codes: 0 done, 1 a refusal (unknown county, no accepted enterprise, unknown check, a county's "
                        + "inspection file, a bad seed, output, server not reached)."},
        subcommands = {CityCheckCommand.Draw.class, CityCheckCommand.Load.class, CityCheckCommand.Compare.class,
            CityCheckCommand.ListChecks.class, CityCheckCommand.Replay.class})
final class CityCheckCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String decimal(Messages m, BigDecimal value) {
        return value == null ? m.get("citycheck.cli.noValue") : value.toPlainString();
    }

    /** The check as JSON: what replays it, the plan and the enterprises drawn with the county's result. */
    private static Object checkJson(CityCheck c, List<DeskInspection> county) {
        List<Object> plan = new ArrayList<>();
        c.plan().forEach(s -> plan.add(CliSupport.object("industry", s.stratum(), "enterprises", s.enterprises(),
                "allotted", s.allotted(), "drawn", s.drawn())));
        List<Object> drawn = new ArrayList<>();
        for (int i = 0; i < c.drawn().size(); i++) {
            CityCheck.Enterprise e = c.drawn().get(i);
            DeskInspection k = county.get(i);
            drawn.add(CliSupport.object("creditCode", e.creditCode(), "name", e.enterpriseName(), "industry",
                    e.stratum(), "drawNumber", e.drawNumber(), "countyInspection", e.inspectionUid(),
                    "countyConclusion", k.conclusion().name(), "countyScore", k.score()));
        }
        return CliSupport.object("check", c.uid(), "county", c.county(), "batch", c.batchUid(), "seed", c.seed(),
                "algorithm", c.algorithm(), "frameSha256", c.frameSha256(), "population", c.population(), "rule",
                c.rule(), "size", c.ruleSize(), "drawnBy", c.drawnBy(), "drawnAt", c.drawnAt(), "plan", plan,
                "enterprises", drawn);
    }

    @Command(name = "draw", mixinStandardHelpOptions = true,
            description = {"Draw enterprises from a county's accepted ones (their latest inspection signed; of the "
                    + "batch sheet's enterprises with --batch), stratified by industry, the size by the rule "
                    + "inspection/city-check-rules.json (10% rounded up, at least 3, at most all), and record the "
                    + "check on the desk: seed, algorithm, the frame's SHA-256, the plan, the frame and the enterprises "
                    + "drawn. Prints the check's id."})
    static final class Draw implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "URL|FILE", description = "the county desk: a "
                + "PostgreSQL JDBC URL or a desk file (*.ninedesk)")
        private String db;

        @Option(names = "--county", required = true, description = "the county, as its inspections name it")
        private String county;

        @Option(names = "--seed", paramLabel = "S", description = "a non-negative whole number; without it a new "
                + "8-digit seed is drawn and printed")
        private String seed;

        @Option(names = "--batch", paramLabel = "BATCH.xlsx", description = "draw only from this batch sheet's "
                + "enterprises (imported into the desk, the same sheet being the same batch)")
        private Path batch;

        @Option(names = "--json", description = "print JSON instead of text")
        private boolean json;

        Draw(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages m = services.messages();
            CityCheckService checks = services.cityChecks();
            long s = seed != null ? checks.parseSeed(seed) : checks.newSeed();
            CountyDeskService desks = services.countyDesk();
            CityCheck check;
            List<DeskInspection> county;
            try (DeskStore desk = checks.openDesk(desks, db)) {
                DeskBatch imported = batch == null ? null : desks.importBatch(desk, batch);
                check = checks.draw(desk, this.county, imported, s);
                county = checks.countyInspections(desk, check.uid());
            }
            PrintWriter o = spec.commandLine().getOut();
            if (json) {
                CliSupport.printJson(o, checkJson(check, county));
                return NineonesCli.OK;
            }
            o.println(m.get("citycheck.cli.drawn", check.uid(), check.county(), String.valueOf(check.population()),
                    check.rule(), String.valueOf(check.size()), String.valueOf(check.seed()), check.algorithm(),
                    check.frameSha256()));
            check.plan().forEach(p -> o.println(m.get("citycheck.cli.stratum", p.stratum(),
                    String.valueOf(p.enterprises()), String.valueOf(p.allotted()), String.valueOf(p.drawn()))));
            for (int i = 0; i < check.drawn().size(); i++) {
                CityCheck.Enterprise e = check.drawn().get(i);
                o.println(m.get("citycheck.cli.enterprise", String.valueOf(i + 1), e.enterpriseName(),
                        e.creditCode(), e.stratum(), m.of(county.get(i).conclusion()),
                        decimal(m, county.get(i).score())));
            }
            return NineonesCli.OK;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Load city inspectors' own inspection files as the re-inspections of a check: each "
                    + "signed inspection of an enterprise the check drew (by credit code) is recorded once; those not "
                    + "signed yet and those of enterprises not drawn are counted and left. A file holding a county's "
                    + "inspection (already on the desk) is refused whole."})
    static final class Load implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "URL|FILE", description = "the county desk")
        private String db;

        @Option(names = "--check", required = true, paramLabel = "ID", description = "the check's id")
        private String check;

        @Option(names = "--inspection", required = true, paramLabel = "FILE.nineinspect", description = "a city "
                + "inspector's inspection file (repeat for each)")
        private List<Path> inspections = new ArrayList<>();

        Load(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages m = services.messages();
            List<CityCheckService.Loaded> loaded = new ArrayList<>();
            try (DeskStore desk = services.cityChecks().openDesk(services.countyDesk(), db)) {
                CityCheck c = services.cityChecks().check(desk, check);
                for (Path file : inspections) {
                    loaded.add(services.cityChecks().load(desk, c.uid(), file));
                }
            }
            PrintWriter o = spec.commandLine().getOut();
            for (CityCheckService.Loaded l : loaded) {
                o.println(m.get("citycheck.cli.loaded", l.file(), check.strip(), String.valueOf(l.inspections()),
                        String.valueOf(l.linked()), String.valueOf(l.known()), String.valueOf(l.unsigned()),
                        String.valueOf(l.notDrawn())));
            }
            return NineonesCli.OK;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"Compare a check: for each enterprise drawn, the county's conclusion and score against the "
                    + "city's re-inspection; they differ when the conclusions differ or the scores are further apart "
                    + "than the threshold of inspection/city-check-rules.json. Prints the county's line (drawn, "
                    + "re-inspected, agree, differ) and the enterprises; --out writes the workbook (comparison, "
                    + "summary, the frame with its draw numbers)."})
    static final class Compare implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "URL|FILE", description = "the county desk")
        private String db;

        @Option(names = "--check", required = true, paramLabel = "ID", description = "the check's id")
        private String check;

        @Option(names = "--out", paramLabel = "F.xlsx", description = "the comparison workbook")
        private Path out;

        @Option(names = "--json", description = "print JSON instead of text")
        private boolean json;

        Compare(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            CliSupport.checkOutput(out, DeskStore.isServer(db) ? new Path[0] : new Path[] {Path.of(db)});
            Messages m = services.messages();
            CityComparison c;
            try (DeskStore desk = services.cityChecks().openDesk(services.countyDesk(), db)) {
                c = services.cityChecks().compare(desk, check);
                if (out != null) {
                    services.cityChecks().writeWorkbook(desk, c, out);
                }
            }
            PrintWriter o = spec.commandLine().getOut();
            CityComparison.Summary s = c.summary();
            if (json) {
                List<Object> rows = new ArrayList<>();
                for (CityComparison.Row r : c.rows()) {
                    rows.add(CliSupport.object("creditCode", r.creditCode(), "name", r.enterpriseName(), "industry",
                            r.stratum(), "county", CliSupport.object("inspection", r.countyInspectionUid(),
                                    "conclusion", r.countyConclusion().name(), "score", r.countyScore()),
                            "city", !r.reinspected() ? null : CliSupport.object("inspection", r.cityInspectionUid(),
                                    "conclusion", r.cityConclusion().name(), "score", r.cityScore()),
                            "outcome", r.outcome().name(), "conclusionDiffers", r.conclusionDiffers(),
                            "scoreDiffers", r.scoreDiffers(), "scoreDifference", r.scoreDifference()));
                }
                CliSupport.printJson(o, CliSupport.object("check", c.check().uid(), "county", c.check().county(),
                        "seed", c.check().seed(), "algorithm", c.check().algorithm(), "frameSha256",
                        c.check().frameSha256(), "scoreThreshold", c.scoreThreshold(), "summary",
                        CliSupport.object("county", s.county(), "drawn", s.drawn(), "reinspected", s.reinspected(),
                                "agree", s.agree(), "differ", s.differ()), "enterprises", rows));
                return NineonesCli.OK;
            }
            o.println(m.get("citycheck.cli.summary", s.county(), String.valueOf(s.drawn()),
                    String.valueOf(s.reinspected()), String.valueOf(s.agree()), String.valueOf(s.differ()),
                    c.scoreThreshold().toPlainString()));
            for (CityComparison.Row r : c.rows()) {
                List<String> why = new ArrayList<>();
                if (r.conclusionDiffers()) {
                    why.add(m.get("citycheck.reason.conclusion"));
                }
                if (r.scoreDiffers()) {
                    why.add(m.get("citycheck.reason.score"));
                }
                o.println(m.get("citycheck.cli.row", r.enterpriseName(), r.creditCode(), m.of(r.countyConclusion()),
                        decimal(m, r.countyScore()), r.reinspected() ? m.of(r.cityConclusion()) : "",
                        decimal(m, r.cityScore()), m.of(r.outcome()),
                        why.isEmpty() ? "" : "（" + String.join("、", why) + "）"));
            }
            if (out != null) {
                o.println(m.get("citycheck.cli.out", out));
            }
            return NineonesCli.OK;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Replay a check from its record: hash the recorded frame again, draw again with the "
                    + "recorded seed and size, and say whether the same enterprises come out; and whether the "
                    + "county's accepted enterprises on the desk today still make the same frame.",
                    "Exit codes: 0 the record replays, 1 a refusal, 3 the record does not replay (altered)."})
    static final class Replay implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "URL|FILE", description = "the county desk")
        private String db;

        @Option(names = "--check", required = true, paramLabel = "ID", description = "the check's id")
        private String check;

        Replay(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages m = services.messages();
            CityCheckService.Replay r;
            try (DeskStore desk = services.cityChecks().openDesk(services.countyDesk(), db)) {
                r = services.cityChecks().replay(desk, check);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println(m.get(r.frameIntact() ? "citycheck.cli.replay.frameIntact" : "citycheck.cli.replay.frameAltered",
                    r.check().uid(), r.check().frameSha256(), r.frameSha256()));
            o.println(m.get(r.sameEnterprises() ? "citycheck.cli.replay.same" : "citycheck.cli.replay.different",
                    String.valueOf(r.check().seed()), String.join("、", r.drawnAgain())));
            o.println(m.get(r.deskUnchanged() ? "citycheck.cli.replay.deskUnchanged"
                    : "citycheck.cli.replay.deskChanged", r.check().county()));
            return r.frameIntact() && r.sameEnterprises() ? NineonesCli.OK : NineonesCli.PACKAGE_ALTERED;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the city checks on the desk (of one county with --county), the latest first.")
    static final class ListChecks implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "URL|FILE", description = "the county desk")
        private String db;

        @Option(names = "--county", description = "only this county's checks")
        private String county;

        ListChecks(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages m = services.messages();
            List<CityCheck> checks;
            try (DeskStore desk = services.cityChecks().openDesk(services.countyDesk(), db)) {
                checks = services.cityChecks().checks(desk, county);
            }
            PrintWriter o = spec.commandLine().getOut();
            if (checks.isEmpty()) {
                o.println(m.get("citycheck.cli.noChecks"));
            }
            for (CityCheck c : checks) {
                o.println(m.get("citycheck.cli.check", c.uid(), c.drawnAt(), c.county(), String.valueOf(c.seed()),
                        String.valueOf(c.size()), String.valueOf(c.population())));
            }
            return NineonesCli.OK;
        }
    }
}
