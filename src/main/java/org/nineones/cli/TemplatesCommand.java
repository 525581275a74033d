package org.nineones.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.content.PostTemplate;
import org.nineones.service.templates.TemplateLibrary;
import org.nineones.service.templates.TemplateLibraryException;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "templates", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = NineonesCli.FAILED,
        description = {"List the post-type templates that ship with the app (电工, 焊工, 主要负责人…): name, category, "
                + "risk level, version and the other post names each fits.",
                "Exit codes: 0 listed, 1 when the library of this build cannot be read."})
final class TemplatesCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    TemplatesCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = services.messages();
        TemplateLibrary library;
        try {
            library = services.templates().library();
        } catch (TemplateLibraryException e) {
            CliSupport.LOG.error("templates: the template library is broken", e);
            return CliSupport.refuse(spec, "templates",
                    m.get("templates.error.libraryBroken", e.file(), e.problem()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (PostTemplate t : library.all()) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("name", t.name());
                map.put("version", t.version());
                map.put("category", t.category().name());
                map.put("riskLevel", t.riskLevel().name());
                map.put("aliases", t.aliases());
                map.put("description", t.description());
                map.put("duties", t.dutyList().items().size());
                list.add(map);
            }
            CliSupport.printJson(out, list);
            return NineonesCli.OK;
        }
        for (PostTemplate t : library.all()) {
            String aliases = t.aliases().isEmpty() ? m.get("templates.cli.noAliases") : String.join("、", t.aliases());
            out.println(m.get("templates.cli.line", t.name(), m.of(t.category()), m.of(t.riskLevel()),
                    String.valueOf(t.version()), aliases));
        }
        out.println(m.get("templates.cli.count", String.valueOf(library.size())));
        return NineonesCli.OK;
    }
}
