package org.nineones.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.service.enterprise.EnterpriseInfo;
import org.nineones.store.Workspace;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", mixinStandardHelpOptions = true, description = "Show the enterprise and its record counts.")
final class InfoCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    InfoCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        EnterpriseInfo info;
        try (Workspace ws = services.workspaces().open(workspace)) {
            info = services.enterprise().info(ws);
        }
        if (json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", info.name());
            map.put("creditCode", info.creditCode());
            map.put("orgUnits", info.orgUnits());
            map.put("posts", info.posts());
            map.put("employees", info.employees());
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(map));
        } else {
            spec.commandLine().getOut().println(services.messages().get("cli.info.text", info.name(), info.creditCode(),
                    info.orgUnits(), info.posts(), info.employees()));
        }
        return NineonesCli.OK;
    }
}
