package org.nineones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged launchers run Java with the options of decision 0012, and the benchmark measures with the same ones:
 * every place that lists them must list all of them.
 */
class LauncherOptionsTest {

    private static final String[] OPTIONS = {"-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xlog:disable", "-Xlog:all=warning:stderr"};
    /** Linux only: the JVM on Windows does not know the option and would not start. */
    private static final String LINUX_ONLY = "-XX:+UseTransparentHugePages";

    @ParameterizedTest
    @CsvSource({
            "installer/build.xml, <arg value=\"--java-options\"/><arg value=\"%s\"/>",
            "installer/windows/build-installer.cmd, --java-options \"%s\"",
            "installer/windows/nineones-cli.properties, %s",
            "pom.xml, <argument>%s</argument>"})
    void listsEveryJavaOptionOfThePackagedLauncher(String file, String pattern) throws IOException {
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        for (String option : OPTIONS) {
            assertTrue(text.contains(String.format(pattern, option)), file + " lacks " + option);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "installer/build.xml, <arg value=\"--java-options\"/><arg value=\"%s\"/>, true",
            "pom.xml, <argument>%s</argument>, true",
            "installer/windows/build-installer.cmd, %s, false",
            "installer/windows/nineones-cli.properties, %s, false"})
    void hugePagesOnlyWhereTheJvmRunsOnLinux(String file, String pattern, boolean linux) throws IOException {
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        assertEquals(linux, text.contains(String.format(pattern, LINUX_ONLY)), file);
    }
}
