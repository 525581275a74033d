package org.nineones.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times launch → main window: starts {@code java -cp … org.nineones.Main} with
 * {@code -Dnineones.startupProbe=true}, on which the GUI prints {@code startup-ms=<millis since JVM start>}
 * once its main window is showing, and exits.
 */
final class LaunchTimer {

    /** What was measured: the GUI's own figure and the wall time from process start, or why there is none. */
    record Result(long shownMillis, long wallMillis, String problem) {
        boolean measured() {
            return problem == null;
        }
    }

    private LaunchTimer() {
    }

    static Result measure(String classPath, Path home, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isEmpty();
        boolean xvfb = !display && onPath("xvfb-run");
        if (xvfb) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx512m", "-Dfile.encoding=UTF-8", "-Dnineones.startupProbe=true",
                "-Dnineones.home=" + home));
        if (!display && !xvfb) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("-cp", classPath, "org.nineones.Main"));
        Files.createDirectories(home);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long[] shown = {-1};
        long[] wall = {-1};
        Thread reader = new Thread(() -> read(process, start, shown, wall), "launch-output");
        reader.setDaemon(true);
        reader.start();
        boolean exited = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!exited) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        reader.join(2000);
        if (shown[0] >= 0) {
            return new Result(shown[0], wall[0], null);
        }
        return new Result(-1, -1, exited
                ? "the GUI exited (code " + process.exitValue() + ") without printing startup-ms"
                : "no startup-ms within " + timeoutSeconds + " s");
    }

    private static void read(Process process, long start, long[] shown, long[] wall) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("startup-ms=") && shown[0] < 0) {
                    wall[0] = (System.nanoTime() - start) / 1_000_000;
                    shown[0] = Long.parseLong(line.substring("startup-ms=".length()).split(" ")[0].trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            Benchmark.LOG.warn("reading the GUI's output failed", e);
        }
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
