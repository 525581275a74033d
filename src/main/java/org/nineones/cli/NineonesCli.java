package org.nineones.cli;

import java.io.PrintWriter;
import java.util.List;

import org.nineones.app.FailureLog;
import org.nineones.app.Services;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code nineones <command> …}, over the same services as the GUI. */
@Command(name = "nineones", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "九个一 全员安全生产责任制 — command line")
public final class NineonesCli implements Runnable {

    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_ROWS = 2;
    public static final int PACKAGE_ALTERED = 3;

    /** Every command, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, ImportRosterCommand.class, InfoCommand.class,
            PrintCardsCommand.class, PrintCommand.class, ExportPackageCommand.class, VerifyPackageCommand.class,
            ExportHistoryCommand.class, GenerateCommand.class, TemplatesCommand.class, ApplyTemplateCommand.class, ExportContentCommand.class,
            ImportContentCommand.class, ComplianceCommand.class, BackupCommand.class, RestoreCommand.class,
            ChecklistCommand.class, AssessCommand.class, SelfAssessCommand.class,
            RecordCommand.class, JudgeCommand.class, DrawCommand.class, ReviewCommand.class, InspectCommand.class,
            CountySummaryCommand.class,
            ProblemsCommand.class,
            DispatchCommand.class,
            CityCheckCommand.class,
            ClosingPackageCommand.class, ClosingCommand.class,
            GridCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with every command given its services (constructor injection through a factory). */
    public static CommandLine commandLine(Services services, PrintWriter out, PrintWriter err) {
        return build(services, out, err, COMMANDS);
    }

    /**
     * The command line for these arguments: when they start with a command's name, only that command is built
     * (picocli reads the annotations of every command it is given, which costs a start about 0.1 s; decision 0019);
     * anything else — no command, {@code help}, an unknown name, the options of {@code nineones} itself — gets them
     * all, so the usage and picocli's suggestions stay whole.
     */
    static CommandLine commandLineFor(Services services, PrintWriter out, PrintWriter err, String... args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return build(services, out, err, List.of(command));
                }
            }
        }
        return commandLine(services, out, err);
    }

    private static CommandLine build(Services services, PrintWriter out, PrintWriter err, List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new NineonesCli(), new CliFactory(services));
        for (Class<?> command : commands) {
            cl.addSubcommand(command);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new UsageErrors(services.messages()));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandName() + ": " + CliSupport.describe(ex, services.messages()));
            FailureLog.log(CliSupport.LOG, "command " + commandLine.getCommandName(), ex);
            return FAILED;
        });
        return cl;
    }

    public static int run(Services services, String... args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        return commandLineFor(services, out, err, args).execute(args);
    }
}
