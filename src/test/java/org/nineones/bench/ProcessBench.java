package org.nineones.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole processes, timed from start to exit as a user waits for them (decision 0019): the application started as
 * the packaged launcher starts it — the app image's own launcher with its AppCDS archive when the build made one
 * ({@code target/installer/nineones}), else {@code java -jar} with the launcher's Java options — and its floors,
 * started the same way.
 */
final class ProcessBench {

    private final Path jar;
    private final Path home;
    private final Path work;
    private final Path launcher;

    ProcessBench(Path jar, Path home, Path work) {
        this.jar = jar;
        this.home = home;
        this.work = work;
        Path image = jar.toAbsolutePath().getParent().resolve("installer/nineones/bin/nineones");
        this.launcher = Files.isExecutable(image) && image.toFile().lastModified() >= jar.toFile().lastModified()
                ? image : null;
    }

    /** How the application is started: what the figures mean. */
    String how() {
        return launcher != null ? "packaged launcher with its AppCDS archive"
                : "java -jar with the launcher's options (no fresh app image: no AppCDS archive)";
    }

    /** The application with these arguments, as the launcher runs it, its settings in the benchmark's folder. */
    Process app(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(command);
        if (launcher != null) {
            command.add(launcher.toString());
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Dnineones.home=" + home);
        } else {
            command.add(java());
            command.addAll(launcherOptions());
            command.addAll(List.of("-Dnineones.home=" + home, "-jar", jar.toString()));
        }
        command.addAll(List.of(args));
        return start(builder);
    }

    /** A class of this benchmark's class path (a floor), with the launcher's options. */
    Process java(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(launcherOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return start(new ProcessBuilder(command));
    }

    private Process start(ProcessBuilder builder) throws IOException {
        Path log = Files.createTempFile(work, "process-", ".txt");
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Milliseconds from start to exit; fails with the process's output when it does not exit 0. */
    static long millis(ProcessStarter starter) throws Exception {
        long t = System.nanoTime();
        Process p = starter.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("no exit within 10 minutes: " + p.info().commandLine().orElse(""));
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit code " + p.exitValue() + " from " + p.info().commandLine().orElse(""));
        }
        return ms;
    }

    /** The median of {@code runs} runs of each, taken in turn (a, b, a, b…) so both see the same load. */
    static long[] mediansSideBySide(int runs, ProcessStarter a, ProcessStarter b) throws Exception {
        long[] as = new long[runs];
        long[] bs = new long[runs];
        for (int i = 0; i < runs; i++) {
            as[i] = millis(a);
            bs[i] = millis(b);
        }
        java.util.Arrays.sort(as);
        java.util.Arrays.sort(bs);
        return new long[] {as[runs / 2], bs[runs / 2]};
    }

    @FunctionalInterface
    interface ProcessStarter {
        Process start() throws IOException;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The packaged launcher's Java options, as this benchmark JVM was given them (decision 0012). */
    static List<String> launcherOptions() {
        List<String> options = new ArrayList<>(List.of("-Dfile.encoding=UTF-8"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-XX:"))
                .forEach(options::add);
        return options;
    }
}
