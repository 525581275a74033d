package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.training.TrainingKind;
import org.nineones.service.training.ComplianceReport;
import org.nineones.service.training.PersonCompliance;
import org.nineones.service.training.TrainingService;
import org.nineones.store.Workspace;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones compliance}: the training compliance view on the command line — per person the hours and induction
 * levels missing and the certificate expiring, exactly as the GUI's 合规 view computes them.
 */
@Command(name = "compliance", mixinStandardHelpOptions = true,
        description = "List who lacks training hours or an induction level, and whose special-operation certificate "
                + "has expired or expires within 90 days.")
final class ComplianceCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--as-of", description = "the day to check, yyyy-MM-dd (default: today)")
    private LocalDate asOf;

    @Option(names = "--all", description = "list everyone, not only the people with something missing or expiring")
    private boolean all;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    ComplianceCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        ComplianceReport report;
        try (Workspace ws = services.workspaces().open(workspace)) {
            report = services.training().compliance().compute(ws, day);
        }
        List<PersonCompliance> people = report.people().stream().filter(p -> all || p.hasIssue()).toList();
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = services.messages();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("asOf", day.toString());
            root.put("highRisk", report.highRisk());
            root.put("people", report.people().size());
            root.put("lackingHours", report.lackingHours());
            root.put("lackingInduction", report.lackingInduction());
            root.put("certificatesNeedingAttention", report.certificatesNeedingAttention());
            List<Map<String, Object>> list = new ArrayList<>();
            for (PersonCompliance p : people) {
                list.add(json(p, day));
            }
            root.put("list", list);
            CliSupport.printJson(out, root);
        } else {
            out.println(messages.get("training.cli.summary", day.toString(), report.people().size(),
                    report.lackingHours(), report.lackingInduction(), report.certificatesNeedingAttention()));
            for (PersonCompliance p : people) {
                out.println(line(p, day, messages));
            }
        }
        return NineonesCli.OK;
    }

    private static Map<String, Object> json(PersonCompliance p, LocalDate day) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("employeeId", p.employeeId());
        m.put("name", p.name());
        m.put("employeeNumber", p.employeeNumber());
        m.put("unit", p.unitPath());
        m.put("post", p.postName());
        m.put("role", p.role().name());
        m.put("initialRequired", p.initialRequired());
        m.put("initialCredited", p.initialCredited());
        m.put("initialMissing", p.initialMissing());
        m.put("annualApplies", p.annualApplies());
        m.put("annualRequired", p.annualRequired());
        m.put("annualCredited", p.annualCredited());
        m.put("annualMissing", p.annualMissing());
        m.put("inductionMissing", p.missingInduction().stream().map(TrainingKind::name).toList());
        m.put("certificateNumber", p.certificateNumber());
        m.put("certificateExpiry", p.certificateExpiry() == null ? null : p.certificateExpiry().toString());
        m.put("certificateState", p.certificate().name());
        m.put("daysToExpiry", p.daysToExpiry(day));
        return m;
    }

    private static String line(PersonCompliance p, LocalDate day, Messages messages) {
        List<String> parts = new ArrayList<>();
        if (p.initialMissing() > 0) {
            parts.add(messages.get("training.cli.initialMissing", TrainingService.hours(p.initialMissing()),
                    TrainingService.hours(p.initialCredited()), TrainingService.hours(p.initialRequired())));
        }
        if (p.annualMissing() > 0) {
            parts.add(messages.get("training.cli.annualMissing", TrainingService.hours(p.annualMissing()),
                    TrainingService.hours(p.annualCredited()), TrainingService.hours(p.annualRequired())));
        }
        if (p.lacksInduction()) {
            parts.add(messages.get("training.cli.inductionMissing", String.join("、",
                    p.missingInduction().stream().map(k -> messages.get(k.textKey())).toList())));
        }
        if (p.certificate().needsAttention()) {
            parts.add(messages.get(p.certificate().textKey()) + (p.certificateExpiry() == null ? ""
                    : " " + p.certificateExpiry()));
        }
        if (parts.isEmpty()) {
            parts.add(messages.get("training.cli.ok"));
        }
        return p.name() + "\t" + p.employeeNumber() + "\t" + p.unitPath() + "\t" + p.postName() + "\t"
                + String.join("；", parts);
    }
}
