package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.nineones.model.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command typed wrongly (an option missing, an unknown word, a value of the wrong form): one sentence in the
 * user's language that says what to write instead, then the command's usage; exit code 1, like every error, since
 * 2 means invalid rows of an import.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final Messages messages;

    UsageErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandName() + ": " + sentence(ex));
        err.println();
        command.usage(err);
        CliSupport.LOG.info("usage error in {}: {}", command.getCommandName(), ex.getMessage());
        return NineonesCli.FAILED;
    }

    String sentence(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException missing) {
            String names = missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、"));
            return messages.get("cli.usage.missing", names);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return messages.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
            return messages.get("cli.usage.twice", name(overwritten.getOverwritten()));
        }
        ArgSpec spec = ex.getArgSpec();
        if (spec != null && ex.getValue() != null) {
            return messages.get("cli.usage.badValue", name(spec), ex.getValue(), expected(spec));
        }
        if (spec != null) {
            return messages.get("cli.usage.needsValue", name(spec));
        }
        return messages.get("cli.usage.other");
    }

    private String expected(ArgSpec spec) {
        Class<?> type = spec.type();
        if (type == LocalDate.class) {
            return messages.get("cli.usage.expect.date");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return messages.get("cli.usage.expect.number");
        }
        if (type == Path.class) {
            return messages.get("cli.usage.expect.path");
        }
        if (type.isEnum()) {
            return messages.get("cli.usage.expect.oneOf", java.util.Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        return messages.get("cli.usage.expect.other", spec.paramLabel());
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
