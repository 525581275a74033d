package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;
import org.nineones.service.sample.SampleCopy;

/**
 * Commands killed (kill -9) in the middle of their work, in a separate JVM: {@code init} leaves a complete workspace
 * or none, and what a killed {@code export-package} left (its work folder, a part beside the output) is removed at
 * the next start.
 */
class KilledRunsTest {

    private static final String CREDIT_CODE = "91371600MA3C7E2X1C";

    @TempDir
    Path dir;

    private Process start(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dnineones.home=" + home, "-cp", System.getProperty("java.class.path"), "org.nineones.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("run-" + System.nanoTime() + ".log").toFile()).start();
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private static int run(Services services, String... args) {
        StringWriter out = new StringWriter();
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(out, true)).execute(args);
    }

    private static List<String> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    @Test
    void initKilledAtAnyMomentLeavesACompleteWorkspaceOrNone() throws Exception {
        assertTrue(System.getProperty("java.class.path").contains("classes"), "the app's classes are on the path");
        Path home = dir.resolve("home");
        Path folder = Files.createDirectories(dir.resolve("企业 资料"));
        // how long a whole init takes on this machine now, then kills spread over that time
        long began = System.nanoTime();
        Process whole = start(home, "init", "--workspace", folder.resolve("完整.nineones").toString(), "--name", "完整",
                "--credit-code", CREDIT_CODE);
        assertEquals(0, whole.waitFor());
        long took = (System.nanoTime() - began) / 1_000_000;
        // early, mid-way, and around the end of its writes, where a half-made file would show
        double[] fractions = {0.4, 0.75, 0.92, 1.02, 1.1};
        long[] delays = new long[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            delays[i] = Math.round(took * fractions[i]);
        }
        int complete = 0;
        for (int i = 0; i < delays.length; i++) {
            Path file = folder.resolve("企业" + i + ".nineones");
            Process init = start(home, "init", "--workspace", file.toString(), "--name", "中断测试" + i,
                    "--credit-code", CREDIT_CODE);
            Thread.sleep(delays[i]);
            kill(init);
            if (Files.exists(file)) {
                try (Workspace ws = Workspace.open(file)) {
                    assertEquals("中断测试" + i, ws.read(s -> s.enterprise().get().name()), "a workspace is complete");
                }
                complete++;
            }
        }
        Services next = new Services(new Settings(home), new Messages(Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), parts(folder), "the next start removed every half-made part");
        for (int i = 0; i < delays.length; i++) {
            Path file = folder.resolve("企业" + i + ".nineones");
            boolean existed = Files.exists(file);
            int code = run(next, "init", "--workspace", file.toString(), "--name", "中断测试" + i, "--credit-code",
                    CREDIT_CODE);
            assertEquals(existed ? NineonesCli.FAILED : NineonesCli.OK, code, "init again: " + file);
        }
        System.out.println("init takes " + took + " ms; killed " + delays.length + " times: " + complete + " complete, "
                + (delays.length - complete) + " not made");
    }

    @Test
    void whatAKilledPackageExportLeftIsRemovedAtTheNextStart() throws Exception {
        Path home = dir.resolve("home");
        Path folder = Files.createDirectories(dir.resolve("验收"));
        Services services = new Services(new Settings(home), new Messages(Locale.SIMPLIFIED_CHINESE));
        Path workspace;
        // a copy of the sample built once per run: openSample opens it
        SampleCopy.into(folder);
        try (Workspace ws = services.sample().openSample(folder, Progress.NONE)) {
            workspace = ws.file();
        }
        Path zip = folder.resolve("验收资料包.zip");
        Process export = start(home, "export-package", "--workspace", workspace.toString(), "--out", zip.toString());
        Path ownTemp = home.resolve("tmp").resolve(Long.toString(export.pid()));
        long deadline = System.currentTimeMillis() + 60_000;
        while (!hasPackageWork(ownTemp) && export.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(export.isAlive(), "the export was still at work");
        Thread.sleep(500);
        kill(export);
        assertTrue(Files.isDirectory(ownTemp), "the killed export left its work folder");

        new Services(new Settings(home), new Messages(Locale.SIMPLIFIED_CHINESE));
        assertFalse(Files.exists(ownTemp), "the next start removed the killed run's folder");
        assertEquals(List.of(), parts(folder), "no part is left beside the package");
        assertFalse(Files.exists(zip), "no package was made");
        try (Workspace ws = Workspace.open(workspace)) {
            assertEquals(200, (int) ws.read(s -> s.employees().count()), "the workspace is intact");
        }
    }

    private static boolean hasPackageWork(Path ownTemp) throws IOException {
        if (!Files.isDirectory(ownTemp)) {
            return false;
        }
        try (Stream<Path> files = Files.list(ownTemp)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("package-"));
        }
    }
}
