package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.service.inspection.InspectionException;
import org.nineones.service.inspection.DrawResult;
import org.nineones.service.inspection.DrawService;
import org.nineones.service.inspection.FramePerson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones draw}: the inspector's spot-check draw from an acceptance package (decision 0023) — verified first,
 * then the people drawn by seed, stratified by org unit. The same package and seed print the same output.
 */
@Command(name = "draw", mixinStandardHelpOptions = true,
        description = {"Draw the workers for the on-site spot check from an acceptance package: the package is "
                + "verified, then people are drawn from everyone on its payroll in proportion to their org units "
                + "(largest remainder), with a special-operation worker and a team leader added when none was drawn. "
                + "The same package, seed and rule give the same people on every machine (algorithm nineones-draw/1).",
                "Exit codes: 0 drawn, 1 a bad seed, size or rule, or a file that is not a package, 3 the package "
                        + "does not verify (altered, missing or extra files, truncated)."})
final class DrawCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--package", required = true, paramLabel = "PACKAGE.zip", description = "the acceptance package")
    private Path file;

    @Option(names = "--seed", paramLabel = "S", description = "a non-negative whole number; without it a new "
            + "8-digit seed is drawn and printed")
    private String seed;

    @Option(names = "--size", paramLabel = "N", description = "draw N people instead of the rule's size (1 to the "
            + "people in the package)")
    private Integer size;

    @Option(names = "--rule", paramLabel = "NAME", description = "the sample-size rule: default (5%%, 5 to 30) or "
            + "iso2859-s3 (ISO 2859-1 level S-3); default: default")
    private String rule;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    DrawCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        DrawService draws = services.draws();
        DrawResult result;
        try {
            long s = seed != null ? draws.parseSeed(seed) : draws.newSeed();
            result = draws.draw(file, s, size, rule);
        } catch (InspectionException e) {
            return CliSupport.refused(spec, "draw", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            CliSupport.printJson(out, json(result));
        } else {
            text(out, result);
        }
        return NineonesCli.OK;
    }

    private static Map<String, Object> json(DrawResult result) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (DrawResult.Stratum s : result.plan()) {
            plan.add(CliSupport.object("orgUnit", s.orgUnit(), "people", s.people(), "drawn", s.drawn()));
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (DrawResult.Drawn d : result.people()) {
            FramePerson p = d.person();
            people.add(CliSupport.object("name", p.name(), "employeeNumber", p.employeeNumber(), "orgUnit",
                    p.stratum(), "post", p.post(), "specialOperation", p.specialOperation(), "teamLeader",
                    p.teamLeader()));
        }
        return CliSupport.object("seed", result.seed(), "algorithm", result.algorithm(), "frameSha256",
                result.frameSha256(), "population", result.population(), "size", result.size(), "plan", plan,
                "people", people);
    }

    private void text(PrintWriter out, DrawResult result) {
        Messages m = services.messages();
        out.println(m.get("draw.cli.seed", String.valueOf(result.seed())));
        out.println(m.get("draw.cli.algorithm", result.algorithm()));
        out.println(m.get("draw.cli.frame", result.frameSha256(), String.valueOf(result.population())));
        out.println(result.rule() != null
                ? m.get("draw.cli.ruleSize", String.valueOf(result.ruleSize()), result.rule())
                : m.get("draw.cli.givenSize", String.valueOf(result.ruleSize())));
        if (result.size() > result.ruleSize()) {
            out.println(m.get("draw.cli.additions", String.valueOf(result.size() - result.ruleSize())));
        }
        out.println(m.get("draw.cli.plan"));
        for (DrawResult.Stratum s : result.plan()) {
            out.println(m.get("draw.cli.planRow", unit(m, s.orgUnit()), String.valueOf(s.people()),
                    String.valueOf(s.allotted()), String.valueOf(s.drawn())));
        }
        out.println(m.get("draw.cli.people", String.valueOf(result.size())));
        int i = 0;
        for (DrawResult.Drawn d : result.people()) {
            FramePerson p = d.person();
            List<String> marks = new ArrayList<>();
            if (p.specialOperation()) {
                marks.add(m.get("draw.cli.special"));
            }
            if (p.teamLeader()) {
                marks.add(m.get("draw.cli.teamLeader"));
            }
            if (d.added()) {
                marks.add(m.get(d.addition() == DrawResult.Addition.SPECIAL_OPERATION ? "draw.cli.addedSpecial"
                        : "draw.cli.addedTeamLeader"));
            }
            out.println(m.get("draw.cli.person", String.valueOf(++i), p.name(), p.employeeNumber(),
                    unit(m, p.stratum()), p.post(), marks.isEmpty() ? "" : "  " + String.join(" ", marks)));
        }
        out.println(m.get("draw.cli.replay"));
    }

    private static String unit(Messages m, String stratum) {
        return stratum.isEmpty() ? m.get("draw.cli.noUnit") : stratum;
    }
}
