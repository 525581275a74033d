package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.OutputRefusedException;
import org.nineones.model.SafeFiles;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;
import org.nineones.service.sample.SampleCopy;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a file, with its output aimed at the workspace (by its name, another spelling, a link,
 * a companion file), at its own input, and at a folder: each is refused with the sentence that names why, exit 1,
 * and the workspace and the input are left exactly as they were.
 */
class OutputSafetyCommandsTest {

    @TempDir
    static Path tempDir;
    private static Services services;
    private static Messages messages;
    private static Path workspace;
    private static Path folder;
    private static Path roster;
    private static Path duties;
    private static Path letters;
    private static Path exams;
    private static Path link;

    @BeforeAll
    static void sample() throws Exception {
        messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        services = new Services(new Settings(tempDir.resolve("home")), messages);
        folder = Files.createDirectories(tempDir.resolve("企业 文件"));
        // a copy of the sample built once per run: openSample opens it
        SampleCopy.into(folder);
        try (Workspace ws = services.sample().openSample(folder, Progress.NONE)) {
            workspace = ws.file().toAbsolutePath();
        }
        roster = folder.resolve("花名册.xlsx");
        duties = folder.resolve("责任清单.xlsx");
        letters = folder.resolve("责任书.xlsx");
        exams = folder.resolve("考试成绩.xlsx");
        assertEquals(0, run("generate", "--sample", "--out", roster.toString()).code());
        assertEquals(0, run("export", "--workspace", workspace.toString(), "--kind", "duties", "--out", duties.toString()).code());
        assertEquals(0, run("export", "--workspace", workspace.toString(), "--kind", "letters", "--out", letters.toString()).code());
        assertEquals(0, run("export", "--workspace", workspace.toString(), "--kind", "exams", "--out", exams.toString()).code());
        link = Files.createSymbolicLink(tempDir.resolve("链接.dat"), workspace);
    }

