package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;

import picocli.CommandLine;

/** A run builds only the command it names (decision 0019), and that command behaves as in the whole command line. */
class CommandLineForArgsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine forArgs(String... args) {
        Services services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        return NineonesCli.commandLineFor(services, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aCommandNamedFirstIsTheOnlyOneBuilt() {
        assertEquals(List.of("info"), List.copyOf(forArgs("info", "--workspace", "x.nineones").getSubcommands().keySet()));
        assertEquals(List.of("import-roster"), List.copyOf(forArgs("import-roster", "--help").getSubcommands().keySet()));
    }

    @Test
    void helpNoCommandAndUnknownNamesGetEveryCommand() {
        int all = NineonesCli.COMMANDS.size();
        assertEquals(all, forArgs("help", "info").getSubcommands().size());
        assertEquals(all, forArgs().getSubcommands().size());
        assertEquals(all, forArgs("--version").getSubcommands().size());
        assertEquals(all, forArgs("infp", "--workspace", "x.nineones").getSubcommands().size());
    }

    @Test
    void theCommandBuiltAloneWorksAsInTheWholeCommandLine() {
        Path file = dir.resolve("张三的文件").resolve("企业.nineones");
        String[] init = {"init", "--workspace", file.toString(), "--name", "滨州示例化工有限公司", "--credit-code",
                "91371600MA3C7E2X1C"};
        assertEquals(0, forArgs(init).execute(init), err::toString);
        String[] info = {"info", "--workspace", file.toString()};
        assertEquals(0, forArgs(info).execute(info), err::toString);
        String alone = out.toString();
        out.getBuffer().setLength(0);
        Services services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(info);
        assertEquals(out.toString(), alone.substring(alone.indexOf("企业：")));
        assertEquals(3, alone.substring(alone.indexOf("企业：")).lines().filter(l -> l.contains("个") || l.contains("人")).count());
    }
}
