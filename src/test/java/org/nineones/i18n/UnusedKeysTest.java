package org.nineones.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every key in the bundles is used by the code: literally ({@code "ui.save"} in Java, {@code %ui.save} in FXML),
 * through an enum ({@code Messages.of(RiskLevel.MAJOR)} uses {@code RiskLevel.MAJOR}), or through a prefix the
 * code completes ({@code "WorkspaceException.Reason." + reason}).
 */
class UnusedKeysTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern ENUM = Pattern.compile("(?:public\\s+)?enum\\s+(\\w+)");

    @Test
    void everyKeyIsUsedSomewhere() throws IOException {
        String sources = allSources();
        Set<String> enumNames = enumNames(sources);
        List<String> unused = new ArrayList<>();
        for (String key : allKeys()) {
            if (!isUsed(key, sources, enumNames)) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused, "keys no code uses: remove them or use them");
    }

    private static boolean isUsed(String key, String sources, Set<String> enumNames) {
        if (sources.contains("\"" + key + "\"") || sources.contains("%" + key + "\"")) {
            return true;
        }
        int dot = key.lastIndexOf('.');
        while (dot > 0) {
            String prefix = key.substring(0, dot);
            if (sources.contains("\"" + prefix + ".\"")) {
                return true;
            }
            String lastSegment = prefix.substring(prefix.lastIndexOf('.') + 1);
            if (dot == key.lastIndexOf('.') && enumNames.contains(lastSegment)) {
                return true;
            }
            dot = prefix.lastIndexOf('.');
        }
        return false;
    }

    private static Set<String> enumNames(String sources) {
        Set<String> names = new TreeSet<>();
        Matcher m = ENUM.matcher(sources);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")
                    || p.toString().endsWith(".jrxml")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(MAIN.resolve("resources").resolve("i18n"))) {
            for (Path file : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                keys.addAll(p.stringPropertyNames());
            }
        }
        return keys;
    }
}
