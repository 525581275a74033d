package org.nineones.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.county.Counties;
import org.nineones.model.county.CountyRow;
import org.nineones.model.county.CountySummary;
import org.nineones.model.county.DeskBatch;
import org.nineones.service.Progress;
import org.nineones.service.county.CountyDeskService;
import org.nineones.store.DeskStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nineones county-summary} (issue 14, point 6): inspection files loaded into the county desk (a desk file, a
 * PostgreSQL database with {@code --db}, or a desk of this run only), an optional batch sheet imported, and the county
 * summary written as a workbook, printed as text or JSON. The output is checked before anything is read; a server not
 * reached or a batch sheet refused writes nothing.
 */
@Command(name = "county-summary", mixinStandardHelpOptions = true,
        description = {"Summarise inspections per county: every inspection of the inspection files (each kept once by "
                + "its id, however many files hold it), the enterprises of the batch sheet if one is given (those not "
                + "inspected show as such), per county the enterprises, self-assessed, accepted, passed, to rectify, "
                + "failed, average score, pass rate, the three colours, the interviews (限期整改 or 不通过 twice in a "
                + "row), findings open and overdue, and the most frequent deductions. Written to --out as a workbook "
                + "(summary, enterprises, interviews, not inspected); with --pdf also printed (A4 landscape, with a bar "
                + "chart per county).",
                "The desk is kept in --db: a jdbc:postgresql://host:port/database?user=…&password=… URL, or a file "
                        + "(*.ninedesk, made when missing); without --db a desk of this run only.",
                "An enterprise whose package named no county is counted under 未填县区 (\"County not given\") in "
                        + "the text, the workbook and the PDF; in --json its county is \"\".",
                "A finding the inspector accepted (closing package) is closed; loading the file again after a "
                        + "finding was accepted or sent back updates it on the desk.",
                "Exit codes: 0 done, 1 a refusal (output, inspection file, batch sheet, an inspection file of the "
                        + "city's re-inspections, server not reached)."})
final class CountySummaryCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--inspection", paramLabel = "FILE.nineinspect", description = "an inspection file to load "
            + "(repeat for each)")
    private List<Path> inspections = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "BATCH.xlsx", description = "the batch sheet: enterprise name, credit "
            + "code, county, industry")
    private Path batch;

    @Option(names = "--db", paramLabel = "URL|FILE", description = "where the desk is kept: a PostgreSQL JDBC URL or "
            + "a desk file")
    private String db;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the day findings are overdue on "
            + "(default today)")
    private LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "SUMMARY.xlsx", description = "the summary workbook")
    private Path out;

    @Option(names = "--pdf", paramLabel = "SUMMARY.pdf", description = "also print the summary (县级验收汇总表, A4 "
            + "landscape: the county table, a bar per county, the interviews, the most frequent deductions) to this PDF")
    private Path pdf;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    CountySummaryCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = services.messages();
        List<Path> inputs = new ArrayList<>(inspections);
        if (batch != null) {
            inputs.add(batch);
        }
        if (db != null && !DeskStore.isServer(db)) {
            inputs.add(Path.of(db));
        }
        CliSupport.checkOutput(out, inputs.toArray(Path[]::new));
        if (pdf != null) {
            inputs.add(out);
            CliSupport.checkOutput(pdf, inputs.toArray(Path[]::new));
            if (pdf.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                spec.commandLine().getErr().println("county-summary: " + m.get("county.cli.samePdf", pdf));
                return NineonesCli.FAILED;
            }
        }
        if (inspections.isEmpty() && batch == null && db == null) {
            spec.commandLine().getErr().println("county-summary: " + m.get("county.cli.none"));
            return NineonesCli.FAILED;
        }
        CountyDeskService desks = services.countyDesk();
        List<CountyDeskService.Loaded> loaded = new ArrayList<>();
        CountySummary summary;
        try (DeskStore desk = db == null ? desks.openTemporary() : desks.open(db)) {
            for (Path file : inspections) {
                loaded.add(desks.load(desk, file));
            }
            DeskBatch imported = batch == null ? null : desks.importBatch(desk, batch);
            summary = services.countySummary().summary(desk, imported, asOf == null ? LocalDate.now() : asOf);
            services.countySummary().writeWorkbook(desk, summary, out);
        }
        if (pdf != null) {
            services.countySummary().writePdf(summary, pdf, Progress.NONE);
        }
        print(m, loaded, summary);
        return NineonesCli.OK;
    }

    private void print(Messages m, List<CountyDeskService.Loaded> loaded, CountySummary summary) throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            List<Object> counties = new ArrayList<>();
            for (CountyRow c : summary.counties()) {
                List<Object> lines = new ArrayList<>();
                c.topDeductions().forEach(l -> lines.add(CliSupport.object("line", l.lineId(), "count", l.count())));
                counties.add(CliSupport.object("county", c.county(), "enterprises", c.enterprises(), "selfAssessed",
                        c.selfAssessed(), "accepted", c.accepted(), "passed", c.passed(), "rectify", c.rectify(),
                        "failed", c.failed(), "averageScore", c.averageScore(), "passRate", c.passRate(), "green",
                        c.green(), "yellow", c.yellow(), "red", c.red(), "interviews", c.interviews(),
                        "topDeductions", lines, "findingsOpen", c.findingsOpen(), "findingsOverdue",
                        c.findingsOverdue()));
            }
            CliSupport.printJson(o, Map.of("counties", counties));
            return;
        }
        for (CountyDeskService.Loaded l : loaded) {
            o.println(m.get("county.cli.loaded", l.file(), String.valueOf(l.inspections()), String.valueOf(l.added()),
                    String.valueOf(l.signedNow()), String.valueOf(l.findingsAdded()), String.valueOf(l.findingsChanged()),
                    String.valueOf(l.unchanged())));
        }
        if (summary.batch() != null) {
            o.println(m.get("county.cli.batch", summary.batch().name(),
                    String.valueOf(summary.batch().enterprises())));
        }
        List<CountyRow> rows = new ArrayList<>(summary.counties());
        if (summary.total() != null && summary.counties().size() > 1) {
            rows.add(summary.total());
        }
        for (CountyRow c : rows) {
            o.println(m.get("county.cli.county", c == summary.total() ? m.get("county.sheet.total")
                    : Counties.label(m, c.county()), n(c.enterprises()), n(c.accepted()), n(c.passed()),
                    n(c.rectify()), n(c.failed()), n(c.notInspected()), decimal(m, c.averageScore()),
                    decimal(m, c.passRate()), n(c.green()), n(c.yellow()), n(c.red()), n(c.interviews()),
                    n(c.findingsOpen()), n(c.findingsOverdue())));
        }
        o.println(m.get("county.cli.out", out));
        if (pdf != null) {
            o.println(m.get("county.cli.pdf", pdf));
        }
    }

    private static String n(int value) {
        return String.valueOf(value);
    }

    private static String decimal(Messages m, BigDecimal value) {
        return value == null ? m.get("county.cli.noValue") : value.toPlainString();
    }
}
