package org.nineones.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs a JavaFX program as a separate JVM (under xvfb-run when there is no display and it is installed, else
 * headless Monocle) and waits for the first output line that matches, noting when it came.
 */
final class GuiProcess {

    /** The matching line and the wall time from process start to it, or why there is none. */
    record Line(String text, long wallMillis, String problem) {
        boolean found() {
            return problem == null;
        }
    }

    private GuiProcess() {
    }

    static Line firstLine(String classPath, String mainClass, List<String> properties, List<String> args,
                          Predicate<String> wanted, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isEmpty();
        boolean xvfb = !display && onPath("xvfb-run");
        if (xvfb) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx512m", "-Dfile.encoding=UTF-8"));
        // the launcher's JIT and GC options, as this benchmark JVM was given them (decision 0012)
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-XX:"))
                .forEach(command::add);
        command.addAll(properties);
        String path = classPath;
        if (!display && !xvfb) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
            path = withMonocle(classPath);
        }
        command.addAll(List.of("-cp", path, mainClass));
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String[] found = {null};
        long[] wall = {-1};
        Thread reader = new Thread(() -> read(process, start, wanted, found, wall), "gui-output");
        reader.setDaemon(true);
        reader.start();
        boolean exited = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!exited) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        reader.join(2000);
        if (found[0] != null) {
            return new Line(found[0], wall[0], null);
        }
        return new Line(null, -1, exited
                ? mainClass + " exited (code " + process.exitValue() + ") without the expected line"
                : "no expected line from " + mainClass + " within " + timeoutSeconds + " s");
    }

    private static void read(Process process, long start, Predicate<String> wanted, String[] found, long[] wall) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (found[0] == null && wanted.test(line)) {
                    wall[0] = (System.nanoTime() - start) / 1_000_000;
                    found[0] = line;
                }
            }
        } catch (IOException e) {
            Benchmark.LOG.warn("reading the program's output failed", e);
        }
    }

    /**
     * How windows are shown here: on the display, under {@code xvfb-run}, or — where neither is there — headless
     * through Monocle (software rendering; nothing is installed, the note says what would give a real X server).
     */
    static String displayMode() {
        if (System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isEmpty()) {
            return "on the display " + System.getenv("DISPLAY");
        }
        return onPath("xvfb-run") ? "under xvfb-run"
                : "headless Monocle: xvfb-run not found (apt-get install xvfb xauth for a real X server)";
    }

    /** The class path with the Monocle jar of this JVM's (test) class path added, for a program that lacks it. */
    private static String withMonocle(String classPath) {
        StringBuilder path = new StringBuilder(classPath);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("openjfx-monocle") && !classPath.contains(entry)) {
                path.append(File.pathSeparator).append(entry);
            }
        }
        return path.toString();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
