package org.nineones.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nineones.model.CreditCode;
import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;
import org.nineones.model.Failures;
import org.nineones.service.inspection.InspectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Model.CommandSpec;

/** What every command shares: turning failures into one clear sentence. */
final class CliSupport {

    static final Logger LOG = LoggerFactory.getLogger("org.nineones.cli");

    private CliSupport() {
    }

    /**
     * The one sentence for a failure ({@link Failures#sentence}, shared with the GUI); an unexpected failure gets a
     * generic sentence pointing at the log, never a library's or the database's own text.
     */
    static String describe(Throwable e, Messages messages) {
        return Failures.sentence(e, messages).orElseGet(() -> {
            String message = e.getMessage();
            boolean sentence = message != null && message.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            return messages.get("cli.error.unexpected", sentence ? message : messages.get("ui.error.unexpected"),
                    System.getProperty("nineones.log.dir", "~/.nineones/logs"));
        });
    }

    /**
     * Refuses, before any work, an output that would destroy the workspace, one of the command's inputs or a folder
     * ({@link SafeFiles#checkOutput}); the refusal reaches the user as one sentence and exit code 1.
     */
    static void checkOutput(Path out, Path... inputs) {
        if (out != null) {
            SafeFiles.checkOutput(out, inputs);
        }
    }

    /**
     * A JSON object whose fields come out in the order given, the same in every run ({@code Map.of} iterates in an
     * order that changes from one process to the next).
     */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /**
     * Prints a value as indented JSON and a line end, written as it is made (the findings of ten thousand people are
     * megabytes); the output stays open.
     */
    static void printJson(PrintWriter out, Object value) throws IOException {
        new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out, value);
        out.println();
    }

    /**
     * A refusal of the user's action: its sentence on stderr after the command's name ({@code checklist import:
     * …}); exit code 1. Nothing was written.
     */
    static int refuse(CommandSpec spec, String command, String sentence) {
        spec.commandLine().getErr().println(command + ": " + sentence);
        return NineonesCli.FAILED;
    }

    /**
     * A refusal on the inspector's side: its sentence on stderr after the command's name; exit 3 when the package
     * does not verify, else 1.
     */
    static int refused(CommandSpec spec, String command, InspectionException e) {
        refuse(spec, command, e.getMessage());
        return e.reason() == InspectionException.Reason.ALTERED ? NineonesCli.PACKAGE_ALTERED : NineonesCli.FAILED;
    }

    static String display(Path path) {
        return path == null ? "" : path.toString();
    }

    static String creditCodeProblem(String code, Messages messages) {
        CreditCode.Check check = CreditCode.check(code);
        return check.valid() ? null : messages.of(check.problem());
    }
}
