package org.nineones.cli;

import java.io.PrintWriter;

import org.nineones.app.Services;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code nineones <command> …}, over the same services as the GUI. */
@Command(name = "nineones", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "九个一 全员安全生产责任制 — command line",
        subcommands = {InitCommand.class, ImportRosterCommand.class, InfoCommand.class, PrintCardsCommand.class, PrintCommand.class,
                ExportPackageCommand.class, VerifyPackageCommand.class, ExportHistoryCommand.class,
                GenerateCommand.class,
                TemplatesCommand.class, ApplyTemplateCommand.class, ExportContentCommand.class,
                ImportContentCommand.class, ComplianceCommand.class, BackupCommand.class, RestoreCommand.class,
                CommandLine.HelpCommand.class})
public final class NineonesCli implements Runnable {

    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_ROWS = 2;
    public static final int PACKAGE_ALTERED = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with every command given its services (constructor injection through a factory). */
    public static CommandLine commandLine(Services services, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new NineonesCli(), new CliFactory(services));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new UsageErrors(services.messages()));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandName() + ": " + CliSupport.describe(ex, services.messages()));
            CliSupport.LOG.error("command {} failed", commandLine.getCommandName(), ex);
            return FAILED;
        });
        return cl;
    }

    public static int run(Services services, String... args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        return commandLine(services, out, err).execute(args);
    }
}