    private static CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    static Stream<Arguments> outputsOverTheWorkspace() {
        String w = "--workspace";
        List<Arguments> cases = new ArrayList<>();
        for (String target : new String[] {"W", "W-spelled", "W-link", "W-wal", "W-lock"}) {
            cases.add(Arguments.of(target, List.of("export", w, "W", "--kind", "duties", "--out", target)));
            cases.add(Arguments.of(target, List.of("export", w, "W", "--kind", "letters", "--out", target)));
            cases.add(Arguments.of(target, List.of("print", w, "W", "--kind", "register", "--out", target)));
            cases.add(Arguments.of(target, List.of("print", w, "W", "--kind", "letters", "--out", target)));
            cases.add(Arguments.of(target, List.of("print-cards", w, "W", "--out", target)));
            cases.add(Arguments.of(target, List.of("import", w, "W", "--kind", "duties", "--file", "DUTIES",
                    "--report", target)));
            cases.add(Arguments.of(target, List.of("import", w, "W", "--kind", "letters", "--file", "LETTERS",
                    "--report", target)));
            cases.add(Arguments.of(target, List.of("import-roster", w, "W", "--file", "ROSTER", "--report", target)));
            cases.add(Arguments.of(target, List.of("generate", "--sample", "--out", target)));
            cases.add(Arguments.of(target, List.of("export-package", w, "W", "--out", target)));
            cases.add(Arguments.of(target, List.of("export-history", w, "W", "--cover-letter", "1", "--out", target)));
            cases.add(Arguments.of(target, List.of("checklist", "export", w, "W", "--file", target)));
            cases.add(Arguments.of(target, List.of("checklist", "blank", "--file", target)));
            cases.add(Arguments.of(target, List.of("checklist", "print", w, "W", "--file", target)));
            cases.add(Arguments.of(target, List.of("self-assess", w, "W", "--print", target)));
            cases.add(Arguments.of(target, List.of("self-assess", w, "W", "--print", target, "--preview")));
            cases.add(Arguments.of(target, List.of("problems", "export", w, "W", "--out", target)));
            cases.add(Arguments.of(target, List.of("grid", "export", w, "W", "--file", target)));
            cases.add(Arguments.of(target, List.of("dispatch", "template", w, "W", "--month", "2026-11", "--out",
                    target)));
            cases.add(Arguments.of(target, List.of("print", w, "W", "--kind", "dispatch", "--month", "2026-11",
                    "--out", target)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} over {0}")
    @MethodSource("outputsOverTheWorkspace")
    void anOutputAimedAtTheWorkspaceIsRefusedAndTheWorkspaceKept(String target, List<String> args) throws Exception {
        byte[] before = sha256(workspace);
        CliRun run = run(resolve(args));
        Path refused = path(target).toAbsolutePath().normalize();
        assertEquals(NineonesCli.FAILED, run.code(), run.out() + run.err());
        assertTrue(run.err().contains(messages.get("files.refused.WORKSPACE", refused)), run.err());
        assertArrayEquals(before, sha256(workspace), "the workspace's bytes changed");
        assertTrue(SafeFiles.isSqlite(workspace));
        CliRun info = run("info", "--workspace", workspace.toString(), "--json");
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains("\"employees\":200"), info.out());
    }

    static Stream<Arguments> reportsOverTheirInput() {
        return Stream.of(
                Arguments.of("DUTIES", List.of("import", "--workspace", "W", "--kind", "duties", "--file", "DUTIES",
                        "--report", "DUTIES")),
                Arguments.of("LETTERS", List.of("import", "--workspace", "W", "--kind", "letters", "--file", "LETTERS",
                        "--report", "LETTERS")),
                Arguments.of("EXAMS", List.of("import", "--workspace", "W", "--kind", "exams", "--file", "EXAMS",
                        "--report", "EXAMS")),
                Arguments.of("ROSTER", List.of("import-roster", "--workspace", "W", "--file", "ROSTER",
                        "--report", "ROSTER")),
                Arguments.of("LETTERS", List.of("import", "--workspace", "W", "--kind", "letters", "--dry-run",
                        "--file", "LETTERS", "--report", tempDir.resolve("企业 文件/../企业 文件/责任书.xlsx").toString())));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("reportsOverTheirInput")
    void anErrorReportAimedAtItsOwnSpreadsheetIsRefusedAndTheSpreadsheetKept(String input, List<String> args)
            throws Exception {
        Path file = path(input);
        byte[] before = sha256(file);
        byte[] workspaceBefore = sha256(workspace);
        CliRun run = run(resolve(args));
        assertEquals(NineonesCli.FAILED, run.code(), run.out() + run.err());
        assertTrue(run.err().contains(messages.get("files.refused.INPUT", file.toAbsolutePath().normalize())), run.err());
        assertArrayEquals(before, sha256(file), "the input spreadsheet changed");
        assertArrayEquals(workspaceBefore, sha256(workspace), "the workspace changed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsToAFolder")
    void anOutputAimedAtAFolderIsRefused(List<String> args) {
        CliRun run = run(resolve(args));
        assertEquals(NineonesCli.FAILED, run.code(), run.out() + run.err());
        assertTrue(run.err().contains(messages.get("files.refused.FOLDER", folder.toAbsolutePath())), run.err());
    }

    static Stream<Arguments> commandsToAFolder() {
        return Stream.of(
                Arguments.of(List.of("export", "--workspace", "W", "--kind", "rewards", "--out", "FOLDER")),
                Arguments.of(List.of("print", "--workspace", "W", "--kind", "duty-book", "--out", "FOLDER")),
                Arguments.of(List.of("generate", "--out", "FOLDER")),
                Arguments.of(List.of("checklist", "print", "--workspace", "W", "--file", "FOLDER")),
                Arguments.of(List.of("self-assess", "--workspace", "W", "--print", "FOLDER")));
    }

    @org.junit.jupiter.api.Test
    void aRecordsFilesAreNeverExportedOverTheWorkspaceNorOverAFileBesideIt() throws Exception {
        byte[] before = sha256(workspace);
        CliRun over = run("record", "export", "--workspace", workspace.toString(), "--id", "1", "--out",
                workspace.toString());
        assertEquals(NineonesCli.FAILED, over.code(), over.out() + over.err());
        assertTrue(over.err().contains(messages.get("records.error.notFolder", workspace)), over.err());
        assertArrayEquals(before, sha256(workspace), "the workspace's bytes changed");

        List<Path> there;
        try (Stream<Path> files = Files.list(folder)) {
            there = files.toList();
        }
        java.util.Map<Path, byte[]> kept = new java.util.HashMap<>();
        for (Path p : there) {
            if (Files.isRegularFile(p)) {
                kept.put(p, sha256(p));
            }
        }
        for (int i = 0; i < 2; i++) {
            CliRun beside = run("record", "export", "--workspace", workspace.toString(), "--id", "1", "--out",
                    folder.toString());
            assertEquals(0, beside.code(), beside.out() + beside.err());
        }
        for (java.util.Map.Entry<Path, byte[]> file : kept.entrySet()) {
            assertArrayEquals(file.getValue(), sha256(file.getKey()), file.getKey() + " changed");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.count() > there.size(), "the files were written under new names");
        }
    }

    @org.junit.jupiter.api.Test
    void theWriterItselfRefusesTheWorkspaceWhateverCalledIt() throws Exception {
        Path temp = SafeFiles.tempBeside(folder.resolve("别的.xlsx"));
        Files.writeString(temp, "not a workspace");
        OutputRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(OutputRefusedException.class,
                () -> SafeFiles.moveIntoPlace(temp, link));
        assertEquals(OutputRefusedException.Reason.WORKSPACE, e.reason());
        assertTrue(Files.notExists(temp), "the temporary file is removed");
        assertTrue(SafeFiles.isSqlite(workspace));
    }

    private static String[] resolve(List<String> args) {
        return args.stream().map(a -> switch (a) {
            case "W", "W-spelled", "W-link", "W-wal", "W-lock", "DUTIES", "LETTERS", "EXAMS", "ROSTER", "FOLDER" ->
                    path(a).toString();
            default -> a;
        }).toArray(String[]::new);
    }

    private static Path path(String name) {
        return switch (name) {
            case "W" -> workspace;
            case "W-spelled" -> workspace.getParent().resolve("../" + folder.getFileName() + "/./"
                    + workspace.getFileName());
            case "W-link" -> link;
            case "W-wal" -> workspace.resolveSibling(workspace.getFileName() + "-wal");
            case "W-lock" -> workspace.resolveSibling(workspace.getFileName() + ".lock");
            case "DUTIES" -> duties;
            case "LETTERS" -> letters;
            case "EXAMS" -> exams;
            case "ROSTER" -> roster;
            case "FOLDER" -> folder;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
